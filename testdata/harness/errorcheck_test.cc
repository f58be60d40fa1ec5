// The errorcheck rules must reject what Go's test/run.go rejects.
#include "testdata/harness/errorcheck.h"

#include <gtest/gtest.h>

namespace gocc::harness {
namespace {

const char kSrc[] =
    "// errorcheck\n"
    "package main\n"
    "var x int = \"s\" // ERROR \"cannot use .s. \\(untyped string constant\\)\"\n"
    "func f() { y := 1 } // ERROR \"declared but not used\"\n";

TEST(CheckErrors, Passes) {
  auto d = SplitDiagnostics(
      "# command-line-arguments\n"
      "x.go:3:13: cannot use \"s\" (untyped string constant) as int value\n"
      "x.go:4:12: y declared but not used\n");
  EXPECT_TRUE(CheckErrors(kSrc, "x.go", d).empty());
}

TEST(CheckErrors, MissingError) {
  auto d = SplitDiagnostics("x.go:4:12: y declared but not used\n");
  auto p = CheckErrors(kSrc, "x.go", d);
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("missing error"), std::string::npos);
}

TEST(CheckErrors, WrongMessage) {
  auto d = SplitDiagnostics(
      "x.go:3:13: something else\n"
      "x.go:4:12: y declared but not used\n");
  auto p = CheckErrors(kSrc, "x.go", d);
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("no match for"), std::string::npos);
}

TEST(CheckErrors, UnmatchedExtraError) {
  auto d = SplitDiagnostics(
      "x.go:2:1: an error nobody expected\n"
      "x.go:3:13: cannot use \"s\" (untyped string constant) as int value\n"
      "x.go:4:12: y declared but not used\n");
  auto p = CheckErrors(kSrc, "x.go", d);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "Unmatched Errors:");
}

TEST(SplitDiagnostics, ContinuationLines) {
  auto d = SplitDiagnostics("a.go:1:2: too many arguments\n\thave (int)\n\twant ()\n\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "a.go:1:2: too many arguments\n\thave (int)\n\twant ()");
}

}  // namespace
}  // namespace gocc::harness
