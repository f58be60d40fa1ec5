// Unit tests of the harness's traceback normalisation (traceback.h).
#include "testdata/harness/traceback.h"

#include <gtest/gtest.h>

namespace gocc::harness {
namespace {

const char kGc[] =
    "panic: runtime error: index out of range [4] with length 4\n"
    "\n"
    "goroutine 1 [running]:\n"
    "main.get(...)\n"
    "\t/tmp/tmp.aofgS7SZxX/p/index.go:9\n"
    "main.main()\n"
    "\t/tmp/tmp.aofgS7SZxX/p/index.go:13 +0xcf\n"
    "exit status 2\n";

const char kNormal[] =
    "panic: runtime error: index out of range [4] with length 4\n"
    "\n"
    "goroutine 1 [running]:\n"
    "main.get(...)\n"
    "\t$DIR/index.go:9\n"
    "main.main()\n"
    "\t$DIR/index.go:13\n"
    "exit status 2\n";

TEST(Traceback, GcTracebackNormalised) { EXPECT_EQ(NormaliseTraceback(kGc), kNormal); }

TEST(Traceback, Idempotent) { EXPECT_EQ(NormaliseTraceback(kNormal), kNormal); }

TEST(Traceback, OursMatchesGcs) {
  std::string ours =
      "panic: runtime error: index out of range [4] with length 4\n"
      "\n"
      "goroutine 1 [running]:\n"
      "main.get(0x4, 0x4)\n"
      "\t/work/testdata/run/index.go:9 +0x1d\n"
      "main.main()\n"
      "\t/work/testdata/run/index.go:13 +0x4a fp=0xc000040f80 sp=0xc000040f60 pc=0x401234\n"
      "exit status 2\n";
  EXPECT_EQ(NormaliseTraceback(ours), kNormal);
}

TEST(Traceback, LineNumberStillCompared) {
  std::string s = kGc;
  s.replace(s.find(":13 "), 4, ":14 ");
  EXPECT_NE(NormaliseTraceback(s), kNormal);
}

TEST(Traceback, FileNameStillCompared) {
  std::string s = kGc;
  s.replace(s.find("index.go:13"), 8, "other.go");
  EXPECT_NE(NormaliseTraceback(s), kNormal);
}

TEST(Traceback, FunctionNameStillCompared) {
  std::string s = kGc;
  s.replace(s.find("main.get"), 8, "main.put");
  EXPECT_NE(NormaliseTraceback(s), kNormal);
}

TEST(Traceback, EmptyArgumentsKept) {
  // "f()" (no arguments) and "f(...)" (some) stay different.
  EXPECT_EQ(NormaliseTraceback("main.f()\n\t/a/b.go:3 +0x1\n"), "main.f()\n\t$DIR/b.go:3\n");
  EXPECT_EQ(NormaliseTraceback("main.f({0x1, 0x2}, 0x3?)\n\t/a/b.go:3 +0x1\n"),
            "main.f(...)\n\t$DIR/b.go:3\n");
}

TEST(Traceback, ArgumentsOnlyOnFrameLines) {
  // The panic message and other text keep their parentheses.
  std::string s = "panic: f(1) failed\n\nmain.g(x)\n";
  EXPECT_EQ(NormaliseTraceback(s), s);
}

TEST(Traceback, SignalPC) {
  EXPECT_EQ(NormaliseTraceback("[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 "
                               "pc=0x45c2d4]\n"),
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=PC]\n");
  // The fault address is compared.
  EXPECT_NE(NormaliseTraceback("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 "
                               "pc=0x45c2d4]\n"),
            NormaliseTraceback("[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 "
                               "pc=0x45c2d4]\n"));
}

TEST(Traceback, RuntimeFramesWithoutLines) {
  const char kWant[] = "panic(...)\n\t$RUNTIME/panic.go\nmain.main()\n\t$DIR/x.go:9\n";
  EXPECT_EQ(NormaliseTraceback("panic({0x45c260, 0x47b8f0})\n"
                               "\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212\n"
                               "main.main()\n\t/tmp/p/x.go:9 +0x1d\n"),
            kWant);
  EXPECT_EQ(NormaliseTraceback("panic(...)\n\t/b/lib/gocc/src/runtime/panic.go:386 +0x2\n"
                               "main.main()\n\t/w/testdata/run/x.go:9 +0x1d\n"),
            kWant);
  EXPECT_EQ(NormaliseTraceback(kWant), kWant);
  // Only the runtime's own directory: a test under testdata/runtime keeps its lines.
  EXPECT_EQ(NormaliseTraceback("main.f()\n\t/w/testdata/runtime/f.go:3 +0x1\n"),
            "main.f()\n\t$DIR/f.go:3\n");
}

TEST(Traceback, CreatedBy) {
  EXPECT_EQ(NormaliseTraceback("created by main.main\n\t/x/y/z.go:7 +0x25\n"),
            "created by main.main\n\t$DIR/z.go:7\n");
}

TEST(Traceback, NoFinalNewline) {
  EXPECT_EQ(NormaliseTraceback("a\n\t/d/f.go:1 +0x2"), "a\n\t$DIR/f.go:1");
}

}  // namespace
}  // namespace gocc::harness
