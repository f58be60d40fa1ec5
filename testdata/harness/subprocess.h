// Running a program with a time limit and capturing stdout and stderr
// separately, for the testdata harness.
#ifndef GOCC_TESTDATA_HARNESS_SUBPROCESS_H_
#define GOCC_TESTDATA_HARNESS_SUBPROCESS_H_

#include <string>
#include <vector>

namespace gocc::harness {

struct RunResult {
  int status = 0;         // exit status; 128+signal if killed by a signal
  bool timed_out = false;
  bool started = true;
  std::string out, err;
};

// Runs argv (argv[0] is a path) with extra environment entries added, for
// at most timeout_sec seconds (then the process group is killed).
RunResult RunProgram(const std::vector<std::string>& argv,
                     const std::vector<std::string>& env_extra, int timeout_sec,
                     const std::string& dir = "", bool merge_stderr = false);

}  // namespace gocc::harness

#endif
