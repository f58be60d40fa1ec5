// Scheduling: orders the values of each block. Phis come first, then Args,
// InitMem and SP, then everything else in an order that respects
// (1) args before users, (2) memory anti-dependences: a value reading
// memory state m runs before any value in the block that consumes m to make
// a new memory state, (3) a nil check before the block's later memory
// operations; ties keep the existing order. An If control that can
// fuse with its branch (IsFusedControl) is placed last.
#include "compile/ssa/schedule.h"

#include <queue>
#include <unordered_map>

#include "compile/ssa/passes.h"

namespace gocc::ssa {

bool IsFusedControl(const Value* v) {
  const Block* b = v->block;
  if (!b || b->kind != BlockKind::kIf || b->control != v || v->uses != 1) {
    return false;
  }
  switch (v->op) {
    case Op::kCMPQset:
    case Op::kCMPLset:
    case Op::kCMPWset:
    case Op::kCMPBset:
      break;
    default:
      return false;
  }
  return !b->values.empty() && b->values.back() == v;
}

bool IsRematerializable(const Value* v) {
  switch (v->op) {
    case Op::kMOVQconst:
    case Op::kMOVSDconst:
    case Op::kMOVSSconst:
    case Op::kSP:
      return true;
    case Op::kLEAQ:
      return v->amode != AddrMode::kReg;
    default:
      return false;
  }
}

namespace {

int Priority(const Value* v) {
  switch (v->op) {
    case Op::kPhi:
      return 0;
    case Op::kGetClosurePtr:
      return 1;  // before anything can touch DX
    case Op::kInitMem:
    case Op::kArg:
    case Op::kSP:
      return 2;
    default:
      return 3;
  }
}

void ScheduleBlock(Block* b) {
  std::vector<Value*>& vals = b->values;
  size_t n = vals.size();
  std::unordered_map<const Value*, int> index;
  for (size_t i = 0; i < n; i++) index[vals[i]] = static_cast<int>(i);
  std::vector<std::vector<int>> succ(n);
  std::vector<int> npred(n, 0);
  auto edge = [&](int from, int to) {
    if (from == to) return;
    succ[from].push_back(to);
    npred[to]++;
  };
  // Readers of each memory state in this block.
  std::unordered_map<const Value*, std::vector<int>> readers;
  for (size_t i = 0; i < n; i++) {
    Value* v = vals[i];
    if (v->op == Op::kPhi) continue;
    for (Value* a : v->args) {
      auto it = index.find(a);
      if (it != index.end() && a->op != Op::kPhi)
        edge(it->second, static_cast<int>(i));
      if (a->type->IsMem() && !v->type->IsMem()) {
        readers[a].push_back(static_cast<int>(i));
      }
    }
  }
  for (size_t i = 0; i < n; i++) {
    Value* v = vals[i];
    if (!v->type->IsMem() || v->op == Op::kPhi) continue;
    for (Value* a : v->args) {
      if (!a->type->IsMem()) continue;
      auto it = readers.find(a);
      if (it == readers.end()) continue;
      for (int r : it->second) edge(r, static_cast<int>(i));
    }
  }
  // A nil check runs before every later memory operation of the block: a
  // load at a large offset from nil might not fault by itself.
  for (size_t i = 0; i < n; i++) {
    if (vals[i]->op != Op::kNilCheck && vals[i]->op != Op::kLoweredNilCheck) {
      continue;
    }
    // Values the check itself depends on (in this block) must stay before it.
    std::vector<char> dep(n, 0);
    std::vector<Value*> work{vals[i]};
    while (!work.empty()) {
      Value* x = work.back();
      work.pop_back();
      for (Value* a : x->args) {
        auto it = index.find(a);
        if (it == index.end() || dep[it->second] || a->op == Op::kPhi) continue;
        dep[it->second] = 1;
        work.push_back(a);
      }
    }
    for (size_t j = i + 1; j < n; j++) {
      Value* w = vals[j];
      if (dep[j]) continue;
      bool touches_mem = w->type->IsMem();
      for (Value* a : w->args) touches_mem |= a->type->IsMem();
      if (touches_mem && w->op != Op::kPhi) {
        edge(static_cast<int>(i), static_cast<int>(j));
      }
    }
  }
  // The control goes last when nothing else in the block needs it.
  int last = -1;
  if (b->kind == BlockKind::kIf && b->control && b->control->block == b &&
      b->control->uses == 1) {
    last = index[b->control];
  }
  using Item = std::pair<std::pair<int, int>, int>;  // ((prio, index), index)
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> ready;
  auto push = [&](int i) {
    int prio = i == last ? 4 : Priority(vals[i]);
    ready.push({{prio, i}, i});
  };
  for (size_t i = 0; i < n; i++) {
    if (npred[i] == 0) push(static_cast<int>(i));
  }
  std::vector<Value*> out;
  while (!ready.empty()) {
    int i = ready.top().second;
    ready.pop();
    out.push_back(vals[i]);
    for (int s : succ[i]) {
      if (--npred[s] == 0) push(s);
    }
  }
  // A cycle (impossible in valid SSA) would drop values; keep them all.
  if (out.size() == n) vals = out;
}

}  // namespace

absl::Status Schedule(Func& f) {
  for (Block* b : f.blocks) ScheduleBlock(b);
  f.scheduled = true;
  return absl::OkStatus();
}

}  // namespace gocc::ssa
