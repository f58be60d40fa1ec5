// Interface values in the function builder (builder.h): conversions to and
// between interfaces, method calls through the itab, type assertions (plain
// and comma-ok), type switches, == on interface values and panic(v).
//
// Layouts are gc's: an empty interface is {*_type, data}, a non-empty one
// {*itab, data}; itab is {inter, _type, hash, _, fun[...]} with fun in the
// interface's method order (sorted by name). The data word holds the value
// itself for pointer-shaped types (IsDirectIface) and otherwise a pointer
// to a heap copy (runtime.convT / convTnoptr). Static conversions use the
// compiler's go.itab.T.I symbols (reflectdata.cc); the runtime builds the
// others (runtime/iface.go: convI2I, assertE2I, assertE2I2, the
// panicdottype* helpers).
#include <map>

#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::ExprKind;
using compile::Mode;
using compile::ObjKind;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

bool IsInterfaceType(Type* t) {
  Type* u = compile::Under(Concrete(t));
  return u && u->kind == TypeKind::Interface;
}

const std::vector<Object*>& IfaceMethods(Type* t) {
  Type* u = compile::Under(Concrete(t));
  if (!u->complete) {
    // The checker completes method sets lazily (on the checks that need
    // them); finish the job as it does: own methods and embedded ones by
    // name.
    u->complete = true;
    std::map<std::string, Object*> all;
    for (Object* m : u->methods) all.emplace(m->name, m);
    for (Type* e : u->embeddeds) {
      Type* eu = compile::Under(e);
      if (!eu || eu->kind != TypeKind::Interface || eu == u) continue;
      for (Object* m : IfaceMethods(eu)) all.emplace(m->name, m);
    }
    u->all_methods.clear();
    for (auto& [n, m] : all) u->all_methods.push_back(m);
  }
  return u->all_methods;
}

bool IsEmptyInterface(Type* t) { return IsInterfaceType(t) && IfaceMethods(t).empty(); }

Type* EmptyInterface() {
  static Type* t = [] {
    auto* i = new Type{};
    i->kind = TypeKind::Interface;
    i->complete = true;
    return i;
  }();
  return t;
}

namespace {

// The interface value type used for temporaries: two words.
Type* IfaceWordsType() { return ArrayOf(BasicType(compile::BasicKind::UnsafePointer), 2); }

}  // namespace

Value* FuncBuilder::SymAddr(const std::string& sym) {
  return b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, sym);
}

Value* FuncBuilder::MakeIface(Value* tab, Value* data) {
  Value* tmp = Temp(IfaceWordsType());
  Store(UPtr(), tmp, tab);
  Store(UPtr(), OffPtr(tmp, 8), data);
  return tmp;
}

// A pointer-typed SSA variable written on both arms of a branch.
const void* FuncBuilder::PtrVar() { return NewKey(&st::kPtr); }

Value* FuncBuilder::IfaceData(Value* v, Type* from) {
  from = Concrete(from);
  if (IsDirectIface(from)) return IsSSAType(from) ? v : Load(UPtr(), v);
  if (Size(from) == 0) return SymAddr("runtime.zerobase");
  Value* mem = v;
  if (IsSSAType(from)) {
    mem = Temp(from);
    Store(from, mem, v);
  }
  Value* typ = SymAddr(ps_->TypeSym(from));
  const char* fn = HasPointers(from) ? "runtime.convT" : "runtime.convTnoptr";
  return CallABI0(fn, {{typ, UPtr()}, {mem, UPtr()}}, {UPtr()})[0];
}

// The dynamic type word of interface value x (of type xt): the type word
// itself for an empty interface, tab._type (nil for a nil tab) otherwise.
Value* FuncBuilder::IfaceType(Value* x, Type* xt) {
  Value* w0 = Load(UPtr(), x);
  if (IsEmptyInterface(xt)) return w0;
  const void* key = PtrVar();
  WriteVar(key, w0);
  Value* nonnil = b_->NewValue(Op::kNeq64, &st::kBool,
                               {w0, f_->entry->NewValue(Op::kConstNil, &st::kPtr)});
  Block* load = NewBlock();
  Block* join = NewBlock();
  If(nonnil, load, join);
  Seal(load);
  b_ = load;
  WriteVar(key, Load(UPtr(), OffPtr(w0, 8)));
  Goto(join);
  Seal(join);
  b_ = join;
  return ReadVar(key);
}

