// Command-line parsing for gobuild: Go-style single-dash flags and the
// quoted-argument splitting that `go build -gcflags '...'` uses.
#ifndef GOCC_CMD_DRIVER_FLAGS_H_
#define GOCC_CMD_DRIVER_FLAGS_H_

#include <string>
#include <vector>

namespace gocc::driver {

struct BuildOptions {
  std::string output;                 // -o
  std::vector<std::string> gcflags;   // -gcflags, split
  std::vector<std::string> ldflags;   // -ldflags, split
  bool force = false;                 // -a
  bool print_commands = false;        // -x
  bool keep_work = false;             // -work
  bool verbose = false;               // -v
  std::vector<std::string> args;      // files or one directory
};

// Splits a flag value the way cmd/go's quoted.Split does: fields separated by
// spaces, with '...' or "..." quoting a field. Returns false (and sets *err)
// on an unterminated quote.
bool SplitQuoted(const std::string& s, std::vector<std::string>* out,
                 std::string* err);

// Parses the arguments after `gobuild [build]` or `gobuild run`. Flags stop
// at the first non-flag argument when stop_at_arg is set (`run` passes the
// rest to the program). Returns false and sets *err on a bad flag.
bool ParseBuildFlags(const std::vector<std::string>& argv, bool stop_at_arg,
                     BuildOptions* opts, std::vector<std::string>* rest,
                     std::string* err);

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_FLAGS_H_
