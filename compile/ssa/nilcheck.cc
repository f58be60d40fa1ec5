// Nil-check elimination, in two passes as gc's.
//
// nilcheckelim (generic ops, optimizing): a NilCheck is removed when its
// pointer is known non-nil: the address of a global, local, parameter or
// the stack, an offset from such an address, or a pointer already checked
// by a NilCheck that dominates this one.
//
// late nilcheck (amd64 ops, after scheduling; gc's nilcheckelim2): a check
// is removed when a later instruction of its block faults by itself on the
// same nil pointer before memory changes: a load or store at an offset
// below 4096 (the page at address 0 is never mapped) or an unrolled copy.
// The fault then happens at the accessed address (addr=0x8 for a field at
// offset 8), as in gc's binaries; the checks that stay fault at the base
// (TESTB AX, (reg): addr=0x0).
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

absl::Status LateNilCheck(Func& f) {
  constexpr int64_t kMinZeroPage = 4096;
  std::vector<char> faults(f.NumValues(), 0);
  std::vector<int> marked;
  for (Block* b : f.blocks) {
    for (int id : marked) faults[id] = 0;
    marked.clear();
    bool removed = false;
    for (size_t i = b->values.size(); i-- > 0;) {
      Value* v = b->values[i];
      if (v->op == Op::kLoweredNilCheck && faults[v->args[0]->id]) {
        v->ResetArgs();
        v->op = Op::kInvalid;
        removed = true;
        continue;
      }
      // A memory change (a store, a call) comes between the faulting
      // instruction and earlier checks: they must stay.
      if (v->type->IsMem()) {
        for (int id : marked) faults[id] = 0;
        marked.clear();
      }
      uint8_t fl = v->info().flags;
      if (!(fl & (kFaultNil0 | kFaultNil1))) continue;
      int64_t off = 0;
      if (v->info().aux == kAuxSymOff) {
        // A memory operand aux_int(arg0).
        if (v->amode != AddrMode::kReg) continue;
        off = v->aux_int;
      } else if (v->aux_int <= 0) {
        continue;  // an empty copy touches nothing
      }
      for (int k = 0; k < 2; k++) {
        if (!(fl & (k == 0 ? kFaultNil0 : kFaultNil1))) continue;
        // The pointer the access is relative to, through address arithmetic.
        Value* p = v->args[k];
        int64_t total = off;
        while (p->op == Op::kLEAQ && p->amode == AddrMode::kReg && total >= 0 &&
               total < kMinZeroPage) {
          total += p->aux_int;
          p = p->args[0];
        }
        // Only an access within the unmapped page at 0 faults on nil.
        if (total < 0 || total >= kMinZeroPage || faults[p->id]) continue;
        faults[p->id] = 1;
        marked.push_back(p->id);
      }
    }
    if (removed) {
      std::erase_if(b->values, [](Value* v) { return v->op == Op::kInvalid; });
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
