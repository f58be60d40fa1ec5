// Calls (builder.h): Go calls and runtime calls under ABI0 (arguments and
// results in the caller's outgoing area at 0(SP)), method receivers with
// automatic & and *, variadic packing, and the builtins: len, cap, new,
// make, append (gc's growslice protocol), copy, print/println (gc's
// runtime print calls, adjacent constant strings merged as gc does) and
// panic.
#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::ExprKind;
using compile::Mode;
using compile::ObjKind;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

const void* FuncBuilder::NewKey(const ssa::Type* t) {
  keys_.push_back(std::make_unique<int>(0));
  var_types_[keys_.back().get()] = t;
  return keys_.back().get();
}

// Copies in pieces of at most 256 bytes so that no runtime.memmove call
// (whose own arguments live at 0(SP)) touches the outgoing argument area.
// Beyond 16 pieces the whole pieces are copied by a loop, so that huge
// values do not make huge functions.
void FuncBuilder::MoveChunked(Value* dst, Value* src, int64_t size) {
  int64_t start = 0;
  if (size / 256 > 16) {
    start = size / 256 * 256;
    const void* ki = NewKey(&st::kInt64);
    WriteVar(ki, f_->ConstInt(&st::kInt64, 0));
    Block* head = NewBlock();
    Block* body = NewBlock();
    Block* exit = NewBlock();
    Goto(head);
    b_ = head;
    Value* i = ReadVar(ki);
    If(b_->NewValue(Op::kLess64, &st::kBool, {i, f_->ConstInt(&st::kInt64, start)}), body, exit);
    Seal(body);
    b_ = body;
    Value* d = b_->NewValue(Op::kAddPtr, &st::kPtr, {dst, i});
    Value* s = b_->NewValue(Op::kAddPtr, &st::kPtr, {src, i});
    SetMem(b_->NewValue(Op::kMove, &st::kMem, {d, s, Mem()}, 256));
    WriteVar(ki, b_->NewValue(Op::kAdd64, &st::kInt64, {i, f_->ConstInt(&st::kInt64, 256)}));
    Goto(head);
    Seal(head);
    Seal(exit);
    b_ = exit;
  }
  for (int64_t off = start; off < size; off += 256) {
    int64_t n = std::min<int64_t>(256, size - off);
    SetMem(b_->NewValue(Op::kMove, &st::kMem, {OffPtr(dst, off), OffPtr(src, off), Mem()}, n));
  }
}

std::vector<Value*> FuncBuilder::CallABI0(const std::string& sym, const std::vector<Slot>& args,
                                          const std::vector<Type*>& results, bool noreturn,
                                          Value* closure) {
  std::vector<Type*> ats;
  for (const Slot& s : args) ats.push_back(s.t);
  FrameLayout l = LayoutTypes(ats, results);
  Value* sp = f_->SPValue();
  for (size_t i = 0; i < args.size(); i++) {
    Value* dst = OffPtr(sp, l.params[i]);
    if (IsSSAType(args[i].t)) Store(args[i].t, dst, args[i].v);
    else MoveChunked(dst, args[i].v, Size(args[i].t));
  }
  Value* call;
  if (closure) {
    // The code pointer is the closure's first word (a nil func faults here).
    Value* code = b_->NewValue(Op::kLoad, &st::kPtr, {closure, Mem()});
    call = b_->NewValue(Op::kClosureCall, &st::kMem, {code, closure, Mem()}, l.size);
  } else {
    call = b_->NewValue(Op::kStaticCall, &st::kMem, {Mem()}, l.size, sym);
  }
  SetMem(call);
  std::vector<Value*> out;
  if (noreturn) {
    ExitWith(call);
    for (Type* t : results) out.push_back(IsSSAType(t) ? f_->ConstInt(&st::kInt64, 0) : Temp(t));
    return out;
  }
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

Value* FuncBuilder::NewObject(Type* t) {
  Value* typ = b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->TypeSym(t));
  return CallABI0("runtime.newobject", {{typ, UPtr()}}, {UPtr()})[0];
}

