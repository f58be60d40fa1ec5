// link: the static ELF linker. Not written yet; it says so.
#include "link/main.h"

#include <cstdio>

namespace gocc::link {

int Main(int argc, char** argv) {
  (void)argv;
  std::fprintf(stderr, "usage: link [options] main.o\n");
  if (argc < 2) return 2;
  std::fprintf(stderr, "link: not implemented yet\n");
  return 2;
}

}  // namespace gocc::link
