// Tests of the machine-dependent passes on hand-built functions: lowering
// rules, edge splitting, scheduling order, register assignment invariants
// and frame layout; plus the -d flag parser.
#include <gtest/gtest.h>

#include <set>

#include "compile/ssa/abi0.h"
#include "compile/ssa/emit.h"
#include "compile/ssa/passes.h"
#include "compile/ssa/regs.h"
#include "compile/ssa/testbuilder.h"
#include "compile/ssa/verify.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

TestFunc AddConst() {
  return Fun(
      "f", Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
                Valu("a", Op::kArg, &types::kInt64, 0, "a"),
                Valu("c", Op::kConst64, &types::kInt64, 5),
                Valu("s", Op::kAdd64, &types::kInt64, 0, "", {"a", "c"}),
                Valu("g", Op::kAddr, &types::kPtr, 0, "main.g"),
                Valu("p", Op::kOffPtr, &types::kPtr, 16, "", {"g"}),
                Valu("st", Op::kStore, &types::kMem, 0, "", {"p", "s", "mem"}),
                Ret("st")));
}

TEST(Lower, ConstOperandAndAddressFolding) {
  TestFunc t = AddConst();
  ASSERT_TRUE(Lower(*t.f).ok());
  ASSERT_TRUE(Verify(*t.f).ok()) << Verify(*t.f).message();
  Value* s = t.values["s"];
  EXPECT_EQ(s->op, Op::kADDQconst);
  EXPECT_EQ(s->aux_int, 5);
  Value* st = t.values["st"];
  EXPECT_EQ(st->op, Op::kMOVQstore);
  EXPECT_EQ(st->amode, AddrMode::kSB);
  EXPECT_EQ(st->aux, "main.g");
  EXPECT_EQ(st->aux_int, 16);
}

TEST(Lower, UnsupportedOpIsReported) {
  TestFunc t = Fun(
      "f", Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
                Valu("a", Op::kArg, &types::kUint64, 0, "a"),
                Valu("s", Op::kSelect0, &types::kUint64, 0, "", {"t"}),
                Valu("t", Op::kArg,
                     types::Tuple(&types::kUint64, &types::kUint64), 8, "t"),
                Ret("mem")));
  absl::Status s = Lower(*t.f);
  EXPECT_EQ(s.code(), absl::StatusCode::kUnimplemented);
  EXPECT_NE(s.message().find("not implemented"), std::string::npos);
}

TEST(Critical, SplitsEdgesIntoPhiBlocks) {
  TestFunc t = Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("c", Op::kArg, &types::kBool, 0, "c"),
           Valu("one", Op::kConst64, &types::kInt64, 1),
           Valu("two", Op::kConst64, &types::kInt64, 2),
           If("c", "join", "other")),
      Bloc("other", Goto("join")),
      Bloc("join", Valu("p", Op::kPhi, &types::kInt64, 0, "", {"one", "two"}),
           Valu("r", Op::kParamAddr, &types::kPtr, 8, "r"),
           Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "p", "mem"}),
           Ret("st")));
  ASSERT_TRUE(Critical(*t.f).ok());
  ASSERT_TRUE(Verify(*t.f).ok()) << Verify(*t.f).message();
  Block* entry = t.blocks["entry"];
  Block* mid = entry->Succ(0);
  EXPECT_NE(mid, t.blocks["join"]);
  EXPECT_EQ(mid->Succ(0), t.blocks["join"]);
  EXPECT_EQ(entry->Succ(1), t.blocks["other"]);  // no phi edge from a Plain
  EXPECT_EQ(t.values["p"]->args[0], t.values["one"]);
}

TEST(Schedule, LoadBeforeStoreOfSameMemory) {
  // st is listed first but must run after the load that reads mem.
  TestFunc t =
      Fun("f",
          Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
               Valu("p", Op::kArg, &types::kPtr, 0, "p"),
               Valu("one", Op::kConst64, &types::kInt64, 1),
               Valu("st", Op::kStore, &types::kMem, 0, "", {"p", "one", "mem"}),
               Valu("ld", Op::kLoad, &types::kInt64, 0, "", {"p", "mem"}),
               Valu("r", Op::kParamAddr, &types::kPtr, 8, "r"),
               Valu("st2", Op::kStore, &types::kMem, 0, "", {"r", "ld", "st"}),
               Ret("st2")));
  ASSERT_TRUE(Schedule(*t.f).ok());
  ASSERT_TRUE(Verify(*t.f).ok()) << Verify(*t.f).message();
  auto& vals = t.blocks["entry"]->values;
  auto pos = [&](const char* n) {
    return std::find(vals.begin(), vals.end(), t.values[n]) - vals.begin();
  };
  EXPECT_LT(pos("ld"), pos("st"));
  EXPECT_LT(pos("st"), pos("st2"));
}

