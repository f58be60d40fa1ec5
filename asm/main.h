// Entry point of the asm stage tool (cmd/asm.cc calls it).
#ifndef GOCC_ASM_MAIN_H_
#define GOCC_ASM_MAIN_H_

namespace gocc::assembler {

// Runs the tool on a command line and returns the process exit status.
int Main(int argc, char** argv);

}  // namespace gocc::assembler

#endif
