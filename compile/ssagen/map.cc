// Maps (builder.h): a map value is a *hmap (an SSA pointer; nil for the
// zero map) and every operation is a call of gc's runtime entry point
// (runtime/map.go), with the map's type descriptor (gc's maptype) first:
//
//	make(map[K]V)            makemap_small() / makemap(t, hint, nil) / makemap64
//	v := m[k]                p := mapaccess1(t, m, &k); v = *p   (_fat: elem > 1024 bytes)
//	                         (_fast64, _faststr: the key by value, as gc's mapfast)
//	v, ok := m[k]            p, ok := mapaccess2(t, m, &k)
//	m[k] = v                 p := mapassign(t, m, &k); *p = v
//	m[k] op= v               mapaccess1, then mapassign (k evaluated once)
//	delete(m, k)             mapdelete(t, m, &k)
//	len(m)                   m == nil ? 0 : m.count
//	for k, v := range m      hiter (gc's 96-byte layout) on the stack, zeroed;
//	                         mapiterinit(t, m, &it); while it.key != nil {
//	                         k, v = *it.key, *it.elem; body; mapiternext(&it) }
//	map[K]V{k: v, ...}       make, then one mapassign per entry
//	for k := range m {       mapclear(t, m), as gc
//	  delete(m, k) }
//
// Keys are passed by address: a copy in a stack temporary (scalars, and
// keys of assignments, which the spec evaluates before the right-hand
// side) or the key's own memory. The element pointer a lookup returns is
// read right away (memory values are copied), before anything can change
// the map.
#include "absl/strings/str_cat.h"
#include "compile/ssa/op.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::ExprKind;
using compile::Mode;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

namespace {

// Elements up to this size read as the runtime's zeroVal when missing
// (runtime/map.go maxZero); larger ones use the _fat entry points.
constexpr int64_t kMaxZero = 1024;
// gc's hiter is 12 words.
constexpr int64_t kHiterWords = 12;
// makemap_small serves hints up to one bucket.
constexpr int64_t kBucketCnt = 8;

Expr* Unparen(Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  return e;
}

// Values of t hash and compare as their bytes: no padding, no blank
// fields, no float, string or interface parts; pointers (chans,
// unsafe.Pointer) only when ptrs is set.
bool PlainMemory(Type* t, bool ptrs) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Basic:
      if (u->basic == compile::BasicKind::UnsafePointer) return ptrs;
      return !IsFloatType(u) && !IsStringType(u) && u->basic != compile::BasicKind::Complex64 &&
             u->basic != compile::BasicKind::Complex128;
    case TypeKind::Pointer: case TypeKind::Chan:
      return ptrs;
    case TypeKind::Array:
      return u->len == 0 || PlainMemory(u->elem, ptrs);
    case TypeKind::Struct: {
      int64_t end = 0;
      for (size_t i = 0; i < u->fields.size(); i++) {
        compile::Object* f = u->fields[i];
        if (f->name == "_" || !PlainMemory(f->type, ptrs) ||
            compile::Offsetof(u, static_cast<int>(i)) != end)
          return false;
        end += Size(f->type);
      }
      return end == Size(u);
    }
    default:
      return false;
  }
}

// gc's mapfast: the suffix of the runtime entry points for map type t
// ("_fast64" for 8-byte plain-memory keys without pointers, "_faststr" for
// strings, "" for the generic ones), elements up to 128 bytes.
std::string FastSuffix(Type* t) {
  Type* u = compile::Under(Concrete(t));
  if (Size(u->elem) > 128) return "";
  if (IsStringType(u->key)) return "_faststr";
  if (Size(u->key) == 8 && PlainMemory(u->key, false)) return "_fast64";
  return "";
}

}  // namespace