Value* FuncBuilder::ConvIface(Value* v, Type* from, Type* to) {
  from = Concrete(from);
  if (!IsInterfaceType(from)) {
    Value* data = IfaceData(v, from);
    std::string tab = IsEmptyInterface(to) ? ps_->TypeSym(from) : ps_->ItabSym(from, to);
    return MakeIface(SymAddr(tab), data);
  }
  if (IsEmptyInterface(to)) {
    if (IsEmptyInterface(from)) return v;
    Value* data = Load(UPtr(), OffPtr(v, 8));
    return MakeIface(IfaceType(v, from), data);
  }
  // Non-empty to non-empty (a subset of the methods): a run-time itab.
  Value* tab = Load(UPtr(), v);
  Value* data = Load(UPtr(), OffPtr(v, 8));
  Value* inter = SymAddr(ps_->TypeSym(to));
  Value* nt = CallABI0("runtime.convI2I", {{inter, UPtr()}, {tab, UPtr()}}, {UPtr()})[0];
  return MakeIface(nt, data);
}

bool FuncBuilder::NeedsIfaceConv(Type* from, Type* to) {
  if (!to || !from || !IsInterfaceType(to)) return false;
  if (compile::IsUntypedNil(from)) return false;
  if (!IsInterfaceType(from)) return true;
  return !compile::Identical(Concrete(from), Concrete(to)) &&
         !(IsEmptyInterface(from) && IsEmptyInterface(to));
}

std::vector<Value*> FuncBuilder::CallIndirect(Value* code, const std::vector<Slot>& args,
                                              const std::vector<Type*>& results) {
  std::vector<Type*> ats;
  for (const Slot& s : args) ats.push_back(s.t);
  FrameLayout l = LayoutTypes(ats, results);
  Value* sp = f_->SPValue();
  for (size_t i = 0; i < args.size(); i++) {
    Value* dst = OffPtr(sp, l.params[i]);
    if (IsSSAType(args[i].t)) Store(args[i].t, dst, args[i].v);
    else MoveChunked(dst, args[i].v, Size(args[i].t));
  }
  Value* call = b_->NewValue(Op::kInterCall, &st::kMem, {code, Mem()}, l.size);
  SetMem(call);
  std::vector<Value*> out;
  for (size_t i = 0; i < results.size(); i++) {
    Value* src = OffPtr(sp, l.results[i]);
    if (IsSSAType(results[i])) {
      out.push_back(Load(results[i], src));
    } else {
      Value* tmp = Temp(results[i]);
      MoveChunked(tmp, src, Size(results[i]));
      out.push_back(tmp);
    }
  }
  return out;
}

Value* FuncBuilder::ItabMethod(Value* tab, Type* iface, Object* m) {
  const std::vector<Object*>& ims = IfaceMethods(iface);
  int64_t idx = -1;
  for (size_t i = 0; i < ims.size(); i++)
    if (ims[i]->name == m->name) idx = static_cast<int64_t>(i);
  if (idx < 0) {
    ps_->Error(m->pos, "internal error: interface method " + m->name + " not found");
    idx = 0;
  }
  return Load(UPtr(), OffPtr(NilCheck(tab), 24 + 8 * idx));
}

std::vector<Value*> FuncBuilder::IfaceCall(Expr* e, Expr* fn) {
  Expr* x = fn->x;
  Type* xt = x->type;
  Value* iv;
  if (!fn->path.empty()) {
    // A method of an interface embedded in a struct (through any depth of
    // embedded structs and pointers): the path leads to the field holding
    // the interface value.
    Value* base;
    if (IsPtrType(xt)) base = ExprV(x);
    else if (x->mode == Mode::Variable) base = Addr(x);
    else base = ExprV(x);
    Type* ft = xt;
    iv = FieldPath(base, xt, fn->path, &ft);
    xt = ft;
  } else {
    iv = ExprV(x);
  }
  Object* m = fn->obj;
  Value* tab = Load(UPtr(), iv);
  Value* data = Load(UPtr(), OffPtr(iv, 8));
  Value* code = ItabMethod(tab, xt, m);
  std::vector<Slot> args{{data, UPtr()}};
  Type* msig = m->type;
  std::vector<Slot> rest = ArgSlots(e, msig, e->list, 0);
  args.insert(args.end(), rest.begin(), rest.end());
  std::vector<Type*> results;
  if (msig->results)
    for (Object* r : msig->results->fields) results.push_back(r->type);
  return CallIndirect(code, args, results);
}