// Evaluates the arguments of a call (from args[first]) for the parameters
// of sig, packing variadic arguments into a new slice.
std::vector<Slot> FuncBuilder::ArgSlots(Expr* call, Type* sig, const std::vector<Expr*>& args,
                                        size_t first) {
  std::vector<Type*> ptypes;
  if (sig->params)
    for (Object* o : sig->params->fields) ptypes.push_back(o->type);
  if (args.size() == first + 1 && args[first]->type &&
      args[first]->type->kind == TypeKind::Tuple)
    return ArgSlots(call, sig, SpreadTuple(args[first]), 0);  // g(f())
  std::vector<Slot> out;
  size_t nfixed = ptypes.size() - (sig->variadic && !call->has_dots ? 1 : 0);
  std::vector<Value*> vals;
  for (size_t i = first; i < args.size(); i++) {
    size_t pi = i - first;
    Type* pt = pi < nfixed ? ptypes[pi] : compile::Under(ptypes.back())->elem;
    Value* v = ExprAs(args[i], pt);
    // A memory value that a later argument's call could change is copied.
    if (!IsSSAType(pt) && i + 1 < args.size()) v = CopyToTemp(pt, v);
    if (pi < nfixed) {
      out.push_back({v, pt});
    } else {
      vals.push_back(v);
    }
  }
  if (sig->variadic && !call->has_dots) {
    Type* st_ = ptypes.back();
    Type* et = compile::Under(st_)->elem;
    Value* s = Temp(st_);
    if (vals.empty()) {
      ZeroMem(st_, s);
    } else {
      int64_t n = static_cast<int64_t>(vals.size());
      Value* arr = NewObject(ArrayOf(et, n));
      for (int64_t i = 0; i < n; i++) Store(et, OffPtr(arr, i * Size(et)), vals[i]);
      Store(UPtr(), s, arr);
      Store(Int(), OffPtr(s, 8), f_->ConstInt(&st::kInt64, n));
      Store(Int(), OffPtr(s, 16), f_->ConstInt(&st::kInt64, n));
    }
    out.push_back({s, st_});
  }
  return out;
}

std::vector<Value*> FuncBuilder::TupleValues(Expr* e) {
  auto saved = preval_tuple_.find(e);  // a defer wrapper's (defer.cc)
  return saved != preval_tuple_.end() ? saved->second : Call(e);
}

std::vector<Expr*> FuncBuilder::SpreadTuple(Expr* e) {
  std::vector<Value*> vs = TupleValues(e);
  std::vector<Expr*> out;
  for (size_t i = 0; i < vs.size() && i < e->type->fields.size(); i++) {
    auto x = std::make_unique<Expr>(ExprKind::Name, e->pos);
    x->mode = Mode::Value;
    x->type = e->type->fields[i]->type;
    x->synthetic = true;
    preval_[x.get()] = vs[i];
    out.push_back(x.get());
    spread_.push_back(std::move(x));
  }
  return out;
}

// The receiver of method call or method value fn = x.m (m's receiver type
// rt): x itself, &x or *x as the method needs, through embedded fields.
Value* FuncBuilder::Receiver(Expr* fn, Type* rt) {
  if (auto it = preval_.find(fn); it != preval_.end()) return it->second;  // defer.cc
  Expr* x = fn->x;
  bool ptr_recv = IsPtrType(rt);
  Type* xt = x->type;
  Value* r;
  if (fn->path.empty()) {
    if (ptr_recv) {
      r = IsPtrType(xt) ? ExprV(x) : Addr(x);
    } else if (IsPtrType(xt)) {
      r = Load(rt, NilCheck(ExprV(x)));
    } else {
      r = ExprV(x);
    }
  } else {
    Value* base;
    if (IsPtrType(xt)) base = ExprV(x);
    else if (x->mode == Mode::Variable) base = Addr(x);
    else base = ExprV(x);
    Type* ft;
    Value* fa = FieldPath(base, xt, fn->path, &ft);
    if (ptr_recv) {
      r = IsPtrType(ft) ? Load(ft, fa) : fa;
    } else if (IsPtrType(ft)) {
      r = Load(rt, NilCheck(Load(ft, fa)));
    } else {
      r = Load(rt, fa);
    }
  }
  return r;
}

