// Edge splitting: the register allocator places phi moves at the end of
// each predecessor, which is only right when that predecessor has a single
// successor. So every edge from a block with several successors into a
// block with phis gets a new empty Plain block (this covers all critical
// edges that matter).
#include "compile/ssa/passes.h"

namespace gocc::ssa {

absl::Status Critical(Func& f) {
  size_t n = f.blocks.size();
  for (size_t bi = 0; bi < n; bi++) {
    Block* b = f.blocks[bi];
    if (b->succs.size() < 2) continue;
    for (size_t i = 0; i < b->succs.size(); i++) {
      Edge e = b->succs[i];
      Block* s = e.b;
      bool has_phi = false;
      for (Value* v : s->values) has_phi |= v->op == Op::kPhi;
      if (!has_phi) continue;
      f.cur_pos = b->pos;
      Block* mid = f.NewBlock(BlockKind::kPlain);
      // b.succs[i] -> mid -> s, reusing s's pred slot e.i (phi args stay).
      b->succs[i] = Edge{mid, 0};
      mid->preds.push_back(Edge{b, static_cast<int>(i)});
      mid->succs.push_back(Edge{s, e.i});
      s->preds[e.i] = Edge{mid, 0};
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
