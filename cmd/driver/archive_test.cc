// The archive writer must produce what `ar rcSD` produces (gobuild -x prints
// that command for the pack step, so pasting it must give the same file).
#include "cmd/driver/archive.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace gocc::driver {
namespace {

TEST(BuildArchive, MatchesGnuArDeterministic) {
  std::vector<ArchiveMember> m = {{"_go_.o", "abc"}, {"sys_linux_amd64.o", "hello world!"},
                                  {"a_rather_long_name.o", "x"}};
  char tmpl[] = "/tmp/artestXXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string dir = tmpl;
  std::string cmd = "cd " + dir + " && ar rcSD x.a";
  for (const auto& mem : m) {
    std::ofstream(dir + "/" + mem.name, std::ios::binary) << mem.data;
    cmd += " " + mem.name;
  }
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "GNU ar not available";
  std::ifstream f(dir + "/x.a", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  EXPECT_EQ(BuildArchive(m), ss.str());
  std::system(("rm -rf " + dir).c_str());
}

}  // namespace
}  // namespace gocc::driver
