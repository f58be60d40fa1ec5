// Common subexpression elimination by dominator-scoped value numbering: a
// value equal to one in a dominating position (same op, type, aux, address
// mode and args; args of commutative ops in canonical order) becomes a copy
// of it, and copy elimination redirects its uses. Loads are numbered with
// their memory arg, so only loads of the same memory state merge. Ops with
// side effects and phis in different blocks are never merged.
#include <unordered_map>

#include "absl/strings/str_cat.h"
#include "compile/ssa/dom.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

bool Mergeable(const Value* v) {
  if (v->info().flags & kSideEff) return false;
  if (v->type->IsMem() || v->type->IsVoid()) return false;
  return v->op != Op::kCopy && v->op != Op::kInvalid;
}

std::string Key(const Value* v) {
  std::string k = absl::StrCat(
      static_cast<int>(v->op), ":", reinterpret_cast<uintptr_t>(v->type), ":",
      v->aux_int, ":", static_cast<int>(v->amode), ":", v->aux, ":");
  if (v->op == Op::kPhi) absl::StrAppend(&k, "b", v->block->id, ":");
  std::vector<int> ids;
  for (const Value* a : v->args) ids.push_back(a->id);
  if ((v->info().flags & kComm) && ids.size() >= 2 && ids[0] > ids[1]) {
    std::swap(ids[0], ids[1]);
  }
  for (int id : ids) absl::StrAppend(&k, id, ",");
  return k;
}

}  // namespace

absl::Status CSE(Func& f) {
  DomTree dom(f);
  std::unordered_map<std::string, Value*> table;
  // Iterative preorder walk of the dominator tree with an undo log.
  struct Frame {
    Block* b;
    size_t child;
    std::vector<std::string> added;
  };
  std::vector<Frame> stack;
  stack.push_back({f.entry, 0, {}});
  bool first_visit = true;
  while (!stack.empty()) {
    Frame& fr = stack.back();
    if (first_visit) {
      // Values may be listed before their in-block args: repeat until stable.
      bool changed = true;
      std::vector<char> done(f.NumValues(), 0);
      while (changed) {
        changed = false;
        for (Value* v : fr.b->values) {
          if (done[v->id] || !Mergeable(v)) continue;
          bool args_ready = true;
          for (Value* a : v->args) {
            if (a->block == fr.b && Mergeable(a) && !done[a->id] &&
                v->op != Op::kPhi) {
              args_ready = false;
            }
          }
          if (!args_ready) continue;
          done[v->id] = 1;
          changed = true;
          std::string k = Key(v);
          auto it = table.find(k);
          if (it != table.end()) {
            v->CopyOf(it->second);
          } else {
            table.emplace(k, v);
            fr.added.push_back(std::move(k));
          }
        }
      }
    }
    const std::vector<Block*>& kids = dom.Children(fr.b);
    if (fr.child < kids.size()) {
      Block* c = kids[fr.child++];
      stack.push_back({c, 0, {}});
      first_visit = true;
    } else {
      for (const std::string& k : fr.added) table.erase(k);
      stack.pop_back();
      first_visit = false;
    }
  }
  return CopyElim(f);
}

}  // namespace gocc::ssa
