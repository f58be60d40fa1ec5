// The compile stage tool, like `go tool compile`. All the work is in compile/; this
// file only hands over the command line and returns the exit status.
#include "compile/main.h"

int main(int argc, char** argv) { return gocc::compile::Main(argc, argv); }
