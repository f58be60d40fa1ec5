// Diagnostics: the file table and gc-style error lines (asm/diag.h).
#include "asm/diag.h"

namespace gocc::assembler {

int Diag::AddFile(const std::string& name) {
  for (size_t i = 0; i < files_.size(); i++)
    if (files_[i] == name) return int(i);
  files_.push_back(name);
  return int(files_.size()) - 1;
}

void Diag::Error(Pos pos, const std::string& msg) {
  if (Stopped()) return;
  if (pos.file == last_.file && pos.line == last_.line) return;
  last_ = pos;
  std::string file =
      pos.file >= 0 && pos.file < int(files_.size()) ? files_[pos.file] : "?";
  if (pos.col > 0)
    absl::FPrintF(out_, "%s:%d:%d: %s\n", file, pos.line, pos.col, msg);
  else
    absl::FPrintF(out_, "%s:%d: %s\n", file, pos.line, msg);
  if (++count_ == kMaxErrors) absl::FPrintF(out_, "too many errors\n");
}

void Diag::Fatal(const std::string& msg) {
  if (Stopped()) return;
  absl::FPrintF(out_, "asm: %s\n", msg);
  count_++;
}

}  // namespace gocc::assembler
