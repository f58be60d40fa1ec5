// Func values and closures (builder.h), as gc lays them out. A func value
// is a pointer to a closure object whose first word is the code pointer
// (runtime.funcval); a call loads that word and calls it with the object in
// DX (ssa ClosureCall), and the callee reads its context with GetClosurePtr.
//
//  - A declared function f as a value is the static object `f.f`
//    (DUPOK|RODATA, one word: $f(SB)).
//  - A function literal is compiled as its own function, named as gc names
//    it (main.main.func1, main.main.func1.1, main.glob..func1): literals are
//    numbered in source order within the enclosing function, defer wrappers
//    after them. Its closure object is {code, v1, &v2, ...}: as gc, a
//    variable that is never reassigned (nor its address taken), not a
//    result and at most 128 bytes is captured by value (a copy made when
//    the closure is created); any other lives on the heap (the escape rule,
//    func.cc) and is shared by reference with the enclosing function and
//    the other closures. A literal that captures nothing is the static
//    object `name.f`.
//  - A method value x.m is {T.m.fm, copy of the receiver}, evaluated (and
//    nil-checked) where the expression is; the wrapper `T.m.fm` (gc's
//    `T.m-fm`, spelled with '.' since plan9 assembly has no '-') calls m
//    with the saved receiver. It is a WRAPPER: recover() works through it
//    and tracebacks hide it.
//  - A method expression T.m or (*T).m of a method with that receiver is m
//    itself (receiver first, as ABI0 passes it).
#include "absl/strings/str_cat.h"
#include "compile/ssa/emit.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::ExprKind;
using compile::Mode;
using compile::ObjKind;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

namespace {

// Calls fn on every expression under s (or e) in source order; fn returns
// false to skip an expression's operands.
template <typename F>
void WalkExpr(Expr* e, const F& fn);

template <typename F>
void WalkStmt(Stmt* s, const F& fn) {
  if (!s) return;
  WalkStmt(s->init, fn);
  WalkExpr(s->x, fn);
  for (Expr* e : s->lhs) WalkExpr(e, fn);
  for (Expr* e : s->rhs) WalkExpr(e, fn);
  WalkExpr(s->y, fn);
  WalkStmt(s->post, fn);
  WalkStmt(s->then, fn);
  WalkStmt(s->els, fn);
  for (Stmt* c : s->list) WalkStmt(c, fn);
  for (compile::CaseClause* c : s->clauses) {
    for (Expr* e : c->list) WalkExpr(e, fn);
    WalkStmt(c->comm, fn);
    for (Stmt* b : c->body) WalkStmt(b, fn);
  }
  for (compile::Decl* d : s->decls)
    for (Expr* e : d->values) WalkExpr(e, fn);
}

template <typename F>
void WalkExpr(Expr* e, const F& fn) {
  if (!e || !fn(e)) return;
  WalkExpr(e->x, fn);
  WalkExpr(e->y, fn);
  WalkExpr(e->z, fn);
  WalkExpr(e->w, fn);
  for (Expr* a : e->list) WalkExpr(a, fn);
  if (e->kind == ExprKind::FuncLit) WalkStmt(e->body, fn);
}

Expr* Unparen(Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  return e;
}

// The variable an assignment to e changes: x for x, x.f, x[i] of an array
// x, (x); none through pointers and slices.
Object* AssignedRoot(Expr* e) {
  while (e) {
    switch (e->kind) {
      case ExprKind::Paren:
        e = e->x;
        continue;
      case ExprKind::Name:
        return e->obj;
      case ExprKind::Selector:
        if (e->x->mode == Mode::PkgName || IsPtrType(e->x->type)) return nullptr;
        e = e->x;
        continue;
      case ExprKind::Index:
        if (!IsArrayType(e->x->type)) return nullptr;
        e = e->x;
        continue;
      default:
        return nullptr;
    }
  }
  return nullptr;
}

// Variables assigned in s (literals' bodies included) other than by their
// defining `:=` or declaration; range variables count, as each iteration
// assigns them.
void Reassigned(Stmt* s, std::set<Object*>* out) {
  if (!s) return;
  if (s->kind == compile::StmtKind::Assign) {
    bool define = s->op == compile::Op::Def;
    for (Expr* l : s->lhs) {
      Object* o = AssignedRoot(l);
      if (!o) continue;
      if (define && !s->inc && Unparen(l)->kind == ExprKind::Name && o->decl_expr == Unparen(l))
        continue;
      out->insert(o);
    }
  } else if (s->kind == compile::StmtKind::Range) {
    for (Expr* l : s->lhs)
      if (Object* o = AssignedRoot(l)) out->insert(o);
  }
  auto lits = [&](Expr* e) {
    WalkExpr(e, [&](Expr* x) {
      if (x->kind != ExprKind::FuncLit) return true;
      Reassigned(x->body, out);
      return false;
    });
  };
  lits(s->x);
  lits(s->y);
  for (Expr* e : s->lhs) lits(e);
  for (Expr* e : s->rhs) lits(e);
  for (compile::Decl* d : s->decls)
    for (Expr* e : d->values) lits(e);
  Reassigned(s->init, out);
  Reassigned(s->post, out);
  Reassigned(s->then, out);
  Reassigned(s->els, out);
  for (Stmt* c : s->list) Reassigned(c, out);
  for (compile::CaseClause* c : s->clauses) {
    for (Expr* e : c->list) lits(e);
    Reassigned(c->comm, out);
    for (Stmt* b : c->body) Reassigned(b, out);
  }
}

}  // namespace

