// Construction and editing of the SSA IR (func.h): value/arg bookkeeping
// (use counts), CFG edges with reverse indices, and shared constants.
#include "compile/ssa/func.h"

#include <cstring>

#include "absl/strings/str_cat.h"

namespace gocc::ssa {

void Value::AddArg(Value* a) {
  args.push_back(a);
  a->uses++;
}

void Value::SetArg(int i, Value* a) {
  args[i]->uses--;
  args[i] = a;
  a->uses++;
}

void Value::ResetArgs() {
  for (Value* a : args) a->uses--;
  args.clear();
}

void Value::Reset(Op new_op) {
  ResetArgs();
  op = new_op;
  aux_int = 0;
  aux.clear();
  amode = AddrMode::kReg;
}

void Value::CopyOf(Value* w) {
  if (w == this) return;
  w->uses++;  // keep w alive while our own args are dropped
  Reset(Op::kCopy);
  args.push_back(w);
}

bool Value::IsConst() const {
  switch (op) {
    case Op::kConstBool:
    case Op::kConst8:
    case Op::kConst16:
    case Op::kConst32:
    case Op::kConst64:
    case Op::kConst32F:
    case Op::kConst64F:
    case Op::kConstNil:
      return true;
    default:
      return false;
  }
}

std::string Value::LongString() const {
  std::string s =
      absl::StrCat(Name(), " = ", OpName(op), " <", type->String(), ">");
  const OpInfo& in = info();
  if (in.aux == kAuxInt || in.aux == kAuxSymOff || in.aux == kAuxFloat ||
      aux_int != 0) {
    if (in.aux == kAuxFloat) {
      double d;
      std::memcpy(&d, &aux_int, 8);
      absl::StrAppend(&s, " [", d, "]");
    } else {
      absl::StrAppend(&s, " [", aux_int, "]");
    }
  }
  if (!aux.empty()) absl::StrAppend(&s, " {", aux, "}");
  static const char* const kModes[] = {"", "(SP)", "(FP)", "(local)", "(SB)"};
  if (amode != AddrMode::kReg) {
    absl::StrAppend(&s, " ", kModes[static_cast<int>(amode)]);
  }
  for (Value* a : args) absl::StrAppend(&s, " ", a->Name());
  return s;
}

const char* BlockKindName(BlockKind k) {
  switch (k) {
    case BlockKind::kPlain:
      return "Plain";
    case BlockKind::kIf:
      return "If";
    case BlockKind::kRet:
      return "Ret";
    case BlockKind::kExit:
      return "Exit";
  }
  return "?";
}

Value* Block::NewValue(Op op, const Type* t, std::initializer_list<Value*> args,
                       int64_t aux_int, std::string aux) {
  Value* v = func->NewValue(this, op, t);
  for (Value* a : args) v->AddArg(a);
  v->aux_int = aux_int;
  v->aux = std::move(aux);
  return v;
}

void Block::AddEdgeTo(Block* s) {
  int i = static_cast<int>(succs.size());
  int j = static_cast<int>(s->preds.size());
  succs.push_back(Edge{s, j});
  s->preds.push_back(Edge{this, i});
}

void Block::RemovePred(int i) {
  int n = static_cast<int>(preds.size()) - 1;
  // Move the last pred into slot i (Go's removePred), with its phi args.
  if (i != n) {
    Edge e = preds[n];
    preds[i] = e;
    e.b->succs[e.i].i = i;
  }
  preds.pop_back();
  for (Value* v : values) {
    if (v->op != Op::kPhi) continue;
    v->args[i]->uses--;
    v->args[i] = v->args[n];
    v->args.pop_back();
  }
}

void Block::RemoveEdgeTo(int i) {
  Edge e = succs[i];
  e.b->RemovePred(e.i);
  int n = static_cast<int>(succs.size()) - 1;
  if (i != n) {
    Edge last = succs[n];
    succs[i] = last;
    last.b->preds[last.i].i = i;
  }
  succs.pop_back();
}

void Block::SetControl(Value* v) {
  if (control) control->uses--;
  control = v;
  if (v) v->uses++;
}

Block* Func::NewBlock(BlockKind kind) {
  all_blocks_.push_back(std::make_unique<Block>());
  Block* b = all_blocks_.back().get();
  b->id = next_block_id_++;
  b->kind = kind;
  b->func = this;
  b->pos = cur_pos;
  blocks.push_back(b);
  if (!entry) entry = b;
  return b;
}

Value* Func::NewValue(Block* b, Op op, const Type* t) {
  all_values_.push_back(std::make_unique<Value>());
  Value* v = all_values_.back().get();
  v->id = next_value_id_++;
  v->op = op;
  v->type = t;
  v->block = b;
  v->pos = cur_pos;
  b->values.push_back(v);
  return v;
}

LocalSlot* Func::FindLocal(const std::string& n) {
  for (LocalSlot& l : locals) {
    if (l.name == n) return &l;
  }
  return nullptr;
}

int64_t ExtendConst(int64_t c, int size) {
  switch (size) {
    case 1:
      return static_cast<int8_t>(c);
    case 2:
      return static_cast<int16_t>(c);
    case 4:
      return static_cast<int32_t>(c);
    default:
      return c;
  }
}

Op ConstOpForSize(int size) {
  switch (size) {
    case 1:
      return Op::kConst8;
    case 2:
      return Op::kConst16;
    case 4:
      return Op::kConst32;
    default:
      return Op::kConst64;
  }
}

Value* Func::ConstInt(const Type* t, int64_t c) {
  Op op = t->IsBool() ? Op::kConstBool : ConstOpForSize(t->size);
  return entry->NewValue(op, t, {}, ExtendConst(c, t->size));
}

Value* Func::ConstFloat(const Type* t, double d) {
  if (t->size == 4) d = static_cast<float>(d);
  int64_t bits;
  std::memcpy(&bits, &d, 8);
  return entry->NewValue(t->size == 4 ? Op::kConst32F : Op::kConst64F, t, {},
                         bits);
}

Value* Func::ConstBool(bool b) {
  return entry->NewValue(Op::kConstBool, &types::kBool, {}, b ? 1 : 0);
}

Value* Func::SPValue() {
  for (Value* v : entry->values) {
    if (v->op == Op::kSP) return v;
  }
  return entry->NewValue(Op::kSP, &types::kPtr);
}

}  // namespace gocc::ssa