// The value held by interface x (data word) as a T (concrete).
Value* FuncBuilder::UnboxValue(Value* data, Type* t) {
  if (IsDirectIface(t)) {
    if (IsSSAType(t)) return data;
    Value* tmp = Temp(t);
    Store(UPtr(), tmp, data);
    return tmp;
  }
  if (IsSSAType(t)) return Load(t, data);
  return CopyToTemp(t, data);
}

std::vector<Value*> FuncBuilder::TypeAssert(Expr* e, bool commaok) {
  Type* xt = e->x->type;
  Type* t = e->type;
  Value* x = ExprV(e->x);
  if (!IsSSAType(xt)) x = CopyToTemp(xt, x);
  Value* w0 = Load(UPtr(), x);
  Value* data = Load(UPtr(), OffPtr(x, 8));
  Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  bool ok_ssa = true;
  (void)ok_ssa;
  if (!IsInterfaceType(t)) {
    std::string want = IsEmptyInterface(xt) ? ps_->TypeSym(t) : ps_->ItabSym(t, xt);
    Value* ok = b_->NewValue(Op::kEq64, &st::kBool, {w0, SymAddr(want)});
    if (!commaok) {
      Block* fail = NewBlock();
      Block* good = NewBlock();
      If(ok, good, fail);
      Seal(fail);
      Seal(good);
      b_ = fail;
      Value* tw = SymAddr(ps_->TypeSym(t));
      Value* it = SymAddr(ps_->TypeSym(xt));
      CallABI0(IsEmptyInterface(xt) ? "runtime.panicdottypeE" : "runtime.panicdottypeI",
               {{w0, UPtr()}, {tw, UPtr()}, {it, UPtr()}}, {}, true);
      b_ = good;
      return {UnboxValue(data, t)};
    }
    // v, ok: the zero value unless ok.
    Value* res = Temp(IsSSAType(t) ? t : t);
    ZeroMem(t, res);
    Block* good = NewBlock();
    Block* join = NewBlock();
    If(ok, good, join);
    Seal(good);
    b_ = good;
    Store(t, res, UnboxValue(data, t));
    Goto(join);
    Seal(join);
    b_ = join;
    return {Load(t, res), ok};
  }
  // To an interface type.
  Value* typ = IfaceType(x, xt);
  if (IsEmptyInterface(t)) {
    Value* ok = b_->NewValue(Op::kNeq64, &st::kBool, {typ, nil});
    if (!commaok) {
      Block* fail = NewBlock();
      Block* good = NewBlock();
      If(ok, good, fail);
      Seal(fail);
      Seal(good);
      b_ = fail;
      CallABI0("runtime.panicnildottype", {{SymAddr(ps_->TypeSym(t)), UPtr()}}, {}, true);
      b_ = good;
      return {MakeIface(typ, data)};
    }
    Value* res = MakeIface(typ, data);
    Block* bad = NewBlock();
    Block* join = NewBlock();
    If(ok, join, bad);
    Seal(bad);
    b_ = bad;
    ZeroMem(IfaceWordsType(), res);
    Goto(join);
    Seal(join);
    b_ = join;
    return {res, ok};
  }
  Value* inter = SymAddr(ps_->TypeSym(t));
  if (!commaok) {
    Value* tab = CallABI0("runtime.assertE2I", {{inter, UPtr()}, {typ, UPtr()}}, {UPtr()})[0];
    return {MakeIface(tab, data)};
  }
  Value* tab = CallABI0("runtime.assertE2I2", {{inter, UPtr()}, {typ, UPtr()}}, {UPtr()})[0];
  Value* ok = b_->NewValue(Op::kNeq64, &st::kBool, {tab, nil});
  Value* res = MakeIface(tab, data);
  Block* bad = NewBlock();
  Block* join = NewBlock();
  If(ok, join, bad);
  Seal(bad);
  b_ = bad;
  ZeroMem(IfaceWordsType(), res);
  Goto(join);
  Seal(join);
  b_ = join;
  return {res, ok};
}

std::vector<Value*> FuncBuilder::CommaOkExpr(Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  if (e->kind == ExprKind::TypeAssert) return TypeAssert(e, true);
  if (IsMapIndex(e)) return MapCommaOk(e);
  ps_->Error(e->pos, "not implemented: comma-ok form of " + compile::ExprString(e));
  return {};
}

