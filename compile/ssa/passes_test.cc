// Tests of the machine-independent passes on hand-built functions:
// deadcode, copyelim, constfold, CSE, nil-check and bounds-check
// elimination. Each test runs the pass and then the verifier.
#include "compile/ssa/passes.h"

#include <gtest/gtest.h>

#include "compile/ssa/testbuilder.h"
#include "compile/ssa/verify.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

bool InFunc(const Func& f, const Value* v) {
  for (const Block* b : f.blocks) {
    for (const Value* w : b->values) {
      if (w == v) return true;
    }
  }
  return false;
}

void RunPass(Func& f, absl::Status (*pass)(Func&)) {
  ASSERT_TRUE(pass(f).ok());
  absl::Status s = Verify(f);
  ASSERT_TRUE(s.ok()) << s.message() << "\n" << f.String();
}

TEST(DeadCode, RemovesUnreachableBlocksAndUnusedValues) {
  TestFunc t =
      Fun("f",
          Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
               Valu("a", Op::kArg, &types::kInt64, 0, "a"),
               Valu("unused", Op::kAdd64, &types::kInt64, 0, "", {"a", "a"}),
               Goto("exit")),
          Bloc("dead", Valu("d", Op::kNeg64, &types::kInt64, 0, "", {"a"}),
               Goto("exit")),
          Bloc("exit", Valu("p", Op::kPhi, &types::kInt64, 0, "", {"a", "d"}),
               Valu("r", Op::kParamAddr, &types::kPtr, 8, "ret"),
               Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "p", "mem"}),
               Ret("st")));
  RunPass(*t.f, DeadCode);
  EXPECT_EQ(t.f->blocks.size(), 2u);
  EXPECT_FALSE(InFunc(*t.f, t.values["unused"]));
  EXPECT_EQ(t.values["p"]->args.size(), 1u);
  EXPECT_TRUE(InFunc(*t.f, t.values["st"]));
}

TEST(DeadCode, KeepsSideEffects) {
  TestFunc t = Fun(
      "f", Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
                Valu("p", Op::kArg, &types::kPtr, 0, "p"),
                Valu("nc", Op::kNilCheck, &types::kVoid, 0, "", {"p", "mem"}),
                Ret("mem")));
  RunPass(*t.f, DeadCode);
  EXPECT_TRUE(InFunc(*t.f, t.values["nc"]));
}

TEST(CopyElim, TrivialPhiAndCopies) {
  TestFunc t =
      Fun("f",
          Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
               Valu("a", Op::kArg, &types::kInt64, 0, "a"),
               Valu("c1", Op::kCopy, &types::kInt64, 0, "", {"a"}),
               Valu("c", Op::kArg, &types::kBool, 8, "c"), Goto("loop")),
          Bloc("loop", Valu("p", Op::kPhi, &types::kInt64, 0, "", {"c1", "p"}),
               If("c", "loop", "exit")),
          Bloc("exit", Valu("r", Op::kParamAddr, &types::kPtr, 16, "ret"),
               Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "p", "mem"}),
               Ret("st")));
  RunPass(*t.f, CopyElim);
  EXPECT_EQ(t.values["st"]->args[1], t.values["a"]);
  EXPECT_FALSE(InFunc(*t.f, t.values["c1"]));
}

// Builds f() that stores op(x, y) of type t, for constfold tests.
TestFunc BinaryOfConsts(Op op, const Type* t, Op cop, int64_t x, int64_t y,
                        const Type* yt = nullptr) {
  if (!yt) yt = t;
  const Type* rt = Info(op).result == kTBool ? &types::kBool : t;
  return Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("x", cop, t, x), Valu("y", ConstOpForSize(yt->size), yt, y),
           Valu("v", op, rt, 0, "", {"x", "y"}),
           Valu("r", Op::kParamAddr, &types::kPtr, 0, "ret"),
           Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "v", "mem"}),
           Ret("st")));
}

int64_t Folded(Op op, const Type* t, int64_t x, int64_t y,
               const Type* yt = nullptr) {
  TestFunc f = BinaryOfConsts(op, t, ConstOpForSize(t->size), x, y, yt);
  EXPECT_TRUE(ConstFold(*f.f).ok());
  EXPECT_TRUE(Verify(*f.f).ok());
  Value* v = f.values["st"]->args[1];
  EXPECT_TRUE(v->IsConst()) << f.f->String();
  return v->aux_int;
}

