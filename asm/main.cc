// asm: the plan9 amd64 assembler. Not written yet; it says so.
#include "asm/main.h"

#include <cstdio>

namespace gocc::assembler {

int Main(int argc, char** argv) {
  (void)argv;
  std::fprintf(stderr, "usage: asm [options] file.s ...\n");
  if (argc < 2) return 2;
  std::fprintf(stderr, "asm: not implemented yet\n");
  return 2;
}

}  // namespace gocc::assembler
