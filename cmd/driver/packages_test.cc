// Tests for the header scanner and build constraints used by gobuild.
#include "cmd/driver/packages.h"

#include <gtest/gtest.h>

namespace gocc::driver {
namespace {

TEST(ScanFileHeader, ImportForms) {
  FileHeader h;
  std::string err;
  ASSERT_TRUE(ScanFileHeader(
      "// Copyright\n//go:build linux && !386\n\n/* doc */ package main // x\n\n"
      "import \"fmt\"\nimport (\n\tf \"os\"\n\t. \"strings\"; _ `unsafe`\n)\n"
      "import \"late\"\nfunc main() {}\nimport \"never\"\n",
      &h, &err))
      << err;
  EXPECT_EQ(h.package_name, "main");
  EXPECT_EQ(h.build_expr, " linux && !386");
  EXPECT_EQ(h.imports, (std::vector<std::string>{"fmt", "os", "strings", "unsafe", "late"}));
  EXPECT_EQ(h.import_lines[1], 8);
  EXPECT_EQ(h.import_cols[1], 4);
}

TEST(ScanFileHeader, NotGo) {
  FileHeader h;
  std::string err;
  EXPECT_FALSE(ScanFileHeader("func main() {}", &h, &err));
  EXPECT_EQ(err, "1:1: expected 'package', found func");
}

TEST(EvalBuildExpr, Tags) {
  bool v;
  ASSERT_TRUE(EvalBuildExpr("linux && amd64", &v));
  EXPECT_TRUE(v);
  ASSERT_TRUE(EvalBuildExpr("!linux || (windows && 386)", &v));
  EXPECT_FALSE(v);
  ASSERT_TRUE(EvalBuildExpr("go1.18 && !go1.20", &v));
  EXPECT_TRUE(v);
  EXPECT_FALSE(EvalBuildExpr("linux &&", &v));
}

TEST(ExcludedByName, Suffixes) {
  EXPECT_FALSE(ExcludedByName("os_linux.go"));
  EXPECT_TRUE(ExcludedByName("os_windows.go"));
  EXPECT_TRUE(ExcludedByName("asm_arm64.s"));
  EXPECT_FALSE(ExcludedByName("sys_linux_amd64.s"));
  EXPECT_TRUE(ExcludedByName("sys_linux_386.s"));
  EXPECT_TRUE(ExcludedByName("x_test.go"));
  EXPECT_FALSE(ExcludedByName("print.go"));
}

}  // namespace
}  // namespace gocc::driver
