// End-to-end tests: SSA functions built by hand are compiled by our back
// end, assembled by gc's `go tool asm` (via go build), linked with a Go
// main, run, and compared on many inputs with the same functions written
// in Go and compiled by gc. Each suite runs with optimizations and with
// -N (required passes only).
#include <gtest/gtest.h>

#include "absl/strings/str_cat.h"
#include "compile/ssa/e2e_util.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

void Expect(const std::vector<GoCase>& cases) {
  if (!HaveGo()) GTEST_SKIP() << "go is not installed";
  for (bool opt : {true, false}) {
    RunResult r = RunGoCases(cases, opt);
    EXPECT_TRUE(r.ok) << (opt ? "optimized" : "-N") << ":\n"
                      << r.output << "\n"
                      << r.asm_text.substr(0, 20000);
  }
}

GoCase Fib() {
  GoCase c{"fib",
           {kGoInt},
           {kGoInt},
           "\tif a0 < 2 {\n\t\treturn a0\n\t}\n\treturn fib_ref(a0-1) + "
           "fib_ref(a0-2)",
           nullptr,
           {{"0"}, {"1"}, {"2"}, {"10"}, {"20"}, {"-5"}},
           ""};
  c.build = [](FnBuilder& b) {
    const Type* I = &types::kInt64;
    Value* n = b.Param(0);
    Value* two = b.C(I, 2);
    Value* c = b.V(Op::kLess64, &types::kBool, {n, two});
    Block* entry = b.cur;
    entry->kind = BlockKind::kIf;
    entry->SetControl(c);
    Block* small = b.NewBlock(BlockKind::kPlain);
    Block* big = b.NewBlock(BlockKind::kPlain);
    entry->AddEdgeTo(small);
    entry->AddEdgeTo(big);
    Value* mem0 = b.mem;
    b.cur = small;
    b.Return({n});
    b.cur = big;
    b.mem = mem0;
    b.StoreOut(0, b.V(Op::kSub64, I, {n, b.C(I, 1)}));
    b.Call("main.fib", 16);
    Value* r1 = b.LoadOut(8, I);
    b.StoreOut(0, b.V(Op::kSub64, I, {n, two}));
    b.Call("main.fib", 16);
    Value* r2 = b.LoadOut(8, I);
    b.Return({b.V(Op::kAdd64, I, {r1, r2})});
  };
  return c;
}

// func sumsq(n int) int { s := 0; for i := 0; i < n; i++ { s += i*i }; return s
// }
GoCase SumSquares() {
  GoCase c{
      "sumsq",
      {kGoInt},
      {kGoInt},
      "\ts := 0\n\tfor i := 0; i < a0; i++ {\n\t\ts += i * i\n\t}\n\treturn s",
      nullptr,
      {{"0"}, {"1"}, {"5"}, {"1000"}, {"-3"}},
      ""};
  c.build = [](FnBuilder& b) {
    const Type* I = &types::kInt64;
    Value* n = b.Param(0);
    Value* zero = b.C(I, 0);
    Block* entry = b.cur;
    Block* header = b.NewBlock(BlockKind::kIf);
    Block* body = b.NewBlock(BlockKind::kPlain);
    Block* exit = b.NewBlock(BlockKind::kPlain);
    entry->AddEdgeTo(header);
    b.cur = header;
    Value* i = b.V(Op::kPhi, I);
    Value* s = b.V(Op::kPhi, I);
    header->SetControl(b.V(Op::kLess64, &types::kBool, {i, n}));
    header->AddEdgeTo(body);
    header->AddEdgeTo(exit);
    b.cur = body;
    Value* sq = b.V(Op::kMul64, I, {i, i});
    Value* s2 = b.V(Op::kAdd64, I, {s, sq});
    Value* i2 = b.V(Op::kAdd64, I, {i, b.C(I, 1)});
    body->AddEdgeTo(header);
    i->AddArg(zero);
    i->AddArg(i2);
    s->AddArg(zero);
    s->AddArg(s2);
    b.cur = exit;
    b.Return({s});
  };
  return c;
}

TEST(E2E, FibAndLoops) { Expect({Fib(), SumSquares()}); }

// A binary generic op on T x U -> R, checked against the Go expression.
GoCase Binary(const std::string& name, Op op, GoType t, GoType u, GoType r,
              const std::string& expr) {
  GoCase c{name, {t, u}, {r}, "\treturn " + expr, nullptr, {}, ""};
  c.inputs = Cross({Interesting(t), Interesting(u)});
  c.build = [op, r](FnBuilder& b) {
    b.Return({b.V(op, r.t, {b.Param(0), b.Param(1)})});
  };
  return c;
}

