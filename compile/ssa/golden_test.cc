// Golden files of the emitted text (testdata/NAME.s) for a few functions,
// plus a check that gc's `go tool asm` accepts each one. The golden files
// change only through an explicit update: GOCC_UPDATE_GOLDEN=1 rewrites them
// (then review the diff). Also tests the pass dump flag.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "compile/ssa/e2e_util.h"
#include "compile/ssa/emit.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

// func clamp(x, lo, hi int) int, with source text for the comments.
std::unique_ptr<Func> Clamp() {
  FnBuilder b("clamp", {kGoInt, kGoInt, kGoInt}, {kGoInt});
  const Type* I = &types::kInt64;
  Func& f = b.f();
  f.source_lines = {{3, "if x < lo {"},
                    {4, "return lo"},
                    {6, "if x > hi {"},
                    {7, "return hi"},
                    {9, "return x"}};
  f.cur_pos = Pos{3, 2};
  Value* x = b.Param(0);
  Value* lo = b.Param(1);
  Value* hi = b.Param(2);
  Block* entry = b.cur;
  entry->kind = BlockKind::kIf;
  entry->SetControl(b.V(Op::kLess64, &types::kBool, {x, lo}));
  f.cur_pos = Pos{4, 3};
  Block* ret_lo = b.NewBlock(BlockKind::kPlain);
  f.cur_pos = Pos{6, 2};
  Block* test_hi = b.NewBlock(BlockKind::kIf);
  entry->AddEdgeTo(ret_lo);
  entry->AddEdgeTo(test_hi);
  Value* mem = b.mem;
  b.cur = ret_lo;
  f.cur_pos = Pos{4, 3};
  b.Return({lo});
  b.cur = test_hi;
  b.mem = mem;
  f.cur_pos = Pos{6, 2};
  test_hi->SetControl(b.V(Op::kLess64, &types::kBool, {hi, x}));
  Block* ret_hi = b.NewBlock(BlockKind::kPlain);
  Block* ret_x = b.NewBlock(BlockKind::kPlain);
  test_hi->AddEdgeTo(ret_hi);
  test_hi->AddEdgeTo(ret_x);
  b.cur = ret_hi;
  f.cur_pos = Pos{7, 3};
  b.Return({hi});
  b.cur = ret_x;
  b.mem = mem;
  f.cur_pos = Pos{9, 2};
  b.Return({x});
  (void)I;
  return b.Take();
}

// func at(s *[8]int32, i int, d float64) float64 { return float64(s[i]) / d }
// with the bounds check, a nil check and a division.
std::unique_ptr<Func> At() {
  FnBuilder b("at", {GoType{"*[8]int32", &types::kPtr}, kGoInt, kGoFloat64},
              {kGoFloat64});
  const Type* I = &types::kInt64;
  Func& f = b.f();
  f.cur_pos = Pos{12, 2};
  Value* s = b.Param(0);
  Value* i = b.Param(1);
  Value* len = b.C(I, 8);
  Block* entry = b.cur;
  entry->kind = BlockKind::kIf;
  entry->SetControl(b.V(Op::kIsInBounds, &types::kBool, {i, len}));
  Block* ok = b.NewBlock(BlockKind::kPlain);
  Block* bad = b.NewBlock(BlockKind::kExit);
  entry->AddEdgeTo(ok);
  entry->AddEdgeTo(bad);
  Value* mem = b.mem;
  b.cur = bad;
  bad->SetControl(b.V(Op::kPanicBounds, &types::kMem, {i, len, mem},
                      static_cast<int64_t>(BoundsKind::kIndex)));
  b.cur = ok;
  b.V(Op::kNilCheck, &types::kVoid, {s, mem});
  Value* p =
      b.V(Op::kAddPtr, &types::kPtr, {s, b.V(Op::kMul64, I, {i, b.C(I, 4)})});
  Value* e = b.V(Op::kLoad, &types::kInt32, {p, mem});
  Value* fe = b.V(Op::kCvt32to64F, &types::kFloat64, {e});
  b.Return({b.V(Op::kDiv64F, &types::kFloat64, {fe, b.Param(2)})});
  return b.Take();
}

// func apply(f func(int) int, x int) int { return f(x) + x }: a closure
// call (ABI0: context in DX, code pointer loaded from the closure).
std::unique_ptr<Func> Apply() {
  FnBuilder b("apply", {GoType{"func(int) int", &types::kPtr}, kGoInt},
              {kGoInt});
  const Type* I = &types::kInt64;
  b.f().cur_pos = Pos{20, 2};
  Value* fn = b.Param(0);
  Value* x = b.Param(1);
  Value* code = b.V(Op::kLoad, &types::kPtr, {fn, b.mem});
  b.StoreOut(0, x);
  b.mem = b.V(Op::kClosureCall, &types::kMem, {code, fn, b.mem}, 16);
  Value* r = b.LoadOut(8, I);
  b.Return({b.V(Op::kAdd64, I, {r, x})});
  return b.Take();
}

std::string Compiled(std::unique_ptr<Func> f, bool optimize) {
  Config cfg;
  cfg.optimize = optimize;
  cfg.verify = true;
  cfg.dump_after.clear();
  absl::Status s = Compile(*f, cfg);
  EXPECT_TRUE(s.ok()) << s.ToString();
  absl::StatusOr<std::string> text = EmitFunc(*f);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : "";
}

void CheckGolden(const std::string& name, const std::string& text) {
  std::string path = absl::StrCat(GOCC_SSA_TESTDATA, "/", name, ".s");
  const char* update = std::getenv("GOCC_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path) << text;
    return;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << "missing " << path
                         << " (run with GOCC_UPDATE_GOLDEN=1)";
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), text)
      << "emitted text of " << name << " differs from " << path;
  // gc's assembler must accept it.
  if (!HaveGo()) return;
  std::string cmd = absl::StrCat(
      "go tool asm -I \"$(go env GOROOT)/pkg/include\" -p main -o /dev/null ",
      path, " 2>&1");
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) out += buf;
  int rc = pclose(p);
  EXPECT_EQ(rc, 0) << "go tool asm rejected " << path << ":\n" << out;
}

TEST(Golden, Clamp) {
  CheckGolden("clamp", AsmFileHeader() + Compiled(Clamp(), true));
}
TEST(Golden, ClampN) {
  CheckGolden("clamp_N", AsmFileHeader() + Compiled(Clamp(), false));
}
TEST(Golden, Apply) {
  CheckGolden("apply", AsmFileHeader() + Compiled(Apply(), true));
}
TEST(Golden, At) { CheckGolden("at", AsmFileHeader() + Compiled(At(), true)); }

TEST(Dump, AfterNamedPass) {
  std::unique_ptr<Func> f = Clamp();
  std::stringstream out;
  Config cfg;
  cfg.dump_after = "lower";
  cfg.dump_to = &out;
  ASSERT_TRUE(Compile(*f, cfg).ok());
  EXPECT_NE(out.str().find("--- lower ---"), std::string::npos);
  EXPECT_NE(out.str().find("CMPQset"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find("--- regalloc ---"), std::string::npos);
}

TEST(Passes, TableIsOrderedAndNamed) {
  // -N keeps exactly the required passes, lowering before regalloc.
  std::vector<std::string> required;
  for (const Pass& p : Passes()) {
    if (p.required) required.push_back(p.name);
  }
  std::vector<std::string> want = {
      "early copyelim", "deadcode", "lower",    "lowered deadcode", "critical",
      "layout",         "schedule", "regalloc", "stackframe"};
  EXPECT_EQ(required, want);
}

}  // namespace
}  // namespace gocc::ssa
