// The SSA verifier (Go's checkFunc): run between passes in debug builds and
// under Config::verify. Checks CFG edge consistency, block kinds and
// controls, argument counts and types against ops.def, phi arity, use
// counts, that every arg dominates its use (and, once scheduled, precedes it
// in the block), and that only amd64 ops remain after lowering.
#include "compile/ssa/verify.h"

#include <cstring>
#include <unordered_set>

#include "absl/strings/str_cat.h"
#include "compile/ssa/dom.h"

namespace gocc::ssa {
namespace {

bool SameClassSize(const Type* a, const Type* b) {
  return a->size == b->size && a->Class() == b->Class() &&
         a->IsBool() == b->IsBool();
}

// Checks one arg type against its letter in ops.def.
bool ArgOK(char c, const Value* v, const Value* a) {
  const Type* t = a->type;
  switch (c) {
    case 'r':
      return v->type->IsTuple() || SameClassSize(t, v->type);
    case 'a':
      return SameClassSize(t, v->args[0]->type);
    case 'm':
      return t->IsMem();
    case 'p':
      return t->size == 8 && (t->IsPtr() || t->IsInteger());
    case 'i':
      return t->IsIntLike();
    case 'f':
      return t->IsFloat();
    case 'b':
      return t->IsBool();
    case 't':
      return t->IsTuple();
    case '1':
    case '2':
    case '4':
    case '8':
      return t->IsIntLike() && t->size == c - '0';
    default:
      return true;
  }
}

absl::Status CheckResultType(const Value* v) {
  const Type* t = v->type;
  bool ok = true;
  switch (v->info().result) {
    case kTAny:
      ok = t != nullptr;
      break;
    case kTArg0:
      ok = !v->args.empty() && v->args[0]->type == t;
      break;
    case kTBool:
      ok = t->IsBool();
      break;
    case kTMem:
      ok = t->IsMem();
      break;
    case kTVoid:
      ok = t->IsVoid();
      break;
    case kTPtr:
      ok = t->IsPtr() || t == &types::kUintptr;
      break;
    case kTI1:
    case kTI2:
    case kTI4:
    case kTI8: {
      int size = 1 << (v->info().result - kTI1);
      ok = (t->IsInteger() || (size == 8 && t->IsPtr())) && t->size == size;
      break;
    }
    case kTF32:
      ok = t->IsFloat() && t->size == 4;
      break;
    case kTF64:
      ok = t->IsFloat() && t->size == 8;
      break;
    case kTSel0:
      ok = !v->args.empty() && v->args[0]->type->IsTuple() &&
           v->args[0]->type->first == t;
      break;
    case kTSel1:
      ok = !v->args.empty() && v->args[0]->type->IsTuple() &&
           v->args[0]->type->second == t;
      break;
  }
  if (!ok) {
    return absl::InternalError(absl::StrCat(
        "bad result type ", t ? t->String() : "null", " in ", v->LongString()));
  }
  return absl::OkStatus();
}

bool AllowedAfterLower(Op op) {
  switch (op) {
    case Op::kPhi:
    case Op::kCopy:
    case Op::kInitMem:
    case Op::kSP:
    case Op::kArg:
    case Op::kGetClosurePtr:
      return true;
    default:
      return IsAMD64(op);
  }
}

}  // namespace

absl::Status Verify(const Func& f) {
  auto fail = [&](auto&&... parts) {
    return absl::InternalError(absl::StrCat(parts...));
  };
  if (f.blocks.empty() || f.entry != f.blocks[0]) {
    return fail("entry block is not first");
  }
  if (!f.entry->preds.empty()) return fail("entry block has predecessors");
  std::unordered_set<const Block*> in_func(f.blocks.begin(), f.blocks.end());
  std::unordered_set<const Value*> defined;
  std::vector<int> uses(f.NumValues(), 0);
  std::vector<int> index_in_block(f.NumValues(), -1);
  for (const Block* b : f.blocks) {
    if (b->func != &f) return fail(b->Name(), " has the wrong func");
    for (size_t i = 0; i < b->succs.size(); i++) {
      const Edge& e = b->succs[i];
      if (!in_func.count(e.b)) return fail(b->Name(), " -> removed block");
      if (e.i < 0 || e.i >= static_cast<int>(e.b->preds.size()) ||
          e.b->preds[e.i].b != b || e.b->preds[e.i].i != static_cast<int>(i)) {
        return fail("edge ", b->Name(), " -> ", e.b->Name(),
                    " is inconsistent");
      }
    }
    for (size_t i = 0; i < b->preds.size(); i++) {
      const Edge& e = b->preds[i];
      if (!in_func.count(e.b)) return fail(b->Name(), " <- removed block");
      if (e.b->succs[e.i].b != b || e.b->succs[e.i].i != static_cast<int>(i)) {
        return fail("edge ", e.b->Name(), " -> ", b->Name(),
                    " is inconsistent");
      }
    }
    size_t want_succs = 0;
    switch (b->kind) {
      case BlockKind::kPlain:
        want_succs = 1;
        if (b->control) return fail(b->Name(), ": Plain block has a control");
        break;
      case BlockKind::kIf:
        want_succs = 2;
        if (!b->control || !b->control->type->IsBool()) {
          return fail(b->Name(), ": If block needs a bool control");
        }
        break;
      case BlockKind::kRet:
      case BlockKind::kExit:
        if (!b->control || !b->control->type->IsMem()) {
          return fail(b->Name(), ": ", BlockKindName(b->kind),
                      " block needs a memory control");
        }
        break;
    }
    if (b->succs.size() != want_succs) {
      return fail(b->Name(), ": ", BlockKindName(b->kind), " block has ",
                  b->succs.size(), " successors");
    }
    if (b->control) uses[b->control->id]++;
    for (size_t i = 0; i < b->values.size(); i++) {
      const Value* v = b->values[i];
      if (v->block != b) return fail(v->Name(), " is in the wrong block");
      if (!defined.insert(v).second) return fail(v->Name(), " listed twice");
      index_in_block[v->id] = static_cast<int>(i);
      const OpInfo& in = v->info();
      if (in.argc >= 0 && static_cast<int>(v->args.size()) != in.argc) {
        return fail(v->LongString(), ": has ", v->args.size(), " args, want ",
                    in.argc);
      }
      if (v->op == Op::kPhi && v->args.size() != b->preds.size()) {
        return fail(v->LongString(), ": phi has ", v->args.size(), " args for ",
                    b->preds.size(), " predecessors");
      }
      if ((v->op == Op::kArg || v->op == Op::kGetClosurePtr) && b != f.entry) {
        return fail(v->LongString(), ": must be in the entry block");
      }
      if (f.lowered && !AllowedAfterLower(v->op)) {
        return fail(v->LongString(), ": generic op after lowering");
      }
      if (absl::Status s = CheckResultType(v); !s.ok()) return s;
      for (size_t j = 0; j < v->args.size(); j++) {
        const Value* a = v->args[j];
        if (!a) return fail(v->Name(), " has a null arg");
        uses[a->id]++;
        const char* spec = in.args;
        if (j < std::strlen(spec) && !ArgOK(spec[j], v, a)) {
          return fail(v->LongString(), ": arg ", j, " (", a->type->String(),
                      ") does not match '", std::string(1, spec[j]), "'");
        }
        if (v->op == Op::kPhi && a->type != v->type &&
            !SameClassSize(a->type, v->type)) {
          return fail(v->LongString(), ": phi arg type ", a->type->String());
        }
      }
    }
  }
  // Args must be defined in the function, and dominate their uses.
  DomTree dom(f);
  for (const Block* b : f.blocks) {
    if (!dom.Reachable(b)) continue;
    auto check = [&](const Value* use, const Value* a,
                     const Block* at) -> absl::Status {
      if (!defined.count(a)) {
        return fail(use ? use->LongString() : b->Name() + " control", ": arg ",
                    a->Name(), " is not in the function");
      }
      if (!dom.Reachable(a->block) || !dom.Dominates(a->block, at)) {
        return fail(use ? use->LongString() : b->Name() + " control", ": arg ",
                    a->Name(), " does not dominate its use");
      }
      if (f.scheduled && use && use->op != Op::kPhi && a->block == b &&
          index_in_block[a->id] >= index_in_block[use->id]) {
        return fail(use->LongString(), ": arg ", a->Name(),
                    " is scheduled after its use");
      }
      return absl::OkStatus();
    };
    for (const Value* v : b->values) {
      for (size_t j = 0; j < v->args.size(); j++) {
        const Block* at = v->op == Op::kPhi ? b->preds[j].b : b;
        if (!dom.Reachable(at)) continue;  // an edge from dead code
        if (absl::Status s = check(v, v->args[j], at); !s.ok()) return s;
      }
    }
    if (b->control) {
      if (absl::Status s = check(nullptr, b->control, b); !s.ok()) return s;
    }
  }
  for (const Block* b : f.blocks) {
    for (const Value* v : b->values) {
      if (uses[v->id] != v->uses) {
        return fail(v->LongString(), ": use count ", v->uses, ", counted ",
                    uses[v->id]);
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