std::vector<Value*> FuncBuilder::Call(Expr* e) {
  SetPos(e->pos);
  if (e->kind != ExprKind::Call) {  // comma-ok forms reach here as tuples
    ps_->Error(e->pos, e->kind == ExprKind::TypeAssert ? "not implemented: type assertions"
                       : e->kind == ExprKind::Index  ? "not implemented: maps"
                                                     : "not implemented: channels");
    return {};
  }
  Expr* fn = e->x;
  while (fn->kind == ExprKind::Paren) fn = fn->x;
  if (fn->mode == Mode::TypeExpr) {
    Expr* a = e->list[0];
    Type* to = e->type;
    if (a->mode == Mode::Constant && e->mode == Mode::Constant) return {ConstValue(e, to)};
    if (compile::IsUntypedNil(a->type) || (a->kind == ExprKind::Name && a->obj &&
                                           a->obj->kind == ObjKind::Nil))
      return {Constant(compile::Value(), to)};
    Value* v = ExprAs(a, Concrete(a->type));
    if (NeedsIfaceConv(a->type, to)) return {ConvIface(v, a->type, to)};
    return {Convert(v, a->type, to)};
  }
  if (fn->mode == Mode::Builtin) return Builtin(e, fn->obj ? fn->obj->builtin : -1);
  Object* o = fn->obj;
  std::string what;
  Type* sig = fn->type;
  if (!o || o->kind != ObjKind::Func || !sig || sig->kind != TypeKind::Func) {
    return CallFuncValue(e, fn);  // closure.cc
  }
  std::vector<Slot> args;
  Type* msig = o->type;
  if (fn->kind == ExprKind::Selector && fn->x->mode != Mode::TypeExpr &&
      fn->x->mode != Mode::PkgName && !(fn->x->obj && fn->x->obj->kind == ObjKind::PkgName) &&
      !(msig && msig->recv)) {
    // In a defer or go wrapper the method value saved at the statement
    // (defer.cc) stands for the interface and its method.
    if (preval_.count(fn)) return CallFuncValue(e, fn);
    return IfaceCall(e, fn);  // iface.cc
  }
  if (fn->kind == ExprKind::Selector && msig && msig->recv &&
      !(fn->x->mode == Mode::TypeExpr)) {
    // Method call x.m(args).
    Expr* x = fn->x;
    Type* rt = msig->recv->type;
    std::string what;
    if (IsUnsupported(x->type, &what) || IsUnsupported(rt, &what)) {
      ps_->Error(e->pos, "not implemented: " + what);
      return {};
    }
    Value* r = Receiver(fn, rt);
    if (!IsSSAType(rt) && !e->list.empty()) r = CopyToTemp(rt, r);
    args.push_back({r, rt});
  } else if (fn->kind == ExprKind::Selector && fn->x->mode == Mode::TypeExpr) {
    return CallFuncValue(e, fn);  // a method expression T.m(x, args)
  }
  std::vector<Slot> rest = ArgSlots(e, msig, e->list, 0);
  args.insert(args.end(), rest.begin(), rest.end());
  std::vector<Type*> results;
  if (msig->results)
    for (Object* r : msig->results->fields) results.push_back(r->type);
  return CallABI0(ps_->SymName(o), args, results);
}

