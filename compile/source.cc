// Diagnostics queue: collection, sorting and gc-style printing (see source.h).
#include "compile/source.h"

#include <algorithm>
#include <cstdio>

namespace gocc::compile {

void Diag::Error(Pos pos, std::string msg) {
  list_.push_back({pos, std::move(msg), false});
}

void Diag::SyntaxError(Pos pos, std::string msg) {
  for (auto it = list_.rbegin(); it != list_.rend(); ++it) {
    if (it->syntax && it->pos.file == pos.file && it->pos.line == pos.line)
      return;
  }
  list_.push_back({pos, std::move(msg), true});
  ++syntax_count_;
}

std::string Diag::Format(Pos pos) const {
  if (!pos.IsKnown()) return "<unknown>";
  return files_[pos.file] + ":" + std::to_string(pos.line) + ":" +
         std::to_string(pos.col);
}

int Diag::Flush() {
  // gc stops at the 10th error in report order, then prints the sorted
  // batch and "too many errors" at the position of that 10th error.
  std::vector<Diagnostic> batch = list_;
  bool too_many = false;
  Pos last;
  if (!unlimited_ && static_cast<int>(batch.size()) > kLimit) {
    batch.resize(kLimit);
    too_many = true;
    last = batch.back().pos;
  }
  std::stable_sort(batch.begin(), batch.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.pos.Before(b.pos);
                   });
  int n = 0;
  const Diagnostic* prev = nullptr;
  for (const Diagnostic& d : batch) {
    if (prev && prev->pos == d.pos && prev->msg == d.msg) continue;
    std::fprintf(stderr, "%s: %s\n", Format(d.pos).c_str(), d.msg.c_str());
    prev = &d;
    ++n;
  }
  if (too_many) std::fprintf(stderr, "%s: too many errors\n", Format(last).c_str());
  return n;
}

}  // namespace gocc::compile