std::vector<Object*> CapturedVars(Expr* lit) {
  std::vector<Object*> out;
  std::set<Object*> seen;
  compile::Pos from = lit->pos;
  compile::Pos to = lit->body ? lit->body->rbrace : lit->pos;
  WalkStmt(lit->body, [&](Expr* e) {
    if (e->kind != ExprKind::Name || !e->obj) return true;
    Object* o = e->obj;
    if (o->kind != ObjKind::Var || o->is_field || !o->parent || o->parent->is_pkg) return true;
    bool inside = !o->pos.Before(from) && !to.Before(o->pos);
    if (!inside && seen.insert(o).second) out.push_back(o);
    return true;
  });
  return out;
}

std::string PackageState::FuncValueSym(const std::string& fn) {
  std::string name = fn + ".f";
  if (!funcvals_.count(name)) {
    std::string sym = ssa::AsmSymbol(name);
    funcvals_[name] = absl::StrCat("DATA ", sym, "+0(SB)/8, $", ssa::AsmSymbol(fn), "(SB)\nGLOBL ",
                                   sym, "(SB), DUPOK|RODATA, $8\n");
  }
  return name;
}

std::string PackageState::MethodValueWrapper(Object* m) {
  std::string name = SymName(m) + ".fm";
  if (fm_wrappers_.insert(name).second) {
    PendingClosure c;
    c.name = name;
    c.method = m;
    AddClosure(std::move(c));
  }
  return name;
}

namespace {

// The linker-name prefix of the functions generated for interface type t's
// methods (gc's `main.I.m`, `main.I.m-fm`): the type's name, or for an
// unnamed (or predeclared) interface this package's path and its mangled
// name. *pkg gets the package the name starts with.
std::string IfaceFuncBase(Type* t, const std::string& here, std::string* pkg) {
  t = Concrete(t);
  if (t->kind == TypeKind::Named && t->obj && t->obj->pkg) {
    *pkg = t->obj->pkg->path;
    return TypeMangle(t);
  }
  *pkg = here;
  return here + "." + TypeMangle(t);
}

}  // namespace

std::string PackageState::IfaceMethodValueWrapper(Type* iface, Object* m) {
  PendingClosure c;
  c.name = IfaceFuncBase(iface, pkg_->path, &c.pkg) + "." + m->name + ".fm";
  if (!fm_wrappers_.insert(c.name).second) return c.name;
  std::string name = c.name;
  c.method = m;
  c.iface = iface;
  AddClosure(std::move(c));
  return name;
}

