// Nil-check elimination: a NilCheck is removed when its pointer is known
// non-nil: the address of a global, local, parameter or the stack, an
// offset from such an address, or a pointer already checked by a NilCheck
// that dominates this one.
#include <algorithm>

#include "compile/ssa/dom.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

bool KnownNonNil(const Value* p) {
  while (p->op == Op::kOffPtr) p = p->args[0];
  switch (p->op) {
    case Op::kAddr:
    case Op::kLocalAddr:
    case Op::kParamAddr:
    case Op::kSP:
      return true;
    default:
      return false;
  }
}

}  // namespace

absl::Status NilCheckElim(Func& f) {
  DomTree dom(f);
  std::vector<char> checked(f.NumValues(), 0);
  struct Frame {
    Block* b;
    size_t child;
    std::vector<int> added;
  };
  std::vector<Frame> stack;
  stack.push_back({f.entry, 0, {}});
  bool first_visit = true;
  while (!stack.empty()) {
    Frame& fr = stack.back();
    if (first_visit) {
      std::erase_if(fr.b->values, [&](Value* v) {
        if (v->op != Op::kNilCheck) return false;
        Value* p = v->args[0];
        if (checked[p->id] || KnownNonNil(p)) {
          v->ResetArgs();
          return true;
        }
        checked[p->id] = 1;
        fr.added.push_back(p->id);
        return false;
      });
    }
    const std::vector<Block*>& kids = dom.Children(fr.b);
    if (fr.child < kids.size()) {
      stack.push_back({kids[fr.child++], 0, {}});
      first_visit = true;
    } else {
      for (int id : fr.added) checked[id] = 0;
      stack.pop_back();
      first_visit = false;
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