std::vector<Value*> FuncBuilder::Builtin(Expr* e, int id) {
  using compile::Builtin;
  SetPos(e->pos);
  if (e->mode == Mode::Constant) return {ConstValue(e, e->type)};
  if (e->list.size() == 1 && e->list[0]->type && e->list[0]->type->kind == TypeKind::Tuple &&
      id != compile::kPrint && id != compile::kPrintln) {
    // append(f()), copy(f()), complex(f()), delete(f()): f's results are
    // the arguments.
    auto spread = std::make_unique<Expr>(*e);
    spread->list = SpreadTuple(e->list[0]);
    Expr* call = spread.get();
    spread_.push_back(std::move(spread));
    return FuncBuilder::Builtin(call, id);
  }
  switch (id) {
    case compile::kLen: case compile::kCap: {
      Expr* a = e->list[0];
      Type* u = compile::Under(Concrete(a->type));
      if (u->kind == TypeKind::Pointer) u = compile::Under(u->elem);
      if (u->kind == TypeKind::Array) {
        ExprV(e->list[0]);
        return {f_->ConstInt(&st::kInt64, u->len)};
      }
      if (u->kind == TypeKind::Basic) return {StringLen(ExprV(a))};
      if (u->kind == TypeKind::Map) return {MapLen(ExprV(a))};
      if (u->kind == TypeKind::Slice)
        return {Load(Int(), OffPtr(ExprV(a), id == compile::kLen ? 8 : 16))};
      ps_->Error(e->pos, "not implemented: len/cap of " + compile::TypeString(a->type, nullptr));
      return {f_->ConstInt(&st::kInt64, 0)};
    }
    case compile::kNew:
      return {NewObject(Concrete(e->list[0]->type))};
    case compile::kMake:
      return {MakeBuiltin(e)};
    case compile::kAppend:
      return {Append(e)};
    case compile::kCopy: {
      Value* dst = ExprV(e->list[0]);
      Value* dp = Load(UPtr(), dst);
      Value* dl = Load(Int(), OffPtr(dst, 8));
      Value* sv = ExprV(e->list[1]);
      Type* su = compile::Under(Concrete(e->list[1]->type));
      Value* sp = Load(UPtr(), sv);
      Value* sl = Load(Int(), OffPtr(sv, 8));
      int64_t es = IsStringType(su) ? 1 : Size(su->elem);
      const void* key = NewKey(&st::kInt64);
      WriteVar(key, dl);
      Block* lt = NewBlock();
      Block* j1 = NewBlock();
      If(b_->NewValue(Op::kLess64, &st::kBool, {sl, dl}), lt, j1);
      Seal(lt);
      b_ = lt;
      WriteVar(key, sl);
      Goto(j1);
      Seal(j1);
      b_ = j1;
      Value* n = ReadVar(key);
      Block* mv = NewBlock();
      Block* j2 = NewBlock();
      If(b_->NewValue(Op::kLess64, &st::kBool, {f_->ConstInt(&st::kInt64, 0), n}), mv, j2);
      Seal(mv);
      b_ = mv;
      Value* bytes = es == 1 ? n : b_->NewValue(Op::kMul64, &st::kInt64, {n, f_->ConstInt(&st::kInt64, es)});
      CallABI0("runtime.memmove", {{dp, UPtr()}, {sp, UPtr()}, {bytes, Uintptr()}}, {});
      Goto(j2);
      Seal(j2);
      b_ = j2;
      return {n};
    }
    case compile::kPrint: case compile::kPrintln:
      Print(e, id == compile::kPrintln);
      return {};
    case compile::kPanic:
      Panic(e);
      return {};
    case compile::kDelete:
      MapDelete(e);
      return {};
    case compile::kClose:
      ps_->Error(e->pos, "not implemented: channels");
      return {};
    case compile::kRecover:
      return Recover(e);  // defer.cc
    case compile::kReal: case compile::kImag: case compile::kComplex:
      return ComplexBuiltin(e, id);  // complex.cc
    default:
      break;
  }
  ps_->Error(e->pos, "not implemented: builtin " + compile::ExprString(e->x));
  return {f_->ConstInt(&st::kInt64, 0)};
}

