// Postorder and dominators (dom.h).
#include "compile/ssa/dom.h"

#include <algorithm>
#include <utility>

namespace gocc::ssa {

std::vector<Block*> PostOrder(const Func& f) {
  std::vector<Block*> order;
  if (!f.entry) return order;
  std::vector<char> seen(f.NumBlocks(), 0);
  // Iterative DFS: (block, next successor index).
  std::vector<std::pair<Block*, size_t>> stack;
  stack.push_back({f.entry, 0});
  seen[f.entry->id] = 1;
  while (!stack.empty()) {
    auto& [b, i] = stack.back();
    if (i < b->succs.size()) {
      Block* s = b->succs[i++].b;
      if (!seen[s->id]) {
        seen[s->id] = 1;
        stack.push_back({s, 0});
      }
    } else {
      order.push_back(b);
      stack.pop_back();
    }
  }
  return order;
}

std::vector<Block*> ReversePostOrder(const Func& f) {
  std::vector<Block*> order = PostOrder(f);
  std::reverse(order.begin(), order.end());
  return order;
}

DomTree::DomTree(const Func& f)
    : idom_(f.NumBlocks(), nullptr),
      children_(f.NumBlocks()),
      pre_(f.NumBlocks(), -1),
      post_(f.NumBlocks(), -1) {
  std::vector<Block*> po = PostOrder(f);
  if (po.empty()) return;
  std::vector<int> ponum(f.NumBlocks(), -1);
  for (size_t i = 0; i < po.size(); i++) ponum[po[i]->id] = static_cast<int>(i);
  auto intersect = [&](Block* a, Block* b) {
    while (a != b) {
      while (ponum[a->id] < ponum[b->id]) a = idom_[a->id];
      while (ponum[b->id] < ponum[a->id]) b = idom_[b->id];
    }
    return a;
  };
  Block* entry = f.entry;
  idom_[entry->id] = entry;
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = po.rbegin(); it != po.rend(); ++it) {
      Block* b = *it;
      if (b == entry) continue;
      Block* nd = nullptr;
      for (const Edge& e : b->preds) {
        Block* p = e.b;
        if (ponum[p->id] < 0 || !idom_[p->id]) continue;
        nd = nd ? intersect(p, nd) : p;
      }
      if (nd && idom_[b->id] != nd) {
        idom_[b->id] = nd;
        changed = true;
      }
    }
  }
  idom_[entry->id] = nullptr;
  for (Block* b : po) {
    if (idom_[b->id]) children_[idom_[b->id]->id].push_back(b);
  }
  // Pre/post numbering of the tree for O(1) Dominates.
  int clock = 0;
  std::vector<std::pair<Block*, size_t>> stack{{entry, 0}};
  pre_[entry->id] = clock++;
  while (!stack.empty()) {
    auto& [b, i] = stack.back();
    if (i < children_[b->id].size()) {
      Block* c = children_[b->id][i++];
      pre_[c->id] = clock++;
      stack.push_back({c, 0});
    } else {
      post_[b->id] = clock++;
      stack.pop_back();
    }
  }
}

}  // namespace gocc::ssa
