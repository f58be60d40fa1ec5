// Running the stage tools as separate processes, and printing what is run
// (-x) as shell commands that can be pasted to redo the build.
#ifndef GOCC_CMD_DRIVER_EXEC_H_
#define GOCC_CMD_DRIVER_EXEC_H_

#include <string>
#include <vector>

namespace gocc::driver {

// Quotes a word for sh if it needs it.
std::string ShellQuote(const std::string& s);

class Runner {
 public:
  // work is the temporary directory; printed commands say $WORK for it.
  Runner(bool print, std::string work) : print_(print), work_(std::move(work)) {}

  // Prints a shell line under -x (with $WORK substituted).
  void Print(const std::string& line) const;

  // Runs argv, printing it under -x. The tool's stderr and stdout are
  // captured into *output (both, in order) so the caller can put a
  // `# package` header in front. Returns the exit status, or -1 if the
  // program could not be started (*output says why).
  int Run(const std::vector<std::string>& argv, std::string* output) const;

  // Runs argv with the terminal's stdin/stdout/stderr (for `gobuild run`
  // and `gobuild tool`). Returns the exit status (128+signal if killed).
  static int RunInteractive(const std::vector<std::string>& argv);

  std::string Shorten(const std::string& s) const;

 private:
  bool print_;
  std::string work_;
};

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_EXEC_H_
