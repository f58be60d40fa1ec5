// Branch facts from dominating conditions (a small version of Go's prove):
// when block S is entered only from the then (else) edge of an If on c,
// c is true (false) everywhere S dominates. An If on a known condition
// becomes Plain; deadcode drops the arm never taken. Because CSE has
// merged identical IsInBounds checks, this removes a bounds check dominated
// by the same check; IsSliceInBounds(i, n) is also known true under
// IsInBounds(i, n). Constant index into a constant length is folded by
// constfold.
#include <map>
#include <optional>
#include <tuple>

#include "compile/ssa/dom.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

using FactKey = std::tuple<Op, int, int>;  // (op, arg0 id, arg1 id)

FactKey KeyOf(const Value* c) {
  int a0 = c->args.size() > 0 ? c->args[0]->id : 0;
  int a1 = c->args.size() > 1 ? c->args[1]->id : 0;
  return {c->op, c->op == Op::kConstBool ? static_cast<int>(c->id) : a0, a1};
}

}  // namespace

absl::Status Prove(Func& f) {
  DomTree dom(f);
  std::map<FactKey, bool> facts;
  std::map<int, bool> value_facts;
  struct Frame {
    Block* b;
    size_t child;
    std::vector<FactKey> added;
    std::vector<int> added_values;
  };
  auto learn = [&](Frame& fr, Value* c, bool truth) {
    if (value_facts.emplace(c->id, truth).second) {
      fr.added_values.push_back(c->id);
    }
    if (c->args.size() == 2 && c->op != Op::kPhi) {
      FactKey k = KeyOf(c);
      if (facts.emplace(k, truth).second) fr.added.push_back(k);
      if (c->op == Op::kIsInBounds && truth) {
        FactKey s{Op::kIsSliceInBounds, c->args[0]->id, c->args[1]->id};
        if (facts.emplace(s, true).second) fr.added.push_back(s);
      }
    }
  };
  auto known = [&](Value* c) -> std::optional<bool> {
    if (auto it = value_facts.find(c->id); it != value_facts.end()) {
      return it->second;
    }
    if (c->args.size() == 2 && c->op != Op::kPhi) {
      if (auto it = facts.find(KeyOf(c)); it != facts.end()) return it->second;
    }
    return std::nullopt;
  };
  std::vector<Frame> stack;
  stack.push_back({f.entry, 0, {}, {}});
  bool first_visit = true;
  while (!stack.empty()) {
    Frame& fr = stack.back();
    Block* b = fr.b;
    if (first_visit) {
      // Facts from the single If edge that enters b.
      if (b->preds.size() == 1) {
        Block* p = b->Pred(0);
        if (p->kind == BlockKind::kIf && p->Succ(0) != p->Succ(1)) {
          learn(fr, p->control, p->Succ(0) == b);
        }
      }
      if (b->kind == BlockKind::kIf) {
        if (std::optional<bool> k = known(b->control)) {
          b->RemoveEdgeTo(*k ? 1 : 0);
          b->kind = BlockKind::kPlain;
          b->SetControl(nullptr);
        }
      }
    }
    const std::vector<Block*>& kids = dom.Children(b);
    if (fr.child < kids.size()) {
      stack.push_back({kids[fr.child++], 0, {}, {}});
      first_visit = true;
    } else {
      for (const FactKey& k : fr.added) facts.erase(k);
      for (int id : fr.added_values) value_facts.erase(id);
      stack.pop_back();
      first_visit = false;
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
