// The textual dump of a Func (Func::String), in the style of Go's ssa
// printer; used by the dump flag and by test failure messages.
#include "absl/strings/str_cat.h"
#include "compile/ssa/func.h"
#include "compile/ssa/regs.h"

namespace gocc::ssa {

std::string Func::String() const {
  std::string s = QualifiedName() + "\n";
  for (const Block* b : blocks) {
    absl::StrAppend(&s, "  ", b->Name(), ":");
    if (!b->preds.empty()) {
      absl::StrAppend(&s, " <-");
      for (const Edge& e : b->preds) absl::StrAppend(&s, " ", e.b->Name());
    }
    absl::StrAppend(&s, "\n");
    for (const Value* v : b->values) {
      absl::StrAppend(&s, "    ", v->LongString());
      if (!locs.empty() && v->id < static_cast<int>(locs.size())) {
        const Location& l = locs[v->id];
        if (l.kind == Location::kReg)
          absl::StrAppend(&s, " : ", RegName(l.reg));
        if (l.kind == Location::kSpill) absl::StrAppend(&s, " : spill", l.slot);
        if (l.kind == Location::kParam) absl::StrAppend(&s, " : param");
      }
      absl::StrAppend(&s, "\n");
    }
    absl::StrAppend(&s, "  ", BlockKindName(b->kind));
    if (b->control) absl::StrAppend(&s, " ", b->control->Name());
    if (!b->succs.empty()) {
      absl::StrAppend(&s, " ->");
      for (const Edge& e : b->succs) absl::StrAppend(&s, " ", e.b->Name());
    }
    absl::StrAppend(&s, "\n");
  }
  return s;
}

}  // namespace gocc::ssa
