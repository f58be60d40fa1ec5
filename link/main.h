// Entry point of the link stage tool (cmd/link.cc calls it).
#ifndef GOCC_LINK_MAIN_H_
#define GOCC_LINK_MAIN_H_

namespace gocc::link {

// Runs the tool on a command line and returns the process exit status.
int Main(int argc, char** argv);

}  // namespace gocc::link

#endif
