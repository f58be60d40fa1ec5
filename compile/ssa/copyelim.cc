// Copy elimination: phis whose args are all one value (or the phi itself)
// become copies, and every use of a Copy is redirected to the copied value.
// Unused copies are then removed.
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

// Follows a chain of copies; stops on a cycle (only possible in dead code).
Value* CopySource(Value* v) {
  Value* slow = v;
  bool advance = false;
  while (v->op == Op::kCopy) {
    v = v->args[0];
    if (v == slow) break;
    if (advance) slow = slow->args[0];
    advance = !advance;
  }
  return v;
}

// A phi whose args are all w or the phi itself is w.
bool TrivialPhi(Value* v) {
  Value* w = nullptr;
  for (Value* a : v->args) {
    a = CopySource(a);
    if (a == v || a == w) continue;
    if (w) return false;
    w = a;
  }
  if (!w) return false;  // only self references: unreachable loop
  v->CopyOf(w);
  return true;
}

}  // namespace

absl::Status CopyElim(Func& f) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (Block* b : f.blocks) {
      for (Value* v : b->values) {
        if (v->op == Op::kPhi && TrivialPhi(v)) changed = true;
      }
    }
  }
  for (Block* b : f.blocks) {
    for (Value* v : b->values) {
      for (size_t i = 0; i < v->args.size(); i++) {
        Value* a = v->args[i];
        if (a->op != Op::kCopy) continue;
        Value* s = CopySource(a);
        if (s != a && s != v) v->SetArg(static_cast<int>(i), s);
      }
    }
    if (b->control && b->control->op == Op::kCopy) {
      b->SetControl(CopySource(b->control));
    }
  }
  // Copies of copies may have become unused in any order: sweep to a fixpoint.
  changed = true;
  while (changed) {
    changed = false;
    for (Block* b : f.blocks) {
      std::erase_if(b->values, [&](Value* v) {
        if (v->op != Op::kCopy || v->uses != 0) return false;
        v->ResetArgs();
        changed = true;
        return true;
      });
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
