// gobuild's entry point (cmd/gobuild.cc calls it).
#ifndef GOCC_CMD_DRIVER_MAIN_H_
#define GOCC_CMD_DRIVER_MAIN_H_

namespace gocc::driver {

// Runs `gobuild [build|run|tool|version|env] ...` and returns the exit status.
int Main(int argc, char** argv);

}  // namespace gocc::driver

#endif
