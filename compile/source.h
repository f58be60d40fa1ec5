// Source positions and the diagnostics queue shared by every front-end phase
// (lexer -> parser -> checker). Messages are printed the way gc prints them:
// `file:line:col: message`, sorted by position, one syntax error per line, at
// most 10 unless -e, then `too many errors`.
#ifndef GOCC_COMPILE_SOURCE_H_
#define GOCC_COMPILE_SOURCE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gocc::compile {

// A position in a source file: file index (into Diag::files), 1-based line and
// 1-based byte column, as gc counts them. file < 0 means "no position".
struct Pos {
  int32_t file = -1;
  int32_t line = 0;
  int32_t col = 0;

  bool IsKnown() const { return file >= 0; }
  bool operator==(const Pos&) const = default;
  // Order used for sorting diagnostics: file, then line, then column.
  bool Before(const Pos& o) const {
    if (file != o.file) return file < o.file;
    if (line != o.line) return line < o.line;
    return col < o.col;
  }
};

// One reported diagnostic.
struct Diagnostic {
  Pos pos;
  std::string msg;
  bool syntax = false;  // syntax errors are kept one per line
};

// Collects diagnostics from every phase and prints them at the end.
class Diag {
 public:
  // Registers a file name and returns its index for Pos::file.
  int AddFile(std::string name) {
    files_.push_back(std::move(name));
    return static_cast<int>(files_.size()) - 1;
  }
  const std::string& FileName(int i) const { return files_[i]; }

  // Reports an error at pos. Continuation lines (gc's "\n\thave (...)")
  // are part of msg.
  void Error(Pos pos, std::string msg);
  // Reports a syntax error; a later syntax error on the same line is dropped.
  void SyntaxError(Pos pos, std::string msg);

  int ErrorCount() const { return static_cast<int>(list_.size()); }
  // Every diagnostic reported so far, in report order.
  const std::vector<Diagnostic>& List() const { return list_; }
  int SyntaxErrorCount() const { return syntax_count_; }
  // True once the error limit is reached (phases may stop early).
  bool Saturated() const { return !unlimited_ && ErrorCount() >= kLimit; }
  void SetUnlimited(bool u) { unlimited_ = u; }

  // Formats a position as file:line:col.
  std::string Format(Pos pos) const;
  // Prints all diagnostics to stderr as gc does; returns the number printed.
  int Flush();

  static constexpr int kLimit = 10;

 private:
  std::vector<std::string> files_;
  std::vector<Diagnostic> list_;
  int syntax_count_ = 0;
  bool unlimited_ = false;
};

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_SOURCE_H_
