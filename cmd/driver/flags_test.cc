// Tests for gobuild's flag parsing.
#include "cmd/driver/flags.h"

#include <gtest/gtest.h>

namespace gocc::driver {
namespace {

TEST(SplitQuoted, FieldsAndQuotes) {
  std::vector<std::string> f;
  std::string err;
  ASSERT_TRUE(SplitQuoted("-N -l  '-D x y' \"-I a\"", &f, &err));
  EXPECT_EQ(f, (std::vector<std::string>{"-N", "-l", "-D x y", "-I a"}));
  EXPECT_FALSE(SplitQuoted("'open", &f, &err));
}

TEST(ParseBuildFlags, BuildForm) {
  BuildOptions o;
  std::vector<std::string> rest;
  std::string err;
  ASSERT_TRUE(ParseBuildFlags({"-o", "out", "-gcflags=-N -l", "-x", "-a", "a.go", "b.go"},
                              false, &o, &rest, &err))
      << err;
  EXPECT_EQ(o.output, "out");
  EXPECT_EQ(o.gcflags, (std::vector<std::string>{"-N", "-l"}));
  EXPECT_TRUE(o.print_commands);
  EXPECT_TRUE(o.force);
  EXPECT_EQ(o.args, (std::vector<std::string>{"a.go", "b.go"}));
}

TEST(ParseBuildFlags, RunStopsAtProgramArgs) {
  BuildOptions o;
  std::vector<std::string> rest;
  std::string err;
  ASSERT_TRUE(ParseBuildFlags({"-v", "main.go", "util.go", "-flag", "x.go"}, true, &o,
                              &rest, &err));
  EXPECT_EQ(o.args, (std::vector<std::string>{"main.go", "util.go"}));
  EXPECT_EQ(rest, (std::vector<std::string>{"-flag", "x.go"}));
}

TEST(ParseBuildFlags, UnknownFlag) {
  BuildOptions o;
  std::vector<std::string> rest;
  std::string err;
  EXPECT_FALSE(ParseBuildFlags({"-bogus"}, false, &o, &rest, &err));
  EXPECT_EQ(err, "flag provided but not defined: -bogus");
}

}  // namespace
}  // namespace gocc::driver