// gc's genhash: the hasher func value of a map type with keys of type
// key, matching the runtime's typehash (runtime/alg.go): strhash,
// f32hash..c128hash, interhash/nilinterhash, memhash0..memhash128 for
// plain memory of those sizes; for plain memory of other sizes
// type..hashfuncN = {memhash_varlen, N}; for the other keys (structs and
// arrays with strings, floats, interfaces, padding)
// type..hashfunc.T = {typehash_closure, type.T}. The extra word is the
// func value's context, which the hasher reads through DX.
std::string PackageState::MapHasherSym(Type* key) {
  Type* u = compile::Under(Concrete(key));
  if (u->kind == TypeKind::Basic) {
    switch (u->basic) {
      case compile::BasicKind::String: return FuncValueSym("runtime.strhash");
      case compile::BasicKind::Float32: return FuncValueSym("runtime.f32hash");
      case compile::BasicKind::Float64: return FuncValueSym("runtime.f64hash");
      case compile::BasicKind::Complex64: return FuncValueSym("runtime.c64hash");
      case compile::BasicKind::Complex128: return FuncValueSym("runtime.c128hash");
      default: break;
    }
  }
  if (u->kind == TypeKind::Interface)
    return FuncValueSym(u->all_methods.empty() ? "runtime.nilinterhash" : "runtime.interhash");
  std::string name, fn, ctx;
  int64_t size = Size(key);
  if (PlainMemory(key, true)) {
    switch (size) {
      case 0: return FuncValueSym("runtime.memhash0");
      case 1: return FuncValueSym("runtime.memhash8");
      case 2: return FuncValueSym("runtime.memhash16");
      case 4: return FuncValueSym("runtime.memhash32");
      case 8: return FuncValueSym("runtime.memhash64");
      case 16: return FuncValueSym("runtime.memhash128");
      default: break;
    }
    name = absl::StrCat("type..hashfunc", size);
    fn = "runtime.memhash_varlen";
    ctx = absl::StrCat("$", size);
  } else {
    name = "type..hashfunc." + TypeMangle(key);
    fn = "runtime.typehash_closure";
    ctx = "$" + TypeAsmSymbol(TypeSym(key)) + "(SB)";
  }
  if (!data_syms_.count(name)) {
    std::string sym = TypeAsmSymbol(name);
    data_syms_[name] = absl::StrCat("DATA ", sym, "+0(SB)/8, $", TypeAsmSymbol(fn), "(SB)\n",
                                    "DATA ", sym, "+8(SB)/8, ", ctx, "\n", "GLOBL ", sym,
                                    "(SB), DUPOK|RODATA, $16\n");
  }
  return name;
}

bool IsMapType(Type* t) {
  Type* u = compile::Under(Concrete(t));
  return u && u->kind == TypeKind::Map;
}

bool FuncBuilder::IsMapIndex(Expr* e) {
  e = Unparen(e);
  return e->kind == ExprKind::Index && IsMapType(e->x->type);
}

Value* FuncBuilder::MapTypeAddr(Type* mt) {
  return b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->TypeSym(Concrete(mt)));
}

// The address of key expression k converted to the key type kt; a fresh
// copy when copy is set or the key is a scalar.
Value* FuncBuilder::MapKeyAddr(Expr* k, Type* kt, bool copy) {
  Value* v = ExprAs(k, kt);  // converts to an interface key type
  if (IsSSAType(kt) || copy) return CopyToTemp(kt, v);
  return v;
}

FuncBuilder::MapRef FuncBuilder::MapRefOf(Expr* e) {
  e = Unparen(e);
  MapRef r;
  r.t = Concrete(e->x->type);
  r.m = ExprV(e->x);
  r.key = MapKeyAddr(e->y, compile::Under(r.t)->key, true);
  return r;
}

// Reads m[key]: the element's value (scalar) or the address of a copy;
// *ok (when asked) the comma-ok result.
Value* FuncBuilder::MapRead(const MapRef& r, Value** ok) {
  Type* et = compile::Under(r.t)->elem;
  std::vector<Slot> args = {{MapTypeAddr(r.t), UPtr()}, {r.m, UPtr()}, KeySlot(r)};
  std::string fn = std::string(ok ? "runtime.mapaccess2" : "runtime.mapaccess1") + FastSuffix(r.t);
  if (Size(et) > kMaxZero) {
    Value* zero = Temp(et);
    ZeroMem(et, zero);
    args.push_back({zero, UPtr()});
    fn += "_fat";
  }
  std::vector<Type*> results = {UPtr()};
  if (ok) results.push_back(Bool());
  std::vector<Value*> out = CallABI0(fn, args, results);
  if (ok) *ok = out[1];
  Value* p = out[0];
  if (IsSSAType(et)) return Load(et, p);
  return CopyToTemp(et, p);
}

void FuncBuilder::MapWrite(const MapRef& r, Value* v) {
  Type* et = compile::Under(r.t)->elem;
  Value* p = CallABI0("runtime.mapassign" + FastSuffix(r.t),
                      {{MapTypeAddr(r.t), UPtr()}, {r.m, UPtr()}, KeySlot(r)}, {UPtr()})[0];
  Store(et, p, v);
}

// The key argument: by value for the fast entry points, else its address.
Slot FuncBuilder::KeySlot(const MapRef& r) {
  if (FastSuffix(r.t).empty()) return {r.key, UPtr()};
  Type* kt = compile::Under(r.t)->key;
  return {Load(kt, r.key), kt};
}

