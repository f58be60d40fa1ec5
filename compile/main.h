// Entry point of the compile stage tool (cmd/compile.cc calls it).
#ifndef GOCC_COMPILE_MAIN_H_
#define GOCC_COMPILE_MAIN_H_

namespace gocc::compile {

// Runs the tool on a command line and returns the process exit status.
int Main(int argc, char** argv);

}  // namespace gocc::compile

#endif
