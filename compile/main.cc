// compile: the Go compiler. Not written yet; it says so.
#include "compile/main.h"

#include <cstdio>

namespace gocc::compile {

int Main(int argc, char** argv) {
  (void)argv;
  std::fprintf(stderr, "usage: compile [options] file.go...\n");
  if (argc < 2) return 2;
  std::fprintf(stderr, "compile: not implemented yet\n");
  return 2;
}

}  // namespace gocc::compile
