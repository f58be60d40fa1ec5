// The asm stage tool, like `go tool asm`. All the work is in asm/; this
// file only hands over the command line and returns the exit status.
#include "asm/main.h"

int main(int argc, char** argv) { return gocc::assembler::Main(argc, argv); }