Value* FuncBuilder::IfaceEqual(Type* t, Value* x, Value* y) {
  // x.tab == y.tab && runtime.efaceeq/ifaceeq(tab, x.data, y.data)
  Value* tx = Load(UPtr(), x);
  Value* ty = Load(UPtr(), y);
  const void* key = NewKey(&st::kBool);
  Value* same = b_->NewValue(Op::kEq64, &st::kBool, {tx, ty});
  WriteVar(key, same);
  Block* cmp = NewBlock();
  Block* join = NewBlock();
  If(same, cmp, join);
  Seal(cmp);
  b_ = cmp;
  Value* dx = Load(UPtr(), OffPtr(x, 8));
  Value* dy = Load(UPtr(), OffPtr(y, 8));
  const char* fn = IsEmptyInterface(t) ? "runtime.efaceeq" : "runtime.ifaceeq";
  WriteVar(key, CallABI0(fn, {{tx, UPtr()}, {dx, UPtr()}, {dy, UPtr()}}, {Bool()})[0]);
  Goto(join);
  Seal(join);
  b_ = join;
  return ReadVar(key);
}

void FuncBuilder::PanicValue(Expr* e) {
  Expr* a = e->list[0];
  Value* v = ExprAs(a, EmptyInterface());
  CallABI0("runtime.gopanic", {{v, EmptyInterface()}}, {}, true);
}

void FuncBuilder::TypeSwitchStmt(Stmt* s, const std::string& label) {
  Expr* guard = s->x;
  Type* xt = guard->x->type;
  Value* x = CopyToTemp(xt, ExprV(guard->x));
  Value* w0 = Load(UPtr(), x);
  Value* data = Load(UPtr(), OffPtr(x, 8));
  Value* typ = IfaceType(x, xt);
  Value* nil = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
  Block* exit = NewBlock();
  std::vector<Block*> bodies;
  int def = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    bodies.push_back(NewBlock());
    if (s->clauses[i]->is_default) def = static_cast<int>(i);
  }
  for (size_t i = 0; i < s->clauses.size(); i++) {
    for (Expr* ce : s->clauses[i]->list) {
      SetPos(ce->pos);
      Block* next = NewBlock();
      Value* cond;
      if (ce->mode != Mode::TypeExpr) {  // nil
        cond = b_->NewValue(Op::kEq64, &st::kBool, {w0, nil});
      } else if (!IsInterfaceType(ce->type)) {
        cond = b_->NewValue(Op::kEq64, &st::kBool, {typ, SymAddr(ps_->TypeSym(ce->type))});
      } else if (IsEmptyInterface(ce->type)) {
        cond = b_->NewValue(Op::kNeq64, &st::kBool, {typ, nil});
      } else {
        // typ != nil && assertE2I2(I, typ) != nil
        const void* key = NewKey(&st::kBool);
        WriteVar(key, f_->ConstBool(false));
        Block* ask = NewBlock();
        Block* join = NewBlock();
        If(b_->NewValue(Op::kNeq64, &st::kBool, {typ, nil}), ask, join);
        Seal(ask);
        b_ = ask;
        Value* inter = SymAddr(ps_->TypeSym(ce->type));
        Value* tab =
            CallABI0("runtime.assertE2I2", {{inter, UPtr()}, {typ, UPtr()}}, {UPtr()})[0];
        WriteVar(key, b_->NewValue(Op::kNeq64, &st::kBool, {tab, nil}));
        Goto(join);
        Seal(join);
        b_ = join;
        cond = ReadVar(key);
      }
      If(cond, bodies[i], next);
      Seal(next);
      b_ = next;
    }
  }
  Goto(def >= 0 ? bodies[def] : exit);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    compile::CaseClause* c = s->clauses[i];
    Seal(bodies[i]);
    b_ = bodies[i];
    if (c->implicit && c->implicit->name != "_") {
      Object* o = c->implicit;
      Type* vt = o->type;
      Value* v;
      if (!IsInterfaceType(vt)) {
        v = UnboxValue(data, vt);
      } else if (compile::Identical(Concrete(vt), Concrete(xt))) {
        v = x;
      } else if (IsEmptyInterface(vt)) {
        v = MakeIface(typ, data);
      } else {
        Value* inter = SymAddr(ps_->TypeSym(vt));
        Value* tab = CallABI0("runtime.assertE2I", {{inter, UPtr()}, {typ, UPtr()}}, {UPtr()})[0];
        v = MakeIface(tab, data);
      }
      AssignObj(DeclareLocal(o, false), o, v);
    }
    targets_.push_back({label, exit, nullptr});
    StmtList(c->body);
    targets_.pop_back();
    Goto(exit);
  }
  Seal(exit);
  b_ = exit;
}

}  // namespace gocc::ssagen