// Go facts (the spec's integer overflow and division rules); the e2e tests
// check the same folds against gc-compiled Go.
TEST(ConstFold, GoSemantics) {
  const int64_t kMin64 = INT64_MIN;
  EXPECT_EQ(Folded(Op::kDiv64, &types::kInt64, kMin64, -1), kMin64);
  EXPECT_EQ(Folded(Op::kMod64, &types::kInt64, kMin64, -1), 0);
  EXPECT_EQ(Folded(Op::kDiv8, &types::kInt8, -128, -1), -128);
  EXPECT_EQ(Folded(Op::kDiv64, &types::kInt64, -7, 2), -3);
  EXPECT_EQ(Folded(Op::kMod64, &types::kInt64, -7, 2), -1);
  EXPECT_EQ(Folded(Op::kAdd8, &types::kInt8, 127, 1), -128);
  EXPECT_EQ(Folded(Op::kMul32, &types::kUint32, 0x10000, 0x10000), 0);
  EXPECT_EQ(Folded(Op::kDiv8u, &types::kUint8, -1, 2), 127);  // 255 / 2
  EXPECT_EQ(Folded(Op::kLsh64, &types::kInt64, 1, 64), 0);
  EXPECT_EQ(Folded(Op::kLsh32, &types::kInt32, 1, 31), INT32_MIN);
  EXPECT_EQ(Folded(Op::kRsh64, &types::kInt64, -8, 200), -1);
  EXPECT_EQ(Folded(Op::kRsh8U, &types::kUint8, -128, 7), 1);
  // A uint8 count of 255 (the constant -1 of 1 byte) shifts everything out.
  EXPECT_EQ(Folded(Op::kLsh64, &types::kInt64, 1, -1, &types::kUint8), 0);
  EXPECT_EQ(Folded(Op::kLess64U, &types::kUint64, -1, 1), 0);
  EXPECT_EQ(Folded(Op::kLess64, &types::kInt64, -1, 1), 1);
}

TEST(ConstFold, DivisionByZeroStays) {
  TestFunc f = BinaryOfConsts(Op::kDiv64, &types::kInt64, Op::kConst64, 1, 0);
  RunPass(*f.f, ConstFold);
  EXPECT_EQ(f.values["v"]->op, Op::kDiv64);
}

TEST(ConstFold, FoldsBranches) {
  TestFunc t = Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("i", Op::kConst64, &types::kInt64, 3),
           Valu("n", Op::kConst64, &types::kInt64, 4),
           Valu("ok", Op::kIsInBounds, &types::kBool, 0, "", {"i", "n"}),
           If("ok", "good", "panic")),
      Bloc("good", Ret("mem")),
      Bloc("panic",
           Valu("pb", Op::kPanicBounds, &types::kMem, 0, "", {"i", "n", "mem"}),
           Exit("pb")));
  RunPass(*t.f, ConstFold);
  RunPass(*t.f, DeadCode);
  EXPECT_EQ(t.f->blocks.size(), 2u);
  EXPECT_EQ(t.blocks["entry"]->kind, BlockKind::kPlain);
}

TEST(CSE, MergesEqualValuesUnderDominance) {
  TestFunc t = Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("a", Op::kArg, &types::kInt64, 0, "a"),
           Valu("b", Op::kArg, &types::kInt64, 8, "b"),
           Valu("s1", Op::kAdd64, &types::kInt64, 0, "", {"a", "b"}),
           Valu("c", Op::kArg, &types::kBool, 16, "c"),
           If("c", "then", "else")),
      Bloc("then",
           // commutative: b + a == a + b
           Valu("s2", Op::kAdd64, &types::kInt64, 0, "", {"b", "a"}),
           Valu("m", Op::kMul64, &types::kInt64, 0, "", {"s2", "a"}),
           Goto("exit")),
      Bloc("else", Valu("m2", Op::kMul64, &types::kInt64, 0, "", {"s1", "a"}),
           Goto("exit")),
      Bloc("exit", Valu("p", Op::kPhi, &types::kInt64, 0, "", {"m", "m2"}),
           Valu("r", Op::kParamAddr, &types::kPtr, 24, "ret"),
           Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "p", "mem"}),
           Ret("st")));
  RunPass(*t.f, CSE);
  Value* m = t.values["m"];
  Value* m2 = t.values["m2"];
  EXPECT_EQ(m->args[0], t.values["s1"]);
  // m and m2 are in sibling blocks: neither dominates the other.
  EXPECT_TRUE(InFunc(*t.f, m) && InFunc(*t.f, m2));
  EXPECT_FALSE(InFunc(*t.f, t.values["s2"]));
}

