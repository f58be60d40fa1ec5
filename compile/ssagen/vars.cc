// SSA construction plumbing of the builder (builder.h): blocks and edges,
// variable definitions and on-demand phis (Braun et al.), sealing, and the
// memory helpers every expression uses (loads, stores, temporaries).
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::Type;

Type* FuncBuilder::Int() { return BasicType(BasicKind::Int); }
Type* FuncBuilder::UPtr() { return BasicType(BasicKind::UnsafePointer); }
Type* FuncBuilder::Bool() { return BasicType(BasicKind::Bool); }
Type* FuncBuilder::StringT() { return BasicType(BasicKind::String); }
Type* FuncBuilder::Uintptr() { return BasicType(BasicKind::Uintptr); }

Block* FuncBuilder::NewBlock() { return f_->NewBlock(ssa::BlockKind::kPlain); }

bool FuncBuilder::IsDead(Block* b) {
  return b != f_->entry && b->preds.empty() && bs_[b].sealed;
}

// A block nothing reaches ends without edges, so that it adds no phi
// arguments to live blocks; deadcode removes it.
void FuncBuilder::EndDead() {
  b_->kind = ssa::BlockKind::kRet;
  b_->SetControl(init_mem_);
}

void FuncBuilder::Goto(Block* to) {
  if (IsDead(b_)) return EndDead();
  b_->kind = ssa::BlockKind::kPlain;
  b_->AddEdgeTo(to);
}

void FuncBuilder::If(Value* cond, Block* yes, Block* no) {
  if (IsDead(b_)) return EndDead();
  b_->kind = ssa::BlockKind::kIf;
  b_->SetControl(cond);
  b_->AddEdgeTo(yes);
  b_->AddEdgeTo(no);
}

void FuncBuilder::ExitWith(Value* mem) {
  b_->kind = ssa::BlockKind::kExit;
  b_->SetControl(mem);
  StartDead();
}

// Code after a return/branch/panic goes to a block without predecessors;
// deadcode removes it.
void FuncBuilder::StartDead() {
  b_ = NewBlock();
  Seal(b_);
}

void FuncBuilder::SetPos(compile::Pos p) {
  if (p.line > 0) f_->cur_pos = ssa::Pos{p.line, p.col};
}

void FuncBuilder::WriteVar(const void* key, Value* v) {
  bs_[b_].defs[key] = v;
}

Value* FuncBuilder::ReadVar(const void* key) { return ReadVarIn(key, b_); }

Value* FuncBuilder::ReadVarIn(const void* key, Block* b) {
  BlockState& st = bs_[b];
  auto it = st.defs.find(key);
  if (it != st.defs.end()) return it->second;
  const ssa::Type* t = var_types_.at(key);
  Value* v;
  if (!st.sealed) {
    v = f_->NewValue(b, ssa::Op::kPhi, t);
    st.incomplete.push_back({key, v});
  } else if (b->preds.size() == 1) {
    v = ReadVarIn(key, b->Pred(0));
  } else if (b->preds.empty()) {
    // Unreachable (or a variable read before any definition): a zero.
    if (t->IsMem()) {
      v = init_mem_;
    } else if (t->IsFloat()) {
      v = f_->ConstFloat(t, 0);
    } else if (t->IsPtr()) {
      v = f_->entry->NewValue(ssa::Op::kConstNil, t);
    } else {
      v = f_->ConstInt(t, 0);
    }
  } else {
    v = f_->NewValue(b, ssa::Op::kPhi, t);
    bs_[b].defs[key] = v;
    AddPhiOperands(key, v);
  }
  bs_[b].defs[key] = v;
  return v;
}

void FuncBuilder::AddPhiOperands(const void* key, Value* phi) {
  Block* b = phi->block;
  for (size_t i = 0; i < b->preds.size(); i++) {
    phi->AddArg(ReadVarIn(key, b->Pred(static_cast<int>(i))));
  }
}

