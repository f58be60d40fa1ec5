// //go:linkname: the parser's usage errors and the resolution's errors
// (linkname.h), positions and messages as gc 1.19 reports them.
#include "compile/linkname.h"

#include <gtest/gtest.h>

#include "compile/test_util.h"

namespace gocc::compile {
namespace {

using testing::Check;

std::vector<std::string> Resolve(const std::string& src, bool complete) {
  auto c = Check(src);
  if (c->file && c->diag.ErrorCount() == 0) ResolveLinknames({c->file}, c->pkg, complete, &c->diag);
  return c->Errors();
}

TEST(LinknameTest, UsageAndPlacement) {
  std::vector<std::string> want = {"4:3: usage: //go:linkname localname [linkname]",
                                   "5:13: misplaced compiler directive"};
  EXPECT_EQ(Resolve("package p\n\nimport _ \"unsafe\"\n//go:linkname a b c d\nvar x int //go:linkname x y\n",
                    false),
            want);
  // Without a space after the verb it is not a linkname directive.
  EXPECT_TRUE(Resolve("package p\n//go:linkname\n", false).empty());
}

TEST(LinknameTest, Resolution) {
  std::string src =
      "package p\n"
      "\n"
      "import _ \"unsafe\"\n"
      "\n"
      "//go:linkname nosuch runtime.nosuch\n"
      "//go:linkname T runtime.T\n"
      "//go:linkname f runtime.f\n"
      "//go:linkname f runtime.g\n"
      "//go:linkname v runtime.v\n"
      "//go:linkname own\n"
      "\n"
      "type T int\n"
      "\n"
      "var v int\n"
      "\n"
      "func f()\n"
      "\n"
      "func g()\n"
      "\n"
      "func own()\n";
  std::vector<std::string> want = {
      "5:3: //go:linkname must refer to declared function or variable",
      "6:3: //go:linkname must refer to declared function or variable",
      "8:3: duplicate //go:linkname for f",
      "18:6: missing function body",
  };
  auto c = Check(src);
  ASSERT_EQ(c->diag.ErrorCount(), 0);
  ResolveLinknames({c->file}, c->pkg, true, &c->diag);
  EXPECT_EQ(c->Errors(), want);
  EXPECT_EQ(c->Lookup("f")->linkname, "runtime.f");
  EXPECT_EQ(c->Lookup("v")->linkname, "runtime.v");
  EXPECT_EQ(c->Lookup("own")->linkname, "p.own");  // the one-argument form
  EXPECT_EQ(c->Lookup("g")->linkname, "");
  // Without -complete (the package has assembly) g is fine.
  EXPECT_EQ(Resolve(src, false).size(), 3u);
}

TEST(LinknameTest, NeedsUnsafe) {
  std::vector<std::string> want = {"3:3: //go:linkname only allowed in Go files that import \"unsafe\"",
                                   "5:6: missing function body"};
  EXPECT_EQ(Resolve("package p\n\n//go:linkname f runtime.f\n\nfunc f()\n", true), want);
}

}  // namespace
}  // namespace gocc::compile