std::vector<GoCase> IntCases(int size, bool is_signed) {
  GoType t = GoInt(size, is_signed);
  GoType u64 = GoInt(8, false);
  std::string w = absl::StrCat(size * 8);
  std::string n = t.go + "_";
  auto op = [&](const char* base, const char* suffix = "") {
    std::string s = absl::StrCat(base, w, suffix);
    for (int i = 0; i < static_cast<int>(Op::kOpCount); i++) {
      if (s == OpName(static_cast<Op>(i))) return static_cast<Op>(i);
    }
    return Op::kInvalid;
  };
  const char* us = is_signed ? "" : "u";
  const char* uS = is_signed ? "" : "U";
  std::vector<GoCase> v = {
      Binary(n + "add", op("Add"), t, t, t, "a0 + a1"),
      Binary(n + "sub", op("Sub"), t, t, t, "a0 - a1"),
      Binary(n + "mul", op("Mul"), t, t, t, "a0 * a1"),
      Binary(n + "div", op("Div", us), t, t, t, "a0 / a1"),
      Binary(n + "mod", op("Mod", us), t, t, t, "a0 % a1"),
      Binary(n + "and", op("And"), t, t, t, "a0 & a1"),
      Binary(n + "or", op("Or"), t, t, t, "a0 | a1"),
      Binary(n + "xor", op("Xor"), t, t, t, "a0 ^ a1"),
      Binary(n + "shl", op("Lsh"), t, u64, t, "a0 << a1"),
      Binary(n + "shr", op("Rsh", uS), t, u64, t, "a0 >> a1"),
      Binary(n + "shl8", op("Lsh"), t, GoInt(1, false), t, "a0 << a1"),
      Binary(n + "eq", op("Eq"), t, t, kGoBool, "a0 == a1"),
      Binary(n + "ne", op("Neq"), t, t, kGoBool, "a0 != a1"),
      Binary(n + "lt", op("Less", uS), t, t, kGoBool, "a0 < a1"),
      Binary(n + "le", op("Leq", uS), t, t, kGoBool, "a0 <= a1"),
  };
  // Unary ops.
  GoCase neg{
      n + "neg", {t}, {t}, "\treturn -a0", nullptr, Cross({Interesting(t)}),
      ""};
  Op neg_op = op("Neg");
  neg.build = [neg_op, t](FnBuilder& b) {
    b.Return({b.V(neg_op, t.t, {b.Param(0)})});
  };
  v.push_back(neg);
  GoCase com{
      n + "com", {t}, {t}, "\treturn ^a0", nullptr, Cross({Interesting(t)}),
      ""};
  Op com_op = op("Com");
  com.build = [com_op, t](FnBuilder& b) {
    b.Return({b.V(com_op, t.t, {b.Param(0)})});
  };
  v.push_back(com);
  return v;
}

TEST(E2E, Int8) {
  std::vector<GoCase> c = IntCases(1, true);
  std::vector<GoCase> u = IntCases(1, false);
  c.insert(c.end(), u.begin(), u.end());
  Expect(c);
}
TEST(E2E, Int16) {
  std::vector<GoCase> c = IntCases(2, true);
  std::vector<GoCase> u = IntCases(2, false);
  c.insert(c.end(), u.begin(), u.end());
  Expect(c);
}
TEST(E2E, Int32) {
  std::vector<GoCase> c = IntCases(4, true);
  std::vector<GoCase> u = IntCases(4, false);
  c.insert(c.end(), u.begin(), u.end());
  Expect(c);
}
TEST(E2E, Int64) {
  std::vector<GoCase> c = IntCases(8, true);
  std::vector<GoCase> u = IntCases(8, false);
  c.insert(c.end(), u.begin(), u.end());
  Expect(c);
}

TEST(OurAsm, AcceptsIntegerCode) {
#ifndef GOCC_OUR_ASM
  GTEST_SKIP() << "asm tool not built";
#else
  std::vector<GoCase> all = {Fib(), SumSquares()};
  for (int size : {1, 2, 4, 8}) {
    for (bool sg : {true, false}) {
      std::vector<GoCase> c = IntCases(size, sg);
      all.insert(all.end(), c.begin(), c.end());
    }
  }
  for (bool opt : {true, false}) {
    std::string text, err;
    ASSERT_TRUE(CompileCases(all, opt, &text, &err)) << err;
    EXPECT_EQ(AssembleWithOurAsm(GOCC_OUR_ASM, text), "");
  }
#endif
}

}  // namespace
}  // namespace gocc::ssa
