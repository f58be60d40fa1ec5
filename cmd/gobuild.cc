// gobuild, the driver, like `go build`. The work is in cmd/driver/.
#include "cmd/driver/main.h"

int main(int argc, char** argv) { return gocc::driver::Main(argc, argv); }
