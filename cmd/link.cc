// The link stage tool, like `go tool link`. All the work is in link/; this
// file only hands over the command line and returns the exit status.
#include "link/main.h"

int main(int argc, char** argv) { return gocc::link::Main(argc, argv); }