std::string PackageState::MethodExprSym(Expr* sel) {
  Object* m = sel->obj;
  Type* xt = Concrete(sel->x->type);
  if (!m || !m->type || !xt) {
    Error(sel->pos, "internal error: method expression without method");
    return "";
  }
  if (!m->type->recv && IsInterfaceType(xt)) {
    // I.m: a function calling m through the itab of its first argument.
    PendingWrapper w{"", m, xt, ""};
    w.sym = IfaceFuncBase(xt, pkg_->path, &w.pkg) + "." + m->name;
    if (wrappers_.insert(w.sym).second) pending_wrappers_.push_back(w);
    return w.sym;
  }
  if (m->type->recv && sel->path.empty()) {
    // m itself when the receiver types agree; (*T).m of a value method is
    // the (*T).m wrapper.
    if (IsPtrType(xt) == IsPtrType(m->type->recv->type)) return SymName(m);
    return MethodSym(m, xt);
  }
  // A promoted method: N's wrapper (or its (*N).m wrapper).
  Type* n = xt->kind == TypeKind::Pointer ? Concrete(xt->elem) : xt;
  if (n->kind == TypeKind::Named || n->kind == TypeKind::Struct) {
    for (Object* o : MethodSet(PointerTo(n)))
      if (o->name == m->name) return MethodSym(o, xt);
  }
  Error(sel->pos, "not implemented: method expression " + compile::ExprString(sel) +
                      " of a promoted method of an unnamed type");
  return "";
}

void FuncBuilder::NumberFuncLitsExpr(Expr* e) {
  WalkExpr(e, [&](Expr* x) {
    if (x->kind != ExprKind::FuncLit) return true;
    lit_numbers_[x] = ++closure_count_;
    return false;  // nested literals are numbered by their own function
  });
}

void FuncBuilder::NumberFuncLits(Stmt* s) {
  WalkStmt(s, [&](Expr* x) {
    if (x->kind != ExprKind::FuncLit) return true;
    lit_numbers_[x] = ++closure_count_;
    return false;
  });
}

std::string FuncBuilder::ClosureName(Expr* lit) {
  int n;
  auto it = lit ? lit_numbers_.find(lit) : lit_numbers_.end();
  n = it != lit_numbers_.end() ? it->second : ++closure_count_;
  return absl::StrCat(closure_prefix_, n);
}

Value* FuncBuilder::StaticFuncValue(const std::string& fn) {
  return b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->FuncValueSym(fn));
}

Value* FuncBuilder::CapturedAddr(Object* o) {
  Var* v = LookupVar(o);
  if (!v) v = DeclareLocal(o, true);
  if (v->kind != VarKind::kHeap) {
    ps_->Error(o->pos, "internal error: captured variable " + o->name + " is not on the heap");
    return f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  }
  return ReadVar(o);
}

void FuncBuilder::DecideCaptures(Type* sig, Stmt* body) {
  if (captured_.empty()) return;
  std::set<Object*> reassigned;
  Reassigned(body, &reassigned);
  std::set<Object*> results;
  if (sig && sig->results) results.insert(sig->results->fields.begin(), sig->results->fields.end());
  for (Object* o : captured_) {
    if (addr_taken_.count(o) || reassigned.count(o) || results.count(o) || Size(o->type) > 128) {
      addr_taken_.insert(o);
    } else {
      byval_.insert(o);
    }
  }
}

int64_t FuncBuilder::ClosureLayout(const std::vector<Object*>& cap, const std::vector<bool>& byval,
                                   std::vector<int64_t>* offs) {
  int64_t off = 8;
  for (size_t i = 0; i < cap.size(); i++) {
    int64_t size = byval[i] ? Size(cap[i]->type) : 8;
    int64_t align = byval[i] ? std::max<int64_t>(Align(cap[i]->type), 1) : 8;
    off = (off + align - 1) / align * align;
    offs->push_back(off);
    off += size;
  }
  return off;
}