Value* FuncBuilder::MakeBuiltin(Expr* e) {
  Type* t = Concrete(e->list[0]->type);
  Type* u = compile::Under(t);
  if (u->kind == TypeKind::Map) return MakeMap(e);
  if (u->kind != TypeKind::Slice) {
    ps_->Error(e->pos, "not implemented: make of channels");
    return Temp(t);
  }
  auto intarg = [&](Expr* a) {
    if (a->mode == Mode::Constant) return f_->ConstInt(&st::kInt64, a->val.ToInt().Int64Val());
    Type* at = Concrete(a->type);
    Value* v = ExprV(a);
    Value* w = ExtendTo64(v, at);
    if (w->type != &st::kInt64) w = b_->NewValue(Op::kCopy, &st::kInt64, {w});
    return w;
  };
  Value* len = intarg(e->list[1]);
  Value* cap = e->list.size() > 2 ? intarg(e->list[2]) : len;
  Value* typ = b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->TypeSym(u->elem));
  Value* p = CallABI0("runtime.makeslice", {{typ, UPtr()}, {len, Int()}, {cap, Int()}}, {UPtr()})[0];
  return MakeSlice3(p, len, cap);
}

Value* FuncBuilder::Append(Expr* e) {
  Type* t = Concrete(e->type);
  Type* et = compile::Under(t)->elem;
  int64_t es = Size(et);
  Value* s = ExprAs(e->list[0], t);
  Value* ptr0 = Load(UPtr(), s);
  Value* len0 = Load(Int(), OffPtr(s, 8));
  Value* cap0 = Load(Int(), OffPtr(s, 16));
  // The appended values (or the slice/string being spread).
  std::vector<Value*> vals;
  Value* src = nullptr;
  Value* n;
  if (e->has_dots) {
    src = ExprV(e->list[1]);
    n = Load(Int(), OffPtr(src, 8));
  } else {
    for (size_t i = 1; i < e->list.size(); i++) {
      Value* v = ExprAs(e->list[i], et);
      if (!IsSSAType(et)) v = CopyToTemp(et, v);
      vals.push_back(v);
    }
    n = f_->ConstInt(&st::kInt64, static_cast<int64_t>(vals.size()));
    if (vals.empty()) return s;
  }
  Value* newlen = b_->NewValue(Op::kAdd64, &st::kInt64, {len0, n});
  const void* kptr = NewKey(&st::kPtr);
  const void* kcap = NewKey(&st::kInt64);
  WriteVar(kptr, ptr0);
  WriteVar(kcap, cap0);
  Block* grow = NewBlock();
  Block* join = NewBlock();
  If(b_->NewValue(Op::kLess64U, &st::kBool, {cap0, newlen}), grow, join);
  Seal(grow);
  b_ = grow;
  Value* typ = b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->TypeSym(et));
  Value* old = MakeSlice3(ptr0, len0, cap0);
  Value* ns = CallABI0("runtime.growslice", {{typ, UPtr()}, {old, t}, {newlen, Int()}}, {t})[0];
  WriteVar(kptr, Load(UPtr(), ns));
  WriteVar(kcap, Load(Int(), OffPtr(ns, 16)));
  Goto(join);
  Seal(join);
  b_ = join;
  Value* ptr = ReadVar(kptr);
  Value* cap = ReadVar(kcap);
  Value* off = es == 1 ? len0 : b_->NewValue(Op::kMul64, &st::kInt64, {len0, f_->ConstInt(&st::kInt64, es)});
  Value* at = b_->NewValue(Op::kAddPtr, &st::kPtr, {ptr, off});
  if (src) {
    Value* sp = Load(UPtr(), src);
    Value* bytes = es == 1 ? n : b_->NewValue(Op::kMul64, &st::kInt64, {n, f_->ConstInt(&st::kInt64, es)});
    CallABI0("runtime.memmove", {{at, UPtr()}, {sp, UPtr()}, {bytes, Uintptr()}}, {});
  } else {
    for (size_t i = 0; i < vals.size(); i++) Store(et, OffPtr(at, static_cast<int64_t>(i) * es), vals[i]);
  }
  return MakeSlice3(ptr, newlen, cap);
}