TEST(NilCheckElim, DominatedAndKnownNonNil) {
  TestFunc t =
      Fun("f",
          Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
               Valu("p", Op::kArg, &types::kPtr, 0, "p"),
               Valu("g", Op::kAddr, &types::kPtr, 0, "main·g"),
               Valu("n1", Op::kNilCheck, &types::kVoid, 0, "", {"p", "mem"}),
               Valu("n2", Op::kNilCheck, &types::kVoid, 0, "", {"g", "mem"}),
               Goto("next")),
          Bloc("next",
               Valu("n3", Op::kNilCheck, &types::kVoid, 0, "", {"p", "mem"}),
               Ret("mem")));
  RunPass(*t.f, NilCheckElim);
  EXPECT_TRUE(InFunc(*t.f, t.values["n1"]));
  EXPECT_FALSE(InFunc(*t.f, t.values["n2"]));
  EXPECT_FALSE(InFunc(*t.f, t.values["n3"]));
}

TEST(LateNilCheck, FaultingAccessReplacesCheck) {
  // p: a load at offset 8 faults by itself, the check goes. q: offset 5000
  // is past the unmapped page, the check stays. r: a store comes between
  // the check and the load, the check stays.
  TestFunc t = Fun(
      "f", Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
                Valu("p", Op::kArg, &types::kPtr, 0, "p"),
                Valu("q", Op::kArg, &types::kPtr, 8, "q"),
                Valu("r", Op::kArg, &types::kPtr, 16, "r"),
                Valu("s", Op::kArg, &types::kPtr, 24, "s"),
                Valu("n1", Op::kLoweredNilCheck, &types::kVoid, 0, "", {"p", "mem"}),
                Valu("l1", Op::kMOVQload, &types::kInt64, 8, "", {"p", "mem"}),
                Valu("n2", Op::kLoweredNilCheck, &types::kVoid, 0, "", {"q", "mem"}),
                Valu("l2", Op::kMOVQload, &types::kInt64, 5000, "", {"q", "mem"}),
                Valu("n3", Op::kLoweredNilCheck, &types::kVoid, 0, "", {"r", "mem"}),
                Valu("st", Op::kMOVQstore, &types::kMem, 0, "", {"s", "l1", "mem"}),
                Valu("l3", Op::kMOVQload, &types::kInt64, 0, "", {"r", "st"}),
                Valu("st2", Op::kMOVQstore, &types::kMem, 0, "", {"s", "l3", "st"}),
                Valu("st3", Op::kMOVQstore, &types::kMem, 8, "", {"s", "l2", "st2"}),
                Ret("st3")));
  RunPass(*t.f, LateNilCheck);
  EXPECT_FALSE(InFunc(*t.f, t.values["n1"]));
  EXPECT_TRUE(InFunc(*t.f, t.values["n2"]));
  EXPECT_TRUE(InFunc(*t.f, t.values["n3"]));
}

TEST(Prove, RepeatedBoundsCheck) {
  // Two identical IsInBounds(i, n) checks; after CSE the second branch is
  // decided by the first and its panic block disappears.
  TestFunc t = Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("i", Op::kArg, &types::kInt64, 0, "i"),
           Valu("n", Op::kArg, &types::kInt64, 8, "n"),
           Valu("ok1", Op::kIsInBounds, &types::kBool, 0, "", {"i", "n"}),
           If("ok1", "b1", "panic1")),
      Bloc("b1", Valu("ok2", Op::kIsInBounds, &types::kBool, 0, "", {"i", "n"}),
           Valu("ok3", Op::kIsSliceInBounds, &types::kBool, 0, "", {"i", "n"}),
           If("ok2", "b2", "panic2")),
      Bloc("b2", If("ok3", "b3", "panic3")), Bloc("b3", Ret("mem")),
      Bloc("panic1",
           Valu("p1", Op::kPanicBounds, &types::kMem, 0, "", {"i", "n", "mem"}),
           Exit("p1")),
      Bloc("panic2",
           Valu("p2", Op::kPanicBounds, &types::kMem, 0, "", {"i", "n", "mem"}),
           Exit("p2")),
      Bloc("panic3",
           Valu("p3", Op::kPanicBounds, &types::kMem, 2, "", {"i", "n", "mem"}),
           Exit("p3")));
  RunPass(*t.f, CSE);
  RunPass(*t.f, Prove);
  RunPass(*t.f, DeadCode);
  EXPECT_EQ(t.f->blocks.size(), 5u) << t.f->String();
  EXPECT_EQ(t.blocks["b1"]->kind, BlockKind::kPlain);
  EXPECT_EQ(t.blocks["b2"]->kind, BlockKind::kPlain);
}

}  // namespace
}  // namespace gocc::ssa