// Values live at the same time never share a register; values live across
// a call are not in registers.
TEST(RegAlloc, PressureAndCalls) {
  Func f;
  f.pkg = "main";
  f.name = "f";
  f.argsize = 16;
  Block* b = f.NewBlock(BlockKind::kRet);
  Value* mem = b->NewValue(Op::kInitMem, &types::kMem);
  Value* a = b->NewValue(Op::kArg, &types::kInt64, {}, 0, "a");
  std::vector<Value*> vs;
  for (int i = 0; i < 30; i++) {
    vs.push_back(b->NewValue(Op::kMul64, &types::kInt64,
                             {a, f.ConstInt(&types::kInt64, i + 2)}));
  }
  Value* call = b->NewValue(Op::kStaticCall, &types::kMem, {mem}, 0, "main.g");
  Value* s = vs[0];
  for (int i = 1; i < 30; i++) {
    s = b->NewValue(Op::kAdd64, &types::kInt64, {s, vs[i]});
  }
  s = b->NewValue(Op::kAdd64, &types::kInt64, {s, a});  // a lives across too
  Value* r = b->NewValue(Op::kParamAddr, &types::kPtr, {}, 8, "r");
  b->SetControl(b->NewValue(Op::kStore, &types::kMem, {r, s, call}));
  Config cfg;
  cfg.verify = true;
  cfg.dump_after.clear();
  ASSERT_TRUE(Compile(f, cfg).ok());
  for (Value* v : vs) {
    EXPECT_NE(f.locs[v->id].kind, Location::kReg) << v->LongString();
  }
  EXPECT_EQ(f.locs[a->id].kind, Location::kParam);
  // All 30 products are live at once (across the call): 30 distinct slots.
  std::set<int64_t> slots;
  for (Value* v : vs) slots.insert(f.locs[v->id].offset);
  EXPECT_EQ(slots.size(), vs.size());
  for (const Location& l : f.locs) {
    if (l.kind == Location::kReg) {
      EXPECT_NE(l.reg, kAX);
      EXPECT_NE(l.reg, kR14);
      EXPECT_NE(l.reg, kSPReg);
      EXPECT_NE(l.reg, kBP);
    }
  }
  // Outgoing area (0 bytes of args), then 30 spill slots at least.
  EXPECT_GE(f.frame_size, 30 * 8);
  EXPECT_TRUE(f.has_calls);
}

TEST(DebugFlag, DumpAndCheck) {
  Config cfg;
  std::string err;
  EXPECT_TRUE(ApplyDebugFlag("ssa/regalloc/dump", &cfg, &err));
  EXPECT_EQ(cfg.dump_after, "regalloc");
  EXPECT_TRUE(ApplyDebugFlag("ssa/early_copyelim/dump", &cfg, &err));
  EXPECT_EQ(cfg.dump_after, "early copyelim");
  EXPECT_TRUE(ApplyDebugFlag("ssa/check/on", &cfg, &err));
  EXPECT_TRUE(cfg.verify);
  EXPECT_FALSE(ApplyDebugFlag("ssa/nosuchpass/dump", &cfg, &err));
  EXPECT_EQ(err, "unknown ssa pass \"nosuchpass\"");
}

// func(a int8, b int64, c int32, d int16) (r1 int8, r2 float64), as gc's
// go vet asmdecl would check: a+0 b+8 c+16 d+20 | r1+24 r2+32, size 40.
TEST(ABI0, Layout) {
  ArgFrame fr = LayoutABI0({{1, 1}, {8, 8}, {4, 4}, {2, 2}}, {{1, 1}, {8, 8}});
  EXPECT_EQ(fr.param_off, (std::vector<int64_t>{0, 8, 16, 20}));
  EXPECT_EQ(fr.result_off, (std::vector<int64_t>{24, 32}));
  EXPECT_EQ(fr.size, 40);
  ArgFrame empty = LayoutABI0({}, {});
  EXPECT_EQ(empty.size, 0);
}

TEST(Emit, AsmSymbol) {
  EXPECT_EQ(AsmSymbol("main.f"), "main·f");
  EXPECT_EQ(AsmSymbol("runtime.panicIndex"), "runtime·panicIndex");
  EXPECT_EQ(AsmSymbol("a/b.T.m"), "a∕b·T·m");
}

// A function of package example.com/x: gc's asm cannot spell the dotted
// path, so the TEXT symbol uses the current-package form ·f.
TEST(Emit, DottedImportPath) {
  Func f;
  f.pkg = "example.com/x";
  f.name = "f";
  Block* b = f.NewBlock(BlockKind::kRet);
  b->SetControl(b->NewValue(Op::kInitMem, &types::kMem));
  Config cfg;
  cfg.dump_after.clear();
  ASSERT_TRUE(Compile(f, cfg).ok());
  absl::StatusOr<std::string> text = EmitFunc(f);
  ASSERT_TRUE(text.ok()) << text.status();
  // A function without positions is <autogenerated>:1, as in gc.
  EXPECT_EQ(text->substr(0, 54),
            "#line 1 \"<autogenerated>\"\nTEXT ·f(SB), NOSPLIT, $0-0\n")
      << *text;
  // A call into another dotted package is reported, not mis-spelled.
  Func g;
  g.pkg = "main";
  g.name = "g";
  Block* gb = g.NewBlock(BlockKind::kRet);
  Value* mem = gb->NewValue(Op::kInitMem, &types::kMem);
  gb->SetControl(
      gb->NewValue(Op::kStaticCall, &types::kMem, {mem}, 0, "example.com/y.h"));
  ASSERT_TRUE(Compile(g, cfg).ok());
  text = EmitFunc(g);
  EXPECT_EQ(text.status().code(), absl::StatusCode::kUnimplemented);
}

}  // namespace
}  // namespace gocc::ssa
