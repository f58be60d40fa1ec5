// Tests of the verifier: well-formed functions pass, and each broken
// invariant is reported.
#include "compile/ssa/verify.h"

#include <gtest/gtest.h>

#include "compile/ssa/testbuilder.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

TestFunc Diamond() {
  return Fun(
      "f",
      Bloc("entry", Valu("mem", Op::kInitMem, &types::kMem),
           Valu("a", Op::kArg, &types::kInt64, 0, "a"),
           Valu("zero", Op::kConst64, &types::kInt64, 0),
           Valu("c", Op::kLess64, &types::kBool, 0, "", {"a", "zero"}),
           If("c", "neg", "pos")),
      Bloc("neg", Valu("n", Op::kNeg64, &types::kInt64, 0, "", {"a"}),
           Goto("join")),
      Bloc("pos", Goto("join")),
      Bloc("join", Valu("p", Op::kPhi, &types::kInt64, 0, "", {"n", "a"}),
           Valu("r", Op::kParamAddr, &types::kPtr, 8, "ret"),
           Valu("st", Op::kStore, &types::kMem, 0, "", {"r", "p", "mem"}),
           Ret("st")));
}

TEST(Verify, AcceptsWellFormed) {
  TestFunc t = Diamond();
  EXPECT_TRUE(Verify(*t.f).ok()) << Verify(*t.f).message();
}

TEST(Verify, PhiArgCount) {
  TestFunc t = Diamond();
  t.values["p"]->AddArg(t.values["a"]);
  absl::Status s = Verify(*t.f);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("phi has 3 args for 2 predecessors"),
            std::string::npos)
      << s.message();
}

TEST(Verify, ArgMustDominate) {
  TestFunc t = Diamond();
  // n is defined in "neg", which does not dominate "join".
  t.values["st"]->SetArg(1, t.values["n"]);
  absl::Status s = Verify(*t.f);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("does not dominate"), std::string::npos)
      << s.message();
}

TEST(Verify, ArgTypes) {
  TestFunc t = Diamond();
  // Less64 of an int64 and a float64.
  Value* fl = t.f->ConstFloat(&types::kFloat64, 1.5);
  t.values["c"]->SetArg(1, fl);
  absl::Status s = Verify(*t.f);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("does not match"), std::string::npos)
      << s.message();
}

TEST(Verify, ResultType) {
  TestFunc t = Diamond();
  t.values["n"]->type = &types::kInt32;  // Neg64 must be 8 bytes
  EXPECT_FALSE(Verify(*t.f).ok());
}

TEST(Verify, ArgCount) {
  TestFunc t = Diamond();
  t.values["n"]->AddArg(t.values["a"]);
  absl::Status s = Verify(*t.f);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("want 1"), std::string::npos) << s.message();
}

TEST(Verify, BlockKinds) {
  TestFunc t = Diamond();
  t.blocks["join"]->SetControl(t.values["p"]);  // Ret needs memory
  EXPECT_FALSE(Verify(*t.f).ok());
}

TEST(Verify, UseCounts) {
  TestFunc t = Diamond();
  t.values["a"]->uses++;
  absl::Status s = Verify(*t.f);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("use count"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace gocc::ssa