void FuncBuilder::Seal(Block* b) {
  BlockState& st = bs_[b];
  if (st.sealed) return;
  st.sealed = true;
  auto inc = std::move(st.incomplete);
  for (auto& [key, phi] : inc) AddPhiOperands(key, phi);
}

void FuncBuilder::SealAll() {
  for (bool again = true; again;) {
    again = false;
    std::vector<Block*> blocks = f_->blocks;
    for (Block* b : blocks) {
      if (!bs_[b].sealed) {
        Seal(b);
        again = true;
      }
    }
  }
  // Blocks left open (the dead block after the final return).
  for (Block* b : f_->blocks) {
    if (b->kind == ssa::BlockKind::kPlain && b->succs.empty()) {
      b->kind = ssa::BlockKind::kRet;
      b->SetControl(IsDead(b) ? init_mem_ : ReadVarIn(&mem_key_, b));
    }
  }
}

std::string FuncBuilder::NewSlot(const std::string& name, Type* t) {
  std::string base = name.empty() || name == "_" ? "autotmp" : name;
  int n = slot_names_[base]++;
  std::string s = n == 0 ? base : absl::StrCat(base, "_", n);
  f_->locals.push_back(ssa::LocalSlot{s, Size(t), static_cast<int>(std::max<int64_t>(Align(t), 1))});
  return s;
}

Value* FuncBuilder::Temp(Type* t) {
  std::string s = NewSlot(absl::StrCat("autotmp_", temps_++), t);
  return b_->NewValue(ssa::Op::kLocalAddr, &ssa::types::kPtr, {Mem()}, 0, s);
}

Value* FuncBuilder::OffPtr(Value* p, int64_t off) {
  if (off == 0) return p;
  return b_->NewValue(ssa::Op::kOffPtr, &ssa::types::kPtr, {p}, off);
}

Value* FuncBuilder::NilCheck(Value* p) {
  b_->NewValue(ssa::Op::kNilCheck, &ssa::types::kVoid, {p, Mem()});
  return p;
}

Value* FuncBuilder::Load(Type* t, Value* addr) {
  if (!IsSSAType(t)) return addr;
  return b_->NewValue(ssa::Op::kLoad, SSAType(t), {addr, Mem()});
}

void FuncBuilder::Store(Type* t, Value* addr, Value* v) {
  if (IsSSAType(t)) {
    SetMem(b_->NewValue(ssa::Op::kStore, &ssa::types::kMem, {addr, v, Mem()}));
    return;
  }
  int64_t size = Size(t);
  if (size == 0 || addr == v) return;
  SetMem(b_->NewValue(ssa::Op::kMove, &ssa::types::kMem, {addr, v, Mem()}, size));
}

void FuncBuilder::ZeroMem(Type* t, Value* addr) {
  int64_t size = Size(t);
  if (size == 0) return;
  if (IsSSAType(t)) {
    Value* z;
    const ssa::Type* st = SSAType(t);
    if (st->IsFloat()) z = f_->ConstFloat(st, 0);
    else if (st->IsPtr()) z = f_->entry->NewValue(ssa::Op::kConstNil, st);
    else z = f_->ConstInt(st, 0);
    Store(t, addr, z);
    return;
  }
  SetMem(b_->NewValue(ssa::Op::kZero, &ssa::types::kMem, {addr, Mem()}, size));
}

Value* FuncBuilder::CopyToTemp(Type* t, Value* addr) {
  Value* tmp = Temp(t);
  Store(t, tmp, addr);
  return tmp;
}

Value* FuncBuilder::MakeString(Value* ptr, Value* len) {
  Value* s = Temp(StringT());
  Store(UPtr(), s, ptr);
  Store(Int(), OffPtr(s, 8), len);
  return s;
}

Value* FuncBuilder::MakeSlice3(Value* ptr, Value* len, Value* cap) {
  Value* s = Temp(SliceOf(BasicType(BasicKind::Uint8)));
  Store(UPtr(), s, ptr);
  Store(Int(), OffPtr(s, 8), len);
  Store(Int(), OffPtr(s, 16), cap);
  return s;
}

}  // namespace gocc::ssagen
