// Dead code elimination: removes blocks unreachable from entry (with their
// edges and phi args in reachable successors), then values that nothing
// live uses. Live roots are block controls and ops flagged kSideEff.
#include <algorithm>

#include "compile/ssa/dom.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {

absl::Status DeadCode(Func& f) {
  std::vector<char> reachable(f.NumBlocks(), 0);
  for (Block* b : PostOrder(f)) reachable[b->id] = 1;
  std::vector<Block*> kept;
  for (Block* b : f.blocks) {
    if (reachable[b->id]) {
      kept.push_back(b);
      continue;
    }
    while (!b->succs.empty())
      b->RemoveEdgeTo(static_cast<int>(b->succs.size()) - 1);
  }
  for (Block* b : f.blocks) {
    if (reachable[b->id]) continue;
    // Edges from other dead blocks into b are gone by now.
    b->SetControl(nullptr);
    for (Value* v : b->values) v->ResetArgs();
    b->values.clear();
    b->preds.clear();
  }
  f.blocks = kept;

  // Values: mark live from roots.
  std::vector<char> live(f.NumValues(), 0);
  std::vector<Value*> work;
  auto mark = [&](Value* v) {
    if (!live[v->id]) {
      live[v->id] = 1;
      work.push_back(v);
    }
  };
  for (Block* b : f.blocks) {
    if (b->control) mark(b->control);
    for (Value* v : b->values) {
      if (v->info().flags & kSideEff) mark(v);
    }
  }
  while (!work.empty()) {
    Value* v = work.back();
    work.pop_back();
    for (Value* a : v->args) mark(a);
  }
  for (Block* b : f.blocks) {
    for (Value* v : b->values) {
      if (!live[v->id]) v->ResetArgs();
    }
  }
  for (Block* b : f.blocks) {
    std::erase_if(b->values, [&](Value* v) { return !live[v->id]; });
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