Value* FuncBuilder::MapIndexValue(Expr* e) {
  e = Unparen(e);
  MapRef r;
  r.t = Concrete(e->x->type);
  r.m = ExprV(e->x);
  r.key = MapKeyAddr(e->y, compile::Under(r.t)->key, false);
  return MapRead(r, nullptr);
}

std::vector<Value*> FuncBuilder::MapCommaOk(Expr* e) {
  e = Unparen(e);
  MapRef r;
  r.t = Concrete(e->x->type);
  r.m = ExprV(e->x);
  r.key = MapKeyAddr(e->y, compile::Under(r.t)->key, false);
  Value* ok = nullptr;
  Value* v = MapRead(r, &ok);
  return {v, ok};
}

Value* FuncBuilder::MakeMap(Expr* e) {
  Type* t = Concrete(e->list[0]->type);
  if (e->list.size() < 2 ||
      (e->list[1]->mode == Mode::Constant && e->list[1]->val.ToInt().Int64Val() <= kBucketCnt)) {
    if (e->list.size() >= 2) ExprV(e->list[1]);
    return CallABI0("runtime.makemap_small", {}, {UPtr()})[0];
  }
  Expr* a = e->list[1];
  Value* hint;
  Type* at = Concrete(a->type);
  bool wide = false;
  if (a->mode == Mode::Constant) {
    hint = f_->ConstInt(&st::kInt64, a->val.ToInt().Int64Val());
  } else {
    hint = ExtendTo64(ExprV(a), at);
    if (hint->type != &st::kInt64) hint = b_->NewValue(Op::kCopy, &st::kInt64, {hint});
    // uint, uint64, uintptr hints may not fit an int: makemap64 treats
    // those as 0, as gc does.
    wide = Size(at) == 8 && IsUnsignedInt(at);
  }
  Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  std::string fn = wide ? "runtime.makemap64" : "runtime.makemap";
  return CallABI0(fn, {{MapTypeAddr(t), UPtr()}, {hint, BasicType(compile::BasicKind::Int64)},
                       {nil, UPtr()}},
                  {UPtr()})[0];
}

Value* FuncBuilder::MapLit(Expr* e) {
  Type* t = Concrete(e->type);
  Type* u = compile::Under(t);
  int64_t n = static_cast<int64_t>(e->list.size());
  Value* m;
  if (n <= kBucketCnt) {
    m = CallABI0("runtime.makemap_small", {}, {UPtr()})[0];
  } else {
    Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
    m = CallABI0("runtime.makemap",
                 {{MapTypeAddr(t), UPtr()}, {f_->ConstInt(&st::kInt64, n), Int()}, {nil, UPtr()}},
                 {UPtr()})[0];
  }
  // m lives across the calls below in a hidden variable.
  const void* km = NewKey(&st::kPtr);
  WriteVar(km, m);
  for (Expr* el : e->list) {
    if (el->kind != ExprKind::KeyValue) continue;
    MapRef r;
    r.t = t;
    r.key = MapKeyAddr(el->x, u->key, true);
    Value* v = ExprAs(el->y, u->elem);
    if (!IsSSAType(u->elem)) v = CopyToTemp(u->elem, v);
    r.m = ReadVar(km);
    MapWrite(r, v);
  }
  return ReadVar(km);
}

void FuncBuilder::MapDelete(Expr* e) {
  Expr* mx = e->list[0];
  MapRef r;
  r.t = Concrete(mx->type);
  r.m = ExprV(mx);
  r.key = MapKeyAddr(e->list[1], compile::Under(r.t)->key, false);
  CallABI0("runtime.mapdelete" + FastSuffix(r.t),
           {{MapTypeAddr(r.t), UPtr()}, {r.m, UPtr()}, KeySlot(r)}, {});
}

Value* FuncBuilder::MapLen(Value* m) {
  const void* key = NewKey(&st::kInt64);
  WriteVar(key, f_->ConstInt(&st::kInt64, 0));
  Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  Block* nonnil = NewBlock();
  Block* join = NewBlock();
  If(b_->NewValue(Op::kNeq64, &st::kBool, {m, nil}), nonnil, join);
  Seal(nonnil);
  b_ = nonnil;
  WriteVar(key, Load(Int(), m));  // hmap.count
  Goto(join);
  Seal(join);
  b_ = join;
  return ReadVar(key);
}