Value* FuncBuilder::FuncLitValue(Expr* e) {
  std::string name = ClosureName(e);
  std::vector<Object*> cap = CapturedVars(e);
  std::vector<bool> byval;
  for (Object* o : cap) byval.push_back(byval_.count(o) > 0);
  PackageState::PendingClosure c;
  c.name = name;
  c.lit = e;
  c.captured = cap;
  c.byval = byval;
  ps_->AddClosure(std::move(c));
  if (cap.empty()) return StaticFuncValue(name);
  std::vector<int64_t> offs;
  int64_t size = ClosureLayout(cap, byval, &offs);
  Type* obj_t = ArrayOf(UPtr(), (size + 7) / 8);
  // A literal deferred outside loops lives in the frame (defer.cc).
  Value* obj = lit_on_stack_ ? Temp(obj_t) : NewObject(obj_t);
  lit_on_stack_ = false;
  Store(UPtr(), obj, b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, name));
  for (size_t i = 0; i < cap.size(); i++) {
    Object* o = cap[i];
    if (!byval[i]) {
      Store(UPtr(), OffPtr(obj, offs[i]), CapturedAddr(o));
      continue;
    }
    // A copy of the variable's current (and only) value.
    Var* v = LookupVar(o);
    if (!v) v = DeclareLocal(o, true);
    Value* val;
    switch (v->kind) {
      case VarKind::kSSA:
        val = ReadVar(o);
        break;
      case VarKind::kStack:
        val = b_->NewValue(Op::kLocalAddr, &st::kPtr, {Mem()}, 0, v->slot);
        break;
      case VarKind::kParamMem:
        val = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, v->off, v->slot);
        break;
      default:  // kHeap: captured itself (by value or by reference)
        val = Load(o->type, ReadVar(o));
        break;
    }
    Store(o->type, OffPtr(obj, offs[i]), val);
  }
  return obj;
}

void FuncBuilder::BindCaptured(const std::vector<Object*>& captured,
                               const std::vector<bool>& byval) {
  Value* ctx = f_->entry->NewValue(Op::kGetClosurePtr, &st::kPtr);
  std::vector<int64_t> offs;
  ClosureLayout(captured, byval, &offs);
  for (size_t i = 0; i < captured.size(); i++) {
    Object* o = captured[i];
    auto v = std::make_unique<Var>();
    v->kind = VarKind::kHeap;  // the variable's place: in the closure, or where it points
    v->t = o->type;
    vars_[o] = std::move(v);
    var_types_[o] = &st::kPtr;
    Value* slot = OffPtr(ctx, offs[i]);
    WriteVar(o, byval[i] ? slot : Load(UPtr(), slot));
    // Nested literals capture it the same way.
    if (byval[i]) {
      byval_.insert(o);
    } else {
      byval_.erase(o);
    }
  }
}

Value* FuncBuilder::MethodValue(Expr* sel) {
  Object* m = sel->obj;
  Expr* x = sel->x;
  if (x->mode == Mode::PkgName || (x->kind == ExprKind::Name && x->obj &&
                                   x->obj->kind == ObjKind::PkgName)) {
    return StaticFuncValue(ps_->SymName(m));  // an imported function
  }
  if (x->mode == Mode::TypeExpr) {  // a method expression
    std::string sym = ps_->MethodExprSym(sel);
    if (sym.empty()) return f_->entry->NewValue(Op::kConstNil, &st::kPtr);
    return StaticFuncValue(sym);
  }
  Type* recv = m->type && m->type->recv ? m->type->recv->type : nullptr;
  if (!recv) {
    // A method of an interface value, or of an interface embedded in x:
    // {I.m.fm, tab, data}, the tab nil-checked here as gc does.
    Value* iv;
    Type* it = x->type;
    if (sel->path.empty()) {
      iv = ExprV(x);
    } else {
      Value* base;
      if (IsPtrType(x->type)) base = ExprV(x);
      else if (x->mode == Mode::Variable) base = Addr(x);
      else base = ExprV(x);
      iv = FieldPath(base, x->type, sel->path, &it);
    }
    Value* tab = Load(UPtr(), iv);
    Value* data = Load(UPtr(), OffPtr(iv, 8));
    NilCheck(tab);
    Value* obj = NewObject(ArrayOf(UPtr(), 3));
    Store(UPtr(), obj, SymAddr(ps_->IfaceMethodValueWrapper(it, m)));
    Store(UPtr(), OffPtr(obj, 8), tab);
    Store(UPtr(), OffPtr(obj, 16), data);
    return obj;
  }
  Value* r = Receiver(sel, recv);
  int64_t words = (Size(recv) + 7) / 8;
  Value* obj = NewObject(ArrayOf(UPtr(), 1 + words));
  Store(UPtr(), obj, b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->MethodValueWrapper(m)));
  Store(recv, OffPtr(obj, 8), r);
  return obj;
}

