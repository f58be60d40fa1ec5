// Block layout: reverse postorder from entry (so a loop body follows its
// header and most jumps fall through), with Exit blocks (panics) moved to
// the end, out of the hot path. Emission follows this order.
#include "compile/ssa/dom.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {

absl::Status Layout(Func& f) {
  std::vector<Block*> order = ReversePostOrder(f);
  if (order.size() != f.blocks.size()) {
    return absl::InternalError("layout: unreachable blocks remain");
  }
  std::vector<Block*> hot, cold;
  for (Block* b : order) {
    (b->kind == BlockKind::kExit && b != f.entry ? cold : hot).push_back(b);
  }
  hot.insert(hot.end(), cold.begin(), cold.end());
  f.blocks = hot;
  return absl::OkStatus();
}

}  // namespace gocc::ssa
