// Diagnostics of the assembler: the file table that Pos.file indexes, and
// error reporting in gc's format ("file.s:LINE:COL: message"). Every stage
// reports through one Diag; after 10 errors it prints "too many errors" and
// the driver stops (asm/README.md, "Errors").
#ifndef GOCC_ASM_DIAG_H_
#define GOCC_ASM_DIAG_H_

#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "asm/prog.h"

namespace gocc::assembler {

class Diag {
 public:
  static constexpr int kMaxErrors = 10;

  explicit Diag(std::FILE* out = stderr) : out_(out) {}

  // Adds a file to the table and returns its index (reuses equal names).
  int AddFile(const std::string& name);
  const std::string& FileName(int i) const { return files_[i]; }
  int NumFiles() const { return int(files_.size()); }

  // Reports an error at pos. Only the first error of a line is printed (as
  // gc does), and once kMaxErrors are printed, "too many errors" follows and
  // Stopped() turns true.
  void Error(Pos pos, const std::string& msg);
  template <typename... Args>
  void Errorf(Pos pos, const absl::FormatSpec<Args...>& fmt,
              const Args&... args) {
    Error(pos, absl::StrFormat(fmt, args...));
  }
  // An error that belongs to no line ("asm: ...").
  void Fatal(const std::string& msg);

  int Count() const { return count_; }
  bool Stopped() const { return count_ >= kMaxErrors; }

 private:
  std::FILE* out_;
  std::vector<std::string> files_;
  int count_ = 0;
  Pos last_{-1, -1, 0};
};

}  // namespace gocc::assembler

#endif  // GOCC_ASM_DIAG_H_