std::vector<Value*> FuncBuilder::CallFuncValue(Expr* call, Expr* fn) {
  Type* sig = fn->type ? compile::Under(fn->type) : nullptr;
  if (!sig || sig->kind != TypeKind::Func) {  // e.g. a function of a -fakeimports package
    ps_->Error(call->pos, "not implemented: call of " + compile::ExprString(fn));
    return {};
  }
  std::vector<Type*> results;
  if (sig->results)
    for (Object* r : sig->results->fields) results.push_back(r->type);
  if (fn->kind == ExprKind::Selector && fn->x->mode == Mode::TypeExpr) {
    // A method expression T.m(x, args): its function, receiver first.
    std::string sym = ps_->MethodExprSym(fn);
    if (sym.empty()) return {};
    return CallABI0(sym, ArgSlots(call, sig, call->list, 0), results);
  }
  Value* clo = ExprV(fn);
  std::vector<Slot> args = ArgSlots(call, sig, call->list, 0);
  return CallABI0("", args, results, false, clo);
}

void FuncBuilder::BuildClosure(const PackageState::PendingClosure& c) {
  if (c.iface) return BuildIfaceMethodValueWrapper(c.iface, c.method);
  if (c.method) return BuildMethodValueWrapper(c.method);
  if (c.call) return BuildDeferWrapper(c);  // defer.cc
  closure_prefix_ = c.name + ".";
  NumberFuncLits(c.lit->body);
  BuildBody(c.lit->type, c.lit->body, c.lit->pos, c.captured, c.byval);
}

void FuncBuilder::BuildMethodValueWrapper(Object* m) {
  f_->wrapper = true;
  f_->dupok = true;
  Type* sig = m->type;
  Type* rt = sig->recv->type;
  std::vector<Type*> params, results;
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o->type);
  if (sig->results)
    for (Object* o : sig->results->fields) results.push_back(o->type);
  FrameLayout l = LayoutTypes(params, results);
  f_->argsize = l.size;
  Block* entry = NewBlock();
  Seal(entry);
  b_ = entry;
  var_types_[&mem_key_] = &st::kMem;
  init_mem_ = entry->NewValue(Op::kInitMem, &st::kMem);
  SetMem(init_mem_);
  Value* ctx = entry->NewValue(Op::kGetClosurePtr, &st::kPtr);
  std::vector<Slot> args{{Load(rt, OffPtr(ctx, 8)), rt}};
  for (size_t i = 0; i < params.size(); i++) args.push_back(ParamSlot(params[i], l.params[i], i));
  std::vector<Value*> out = CallABI0(ps_->SymName(m), args, results);
  for (size_t i = 0; i < results.size(); i++) {
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[i], absl::StrCat("r", i));
    Store(results[i], slot, out[i]);
  }
  b_->kind = ssa::BlockKind::kRet;
  b_->SetControl(Mem());
}

void FuncBuilder::BuildIfaceMethodValueWrapper(Type* iface, Object* m) {
  f_->wrapper = true;
  f_->dupok = true;
  Type* sig = m->type;
  std::vector<Type*> params, results;
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o->type);
  if (sig->results)
    for (Object* o : sig->results->fields) results.push_back(o->type);
  FrameLayout l = LayoutTypes(params, results);
  BeginSynthetic(l.size);
  Value* ctx = b_->NewValue(Op::kGetClosurePtr, &st::kPtr);
  Value* tab = Load(UPtr(), OffPtr(ctx, 8));
  std::vector<Slot> args{{Load(UPtr(), OffPtr(ctx, 16)), UPtr()}};
  for (size_t i = 0; i < params.size(); i++) args.push_back(ParamSlot(params[i], l.params[i], i));
  std::vector<Value*> out = CallIndirect(ItabMethod(tab, iface, m), args, results);
  for (size_t i = 0; i < results.size(); i++) {
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[i], absl::StrCat("r", i));
    Store(results[i], slot, out[i]);
  }
  EmitReturn();
  SealAll();
}

}  // namespace gocc::ssagen