namespace {

// k == k for every value of t (no floats, complex numbers or interfaces
// inside).
bool IsReflexive(Type* t) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Basic:
      return !IsFloatType(u) && u->basic != compile::BasicKind::Complex64 &&
             u->basic != compile::BasicKind::Complex128;
    case TypeKind::Interface:
      return false;
    case TypeKind::Array:
      return IsReflexive(u->elem);
    case TypeKind::Struct:
      for (compile::Object* f : u->fields)
        if (!IsReflexive(f->type)) return false;
      return true;
    default:
      return true;
  }
}

// gc's mapclear idiom: `for k := range m { delete(m, k) }` with k
// declared by the loop, m a variable and keys that can all be deleted
// (reflexive ==).
bool IsMapClear(Stmt* s) {
  if (!IsReflexive(compile::Under(Concrete(s->x->type))->key)) return false;
  if (!s->define || s->lhs.size() != 1 || !s->then || s->then->list.size() != 1) return false;
  Expr* k = Unparen(s->lhs[0]);
  Expr* m = Unparen(s->x);
  Stmt* body = s->then->list[0];
  if (k->kind != ExprKind::Name || !k->obj || k->name == "_" || m->kind != ExprKind::Name ||
      !m->obj || m->obj->kind != compile::ObjKind::Var || body->kind != compile::StmtKind::ExprS)
    return false;
  Expr* call = Unparen(body->x);
  if (call->kind != ExprKind::Call || call->list.size() != 2) return false;
  Expr* fn = Unparen(call->x);
  if (fn->mode != Mode::Builtin || !fn->obj || fn->obj->builtin != compile::kDelete) return false;
  Expr* dm = Unparen(call->list[0]);
  Expr* dk = Unparen(call->list[1]);
  return dm->kind == ExprKind::Name && dm->obj == m->obj && dk->kind == ExprKind::Name &&
         dk->obj == k->obj;
}

}  // namespace

void FuncBuilder::MapRange(Stmt* s, const std::string& label) {
  Type* t = Concrete(s->x->type);
  Type* u = compile::Under(t);
  if (IsMapClear(s)) {
    Value* m = ExprV(s->x);
    CallABI0("runtime.mapclear", {{MapTypeAddr(t), UPtr()}, {m, UPtr()}}, {});
    return;
  }
  Expr* kx = s->lhs.size() > 0 ? s->lhs[0] : nullptr;
  Expr* vx = s->lhs.size() > 1 ? s->lhs[1] : nullptr;
  auto blank = [](Expr* x) { return x && x->kind == ExprKind::Name && x->name == "_"; };
  if (blank(kx)) kx = nullptr;
  if (blank(vx)) vx = nullptr;
  Value* m = ExprV(s->x);
  Type* hiter_t = ArrayOf(Uintptr(), kHiterWords);
  Value* it = Temp(hiter_t);
  ZeroMem(hiter_t, it);
  CallABI0("runtime.mapiterinit", {{MapTypeAddr(t), UPtr()}, {m, UPtr()}, {it, UPtr()}}, {});
  if (s->define) {
    auto is_new = [](Expr* x) {
      return x && x->kind == ExprKind::Name && x->obj && x->obj->kind == compile::ObjKind::Var;
    };
    if (is_new(kx) && !LookupVar(kx->obj)) DeclareLocal(kx->obj, true);
    if (is_new(vx) && !LookupVar(vx->obj)) DeclareLocal(vx->obj, true);
  }
  Block* cond = NewBlock();
  Block* body = NewBlock();
  Block* post = NewBlock();
  Block* exit = NewBlock();
  Goto(cond);
  b_ = cond;
  Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  Value* kp = Load(UPtr(), it);  // it.key
  If(b_->NewValue(Op::kNeq64, &st::kBool, {kp, nil}), body, exit);
  Seal(body);
  b_ = body;
  if (kx) {
    Value* kv = Load(u->key, Load(UPtr(), it));
    if (vx && !IsSSAType(u->key)) kv = CopyToTemp(u->key, kv);
    AssignTo(kx, kv, u->key);
  }
  if (vx) {
    Value* ep = Load(UPtr(), OffPtr(it, 8));  // it.elem
    AssignTo(vx, Load(u->elem, ep), u->elem);
  }
  targets_.push_back({label, exit, post});
  StmtNode(s->then);
  targets_.pop_back();
  Goto(post);
  Seal(post);
  b_ = post;
  CallABI0("runtime.mapiternext", {{it, UPtr()}}, {});
  Goto(cond);
  Seal(cond);
  Seal(exit);
  b_ = exit;
}

}  // namespace gocc::ssagen
