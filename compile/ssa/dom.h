// CFG orders and the dominator tree (Cooper, Harvey & Kennedy's iterative
// algorithm over reverse postorder), used by the verifier, CSE, nil-check
// and bounds-check elimination, and layout.
#ifndef GOCC_COMPILE_SSA_DOM_H_
#define GOCC_COMPILE_SSA_DOM_H_

#include <vector>

#include "compile/ssa/func.h"

namespace gocc::ssa {

// Blocks reachable from entry, in postorder.
std::vector<Block*> PostOrder(const Func& f);
std::vector<Block*> ReversePostOrder(const Func& f);

class DomTree {
 public:
  explicit DomTree(const Func& f);
  // Immediate dominator; nullptr for entry and unreachable blocks.
  Block* Idom(const Block* b) const { return idom_[b->id]; }
  bool Reachable(const Block* b) const { return pre_[b->id] >= 0; }
  // a dominates b (reflexive). Both must be reachable.
  bool Dominates(const Block* a, const Block* b) const {
    return pre_[a->id] <= pre_[b->id] && post_[b->id] <= post_[a->id];
  }
  const std::vector<Block*>& Children(const Block* b) const {
    return children_[b->id];
  }

 private:
  std::vector<Block*> idom_;
  std::vector<std::vector<Block*>> children_;
  std::vector<int> pre_, post_;
};

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_DOM_H_