void FuncBuilder::Print(Expr* e, bool ln) {
  // Evaluate every argument first, then print under printlock.
  struct Item {
    bool is_const;
    std::string s;
    Value* v = nullptr;
    Type* t = nullptr;
  };
  std::vector<Item> items;
  auto add_str = [&](const std::string& s) {
    if (!items.empty() && items.back().is_const) items.back().s += s;
    else items.push_back({true, s});
  };
  // println(f()) with a multi-value f: its results are the arguments.
  bool multi = e->list.size() == 1 && e->list[0]->type &&
               e->list[0]->type->kind == TypeKind::Tuple;
  if (multi) {
    Type* tuple = e->list[0]->type;
    std::vector<Value*> vs = TupleValues(e->list[0]);
    for (size_t i = 0; i < vs.size() && i < tuple->fields.size(); i++) {
      if (ln && i > 0) add_str(" ");
      Type* t = Concrete(tuple->fields[i]->type);
      std::string what;
      if (IsUnsupported(t, &what) && !IsPtrType(t)) {
        ps_->Error(e->pos, "not implemented: printing " + what);
        continue;
      }
      Value* v = vs[i];
      if (!IsSSAType(t)) v = CopyToTemp(t, v);
      items.push_back({false, "", v, t});
    }
  }
  for (size_t i = 0; !multi && i < e->list.size(); i++) {
    Expr* a = e->list[i];
    if (ln && i > 0) add_str(" ");
    Type* t = Concrete(a->type);
    if (a->mode == Mode::Constant && IsStringType(t)) {
      add_str(a->val.StringVal());
      continue;
    }
    if (compile::IsUntypedNil(a->type)) {
      add_str("nil");
      continue;
    }
    std::string what;
    if (IsUnsupported(t, &what) && !IsPtrType(t)) {
      Type* u = compile::Under(t);
      if (u->kind != TypeKind::Map && u->kind != TypeKind::Chan && u->kind != TypeKind::Func) {
        ps_->Error(a->pos, "not implemented: printing " + what);
        continue;
      }
    }
    Value* v = ExprAs(a, t);
    if (!IsSSAType(t)) v = CopyToTemp(t, v);
    items.push_back({false, "", v, t});
  }
  if (ln) add_str("\n");
  CallABI0("runtime.printlock", {}, {});
  for (Item& it : items) {
    if (it.is_const) {
      CallABI0("runtime.printstring", {{StringConst(it.s), StringT()}}, {});
      continue;
    }
    Type* t = it.t;
    Type* u = compile::Under(t);
    Value* v = it.v;
    if (IsStringType(t)) {
      CallABI0("runtime.printstring", {{v, StringT()}}, {});
    } else if (u->kind == TypeKind::Slice) {
      CallABI0("runtime.printslice", {{v, t}}, {});
    } else if (IsComplexType(t)) {
      Type* c128 = BasicType(BasicKind::Complex128);
      CallABI0("runtime.printcomplex", {{ComplexConvert(v, t, c128), c128}}, {});
    } else if (IsFloatType(t)) {
      if (v->type->size == 4) v = b_->NewValue(Op::kCvt32Fto64F, &st::kFloat64, {v});
      CallABI0("runtime.printfloat", {{v, BasicType(BasicKind::Float64)}}, {});
    } else if (u->kind == TypeKind::Basic && u->basic == BasicKind::Bool) {
      CallABI0("runtime.printbool", {{v, Bool()}}, {});
    } else if (IsSigned(t)) {
      Value* w = IntConvert(v, t, BasicType(BasicKind::Int64));
      CallABI0("runtime.printint", {{w, BasicType(BasicKind::Int64)}}, {});
    } else if (IsUnsignedInt(t)) {
      Value* w = IntConvert(v, t, BasicType(BasicKind::Uint64));
      CallABI0("runtime.printuint", {{w, BasicType(BasicKind::Uint64)}}, {});
    } else if (u->kind == TypeKind::Interface) {
      CallABI0(IsEmptyInterface(t) ? "runtime.printeface" : "runtime.printiface", {{v, t}}, {});
    } else if (IsSSAType(t)) {
      CallABI0("runtime.printpointer", {{v, UPtr()}}, {});
    } else {
      ps_->Error(e->pos, "not implemented: printing " + compile::TypeString(t, nullptr));
    }
  }
  CallABI0("runtime.printunlock", {}, {});
}

void FuncBuilder::Panic(Expr* e) { PanicValue(e); }  // iface.cc

}  // namespace gocc::ssagen
