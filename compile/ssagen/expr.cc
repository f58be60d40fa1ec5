// Expressions (builder.h): constants, variables, operators with gc's
// integer/float semantics, comparisons, conversions, indexing and slicing
// with bounds checks, field selection through embedded paths and composite
// literals. A scalar expression yields its SSA value; a string, slice,
// struct or array expression yields the address of its bytes.
#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "compile/ssa/op.h"
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

namespace {

Op SizedOp(Op op8, int size) {
  int k = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
  return static_cast<Op>(static_cast<int>(op8) + k);
}

}  // namespace

bool IsNilExpr(Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  return (e->kind == ExprKind::Name && e->obj && e->obj->kind == ObjKind::Nil) ||
         compile::IsUntypedNil(e->type);
}


Value* FuncBuilder::StringConst(const std::string& s) {
  Value* ptr = s.empty() ? f_->entry->NewValue(Op::kConstNil, &st::kPtr)
                         : b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->StringSym(s));
  return MakeString(ptr, f_->ConstInt(&st::kInt64, static_cast<int64_t>(s.size())));
}

Value* FuncBuilder::Constant(const compile::Value& v, Type* t) {
  t = Concrete(t);
  if (IsStringType(t)) return StringConst(v.kind() == compile::Value::String ? v.StringVal() : "");
  if (IsComplexType(t)) return ComplexConst(v, t);
  if (!IsSSAType(t)) {
    // nil slice (or another zero composite)
    Value* tmp = Temp(t);
    ZeroMem(t, tmp);
    return tmp;
  }
  const ssa::Type* s = SSAType(t);
  if (s->IsBool()) return f_->ConstBool(v.kind() == compile::Value::Bool && v.BoolVal());
  if (s->IsFloat()) {
    compile::Value fv = v.kind() == compile::Value::Float ? v : v.ToFloat();
    return f_->ConstFloat(s, fv.IsUnknown() ? 0 : fv.Float64Val());
  }
  if (s->IsPtr()) {
    if (v.kind() == compile::Value::Int && v.Sign() != 0)
      return b_->NewValue(Op::kCopy, s, {f_->ConstInt(&st::kUintptr, v.Int64Val())});
    return f_->entry->NewValue(Op::kConstNil, s);
  }
  compile::Value iv = v.kind() == compile::Value::Int ? v : v.ToInt();
  bool ok = false;
  int64_t x = iv.Int64Val(&ok);
  if (!ok) x = static_cast<int64_t>(iv.Uint64Val(&ok));
  return f_->ConstInt(s, x);
}

Value* FuncBuilder::ConstValue(Expr* e, Type* t) {
  if (!t) t = e->type;
  if (IsNilExpr(e)) return Constant(compile::Value(), t);
  return Constant(e->val, t);
}

Value* FuncBuilder::ExprAs(Expr* e, Type* t) {
  if (NeedsIfaceConv(e->type, t) && !IsNilExpr(e)) {
    Type* from = Concrete(e->type);
    Value* v = e->mode == Mode::Constant ? ConstValue(e, from) : ExprV(e);
    return ConvIface(v, from, t);
  }
  if (e->mode == Mode::Constant || IsNilExpr(e)) return ConstValue(e, t);
  return ExprV(e);
}

FuncBuilder::Var* FuncBuilder::LookupVar(Object* o) {
  auto it = vars_.find(o);
  return it == vars_.end() ? nullptr : it->second.get();
}

Value* FuncBuilder::ExprV(Expr* e) {
  if (!preval_.empty()) {  // a defer wrapper's saved values (defer.cc)
    auto it = preval_.find(e);
    if (it != preval_.end()) return it->second;
  }
  SetPos(e->pos);
  if (e->mode == Mode::Constant) return ConstValue(e, e->type);
  switch (e->kind) {
    case ExprKind::Paren:
      return ExprV(e->x);
    case ExprKind::Name: {
      Object* o = e->obj;
      if (!o) break;
      if (o->kind == ObjKind::Nil) return ConstValue(e, e->type);
      if (o->kind == ObjKind::Var) {
        Var* v = LookupVar(o);
        if (!v && o->parent && !o->parent->is_pkg) v = DeclareLocal(o, true);
        if (v && v->kind == VarKind::kSSA) return ReadVar(o);
        return Load(o->type, Addr(e));
      }
      if (o->kind == ObjKind::Func) return StaticFuncValue(ps_->SymName(o));
      break;
    }
    case ExprKind::Selector:
      return Selector(e);
    case ExprKind::Index:
      return IndexExpr(e);
    case ExprKind::Slice:
      return SliceExpr(e);
    case ExprKind::Call: {
      std::vector<Value*> r = Call(e);
      if (r.empty()) return f_->ConstInt(&st::kInt64, 0);
      return r[0];
    }
    case ExprKind::Unary:
      return Unary(e);
    case ExprKind::Binary:
      return Binary(e);
    case ExprKind::CompositeLit:
      return CompositeLit(e, nullptr);
    case ExprKind::FuncLit:
      return FuncLitValue(e);
    case ExprKind::TypeAssert:
      if (e->y) return TypeAssert(e, false)[0];
      ps_->Error(e->pos, "not implemented: type assertions");
      return f_->entry->NewValue(Op::kConstNil, &st::kPtr);
    default:
      break;
  }
  ps_->Error(e->pos, "not implemented: expression " + compile::ExprString(e));
  Value* dummy = IsSSAType(e->type) ? f_->ConstInt(&st::kInt64, 0) : Temp(e->type);
  return dummy;
}

Value* FuncBuilder::Addr(Expr* e) {
  SetPos(e->pos);
  switch (e->kind) {
    case ExprKind::Paren:
      return Addr(e->x);
    case ExprKind::Name: {
      Object* o = e->obj;
      Var* v = LookupVar(o);
      if (!v && o->parent && !o->parent->is_pkg) v = DeclareLocal(o, true);
      if (!v) {
        // A package-level variable.
        return b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->SymName(o));
      }
      switch (v->kind) {
        case VarKind::kHeap:
          return ReadVar(o);
        case VarKind::kStack:
          return b_->NewValue(Op::kLocalAddr, &st::kPtr, {Mem()}, 0, v->slot);
        case VarKind::kParamMem:
          return b_->NewValue(Op::kParamAddr, &st::kPtr, {}, v->off, v->slot);
        case VarKind::kSSA:
          break;
      }
      ps_->Error(e->pos, "internal error: address of register variable " + o->name);
      return Temp(o->type);
    }
    case ExprKind::Selector: {
      if (e->x->mode == Mode::PkgName || (e->x->kind == ExprKind::Name && e->x->obj &&
                                          e->x->obj->kind == ObjKind::PkgName)) {
        return b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->SymName(e->obj));
      }
      Type* t = e->x->type;
      Value* base;
      if (IsPtrType(t)) base = ExprV(e->x);
      else if (e->x->mode == Mode::Variable) base = Addr(e->x);
      else base = ExprV(e->x);
      Type* ft;
      return FieldPath(base, t, e->path, &ft);
    }
    case ExprKind::Index:
      return IndexAddr(e);
    case ExprKind::Unary:
      if (e->op == compile::Op::Mul) return NilCheck(ExprV(e->x));
      break;
    case ExprKind::CompositeLit:
      return CompositeLit(e, nullptr);
    default:
      break;
  }
  // Not addressable: materialize the value.
  Value* v = ExprV(e);
  if (IsSSAType(e->type)) {
    Value* tmp = Temp(e->type);
    Store(e->type, tmp, v);
    return tmp;
  }
  return v;
}

Value* FuncBuilder::FieldPath(Value* p, Type* t, const std::vector<int>& path, Type** out_t) {
  for (size_t k = 0; k < path.size(); k++) {
    if (IsPtrType(t)) {
      NilCheck(p);
      t = compile::Under(t)->elem;
    }
    Type* s = compile::Under(t);
    int i = path[k];
    p = OffPtr(p, compile::Offsetof(s, i));
    t = s->fields[i]->type;
    if (k + 1 < path.size() && IsPtrType(t)) p = Load(t, p);
  }
  *out_t = t;
  return p;
}

Value* FuncBuilder::Selector(Expr* e) {
  Object* o = e->obj;
  if (!o) {
    ps_->Error(e->pos, "not implemented: selector " + compile::ExprString(e));
    return f_->ConstInt(&st::kInt64, 0);
  }
  if (o->kind == ObjKind::Func) return MethodValue(e);  // or an imported function
  if (o->kind != ObjKind::Var) {
    ps_->Error(e->pos, "not implemented: selector " + compile::ExprString(e));
    return f_->ConstInt(&st::kInt64, 0);
  }
  return Load(e->type, Addr(e));
}

Value* FuncBuilder::ExtendTo64(Value* v, Type* t) {
  int size = v->type->size;
  if (size == 8) return v;
  bool sgn = IsSigned(t);
  Op op;
  if (size == 1) op = sgn ? Op::kSignExt8to64 : Op::kZeroExt8to64;
  else if (size == 2) op = sgn ? Op::kSignExt16to64 : Op::kZeroExt16to64;
  else op = sgn ? Op::kSignExt32to64 : Op::kZeroExt32to64;
  return b_->NewValue(op, sgn ? &st::kInt64 : &st::kUint64, {v});
}

// Checks 0 <= idx < len (or <= len for slice bounds); returns idx as int64.
Value* FuncBuilder::BoundsCheck(Value* idx, Type* idx_t, Value* len, bool slice, int ks,
                                int ku) {
  Value* i = ExtendTo64(idx, idx_t);
  if (i->type != &st::kInt64 && i->type->size == 8 && !IsSigned(idx_t)) {
    // keep unsigned 64-bit index as is
  }
  Value* ok = b_->NewValue(slice ? Op::kIsSliceInBounds : Op::kIsInBounds, &st::kBool, {i, len});
  Block* good = NewBlock();
  Block* bad = NewBlock();
  If(ok, good, bad);
  Seal(bad);
  b_ = bad;
  int kind = IsSigned(idx_t) || !IsUnsignedInt(idx_t) ? ks : ku;
  Value* call = b_->NewValue(Op::kPanicBounds, &st::kMem, {i, len, Mem()}, kind);
  ExitWith(call);
  Seal(good);
  b_ = good;
  return i;
}

Value* FuncBuilder::IndexAddr(Expr* e) {
  if (IsMapIndex(e)) {
    // Not addressable: a copy of the element.
    Value* v = MapIndexValue(e);
    return IsSSAType(e->type) ? CopyToTemp(e->type, v) : v;
  }
  Type* xt = e->x->type;
  Type* u = compile::Under(xt);
  Value* base;
  Value* len;
  Type* elem;
  if (u->kind == TypeKind::Pointer) {
    base = NilCheck(ExprV(e->x));
    u = compile::Under(u->elem);
    elem = u->elem;
    len = f_->ConstInt(&st::kInt64, u->len);
  } else if (u->kind == TypeKind::Array) {
    base = e->x->mode == Mode::Variable ? Addr(e->x) : ExprV(e->x);
    elem = u->elem;
    len = f_->ConstInt(&st::kInt64, u->len);
  } else if (u->kind == TypeKind::Slice) {
    Value* s = ExprV(e->x);
    base = Load(UPtr(), s);
    len = Load(Int(), OffPtr(s, 8));
    elem = u->elem;
  } else {
    ps_->Error(e->pos, "not implemented: indexing of " + compile::TypeString(xt, nullptr));
    return Temp(e->type);
  }
  Type* it = Concrete(e->y->type);
  Value* idx;
  if (e->y->mode == Mode::Constant) {
    compile::Value iv = e->y->val.ToInt();
    idx = f_->ConstInt(&st::kInt64, iv.Int64Val());
    if (u->kind == TypeKind::Slice)
      idx = BoundsCheck(idx, Int(), len, false, static_cast<int>(ssa::BoundsKind::kIndex),
                        static_cast<int>(ssa::BoundsKind::kIndexU));
  } else {
    idx = ExprV(e->y);
    idx = BoundsCheck(idx, it, len, false, static_cast<int>(ssa::BoundsKind::kIndex),
                      static_cast<int>(ssa::BoundsKind::kIndexU));
  }
  int64_t es = Size(elem);
  Value* off = es == 1 ? idx
                       : b_->NewValue(Op::kMul64, &st::kInt64, {idx, f_->ConstInt(&st::kInt64, es)});
  return b_->NewValue(Op::kAddPtr, &st::kPtr, {base, off});
}

Value* FuncBuilder::IndexExpr(Expr* e) {
  if (IsMapIndex(e)) return MapIndexValue(e);
  Type* u = compile::Under(Concrete(e->x->type));
  if (u->kind == TypeKind::Basic && u->basic == BasicKind::String) {
    Value* s = ExprV(e->x);
    Value* ptr = StringPtr(s);
    Value* len = StringLen(s);
    Value* idx = e->y->mode == Mode::Constant
                     ? f_->ConstInt(&st::kInt64, e->y->val.ToInt().Int64Val())
                     : ExprV(e->y);
    idx = BoundsCheck(idx, e->y->mode == Mode::Constant ? Int() : Concrete(e->y->type), len,
                      false, static_cast<int>(ssa::BoundsKind::kIndex),
                      static_cast<int>(ssa::BoundsKind::kIndexU));
    Value* p = b_->NewValue(Op::kAddPtr, &st::kPtr, {ptr, idx});
    return Load(BasicType(BasicKind::Uint8), p);
  }
  return Load(e->type, IndexAddr(e));
}

Value* FuncBuilder::SliceExpr(Expr* e) {
  Type* xt = Concrete(e->x->type);
  Type* u = compile::Under(xt);
  Value* ptr;
  Value* len;
  Value* cap;
  bool is_string = false;
  int64_t es = 1;
  if (u->kind == TypeKind::Basic) {
    is_string = true;
    Value* s = ExprV(e->x);
    ptr = StringPtr(s);
    len = StringLen(s);
    cap = len;
  } else if (u->kind == TypeKind::Slice) {
    Value* s = ExprV(e->x);
    ptr = Load(UPtr(), s);
    len = Load(Int(), OffPtr(s, 8));
    cap = Load(Int(), OffPtr(s, 16));
    es = Size(u->elem);
  } else {
    Type* at = u;
    if (u->kind == TypeKind::Pointer) {
      ptr = NilCheck(ExprV(e->x));
      at = compile::Under(u->elem);
    } else {
      ptr = Addr(e->x);
    }
    len = cap = f_->ConstInt(&st::kInt64, at->len);
    es = Size(at->elem);
  }
  auto idx = [&](Expr* ie) -> std::pair<Value*, Type*> {
    if (!ie) return {nullptr, nullptr};
    if (ie->mode == Mode::Constant)
      return {f_->ConstInt(&st::kInt64, ie->val.ToInt().Int64Val()), Int()};
    Type* t = Concrete(ie->type);
    return {ExtendTo64(ExprV(ie), t), t};
  };
  auto [lo, lot] = idx(e->y);
  auto [hi, hit] = idx(e->z);
  auto [mx, mxt] = idx(e->w);
  // gc's order and kinds: the max bound against cap, then the high bound
  // against it (or against cap, len for a string), then the low bound
  // against the high one. Only a slice's bounds are reported "with
  // capacity"; a string's and an array's are "with length".
  using BK = ssa::BoundsKind;
  bool is_slice = u->kind == TypeKind::Slice;
  auto check = [&](Value* x, Type* xt, Value* bound, BK ks, BK ku) {
    return BoundsCheck(x, xt, bound, true, static_cast<int>(ks), static_cast<int>(ku));
  };
  Value* k = cap;
  if (mx) {
    k = is_slice ? check(mx, mxt, cap, BK::kSlice3Acap, BK::kSlice3AcapU)
                 : check(mx, mxt, cap, BK::kSlice3Alen, BK::kSlice3AlenU);
  }
  Value* j = len;
  if (hi) {
    if (mx)
      j = check(hi, hit, k, BK::kSlice3B, BK::kSlice3BU);
    else if (is_slice)
      j = check(hi, hit, cap, BK::kSliceAcap, BK::kSliceAcapU);
    else
      j = check(hi, hit, len, BK::kSliceAlen, BK::kSliceAlenU);
  }
  Value* i = f_->ConstInt(&st::kInt64, 0);
  if (lo) {
    i = mx ? check(lo, lot, j, BK::kSlice3C, BK::kSlice3CU)
           : check(lo, lot, j, BK::kSliceB, BK::kSliceBU);
  }
  Value* nlen = b_->NewValue(Op::kSub64, &st::kInt64, {j, i});
  Value* off = es == 1 ? i
                       : b_->NewValue(Op::kMul64, &st::kInt64, {i, f_->ConstInt(&st::kInt64, es)});
  Value* nptr = lo ? b_->NewValue(Op::kAddPtr, &st::kPtr, {ptr, off}) : ptr;
  if (is_string) return MakeString(nptr, nlen);
  Value* ncap = b_->NewValue(Op::kSub64, &st::kInt64, {k, i});
  return MakeSlice3(nptr, nlen, ncap);
}

Value* FuncBuilder::Unary(Expr* e) {
  using compile::Op;
  Type* t = Concrete(e->type);
  switch (e->op) {
    case Op::And: {
      Expr* x = e->x;
      while (x->kind == ExprKind::Paren) x = x->x;
      if (x->kind == ExprKind::CompositeLit) {
        Type* lt = Concrete(x->type);
        Value* p = NewObject(lt);
        FillComposite(x, lt, p);
        return p;
      }
      return Addr(x);
    }
    case Op::Mul: {
      Value* p = NilCheck(ExprV(e->x));
      return Load(t, p);
    }
    case Op::Add:
      return ExprV(e->x);
    case Op::Sub: {
      Value* x = ExprV(e->x);
      if (IsComplexType(t)) return ComplexNeg(t, x);
      if (IsFloatType(t)) {
        return b_->NewValue(x->type->size == 4 ? ssa::Op::kNeg32F : ssa::Op::kNeg64F, x->type, {x});
      }
      return b_->NewValue(SizedOp(ssa::Op::kNeg8, x->type->size), x->type, {x});
    }
    case Op::Xor: {
      Value* x = ExprV(e->x);
      return b_->NewValue(SizedOp(ssa::Op::kCom8, x->type->size), x->type, {x});
    }
    case Op::Not:
    {
      Value* x = ExprV(e->x);  // may end the current block (&&, ||)
      return b_->NewValue(ssa::Op::kNot, &st::kBool, {x});
    }
    case Op::Recv:
      ps_->Error(e->pos, "not implemented: channels");
      return Temp(t);
    default:
      break;
  }
  ps_->Error(e->pos, "not implemented: unary operator");
  return f_->ConstInt(&st::kInt64, 0);
}

Value* FuncBuilder::ShortCircuit(Expr* e) {
  const void* key = e;
  var_types_[key] = &st::kBool;
  Value* x = ExprV(e->x);
  WriteVar(key, x);
  Block* rhs = NewBlock();
  Block* join = NewBlock();
  if (e->op == compile::Op::AndAnd) If(x, rhs, join);
  else If(x, join, rhs);
  Seal(rhs);
  b_ = rhs;
  WriteVar(key, ExprV(e->y));
  Goto(join);
  Seal(join);
  b_ = join;
  return ReadVar(key);
}

void FuncBuilder::CondBranch(Expr* e, Block* yes, Block* no) {
  while (e->kind == ExprKind::Paren && e->mode != Mode::Constant) e = e->x;
  if (e->kind == ExprKind::Binary && e->mode != Mode::Constant &&
      (e->op == compile::Op::AndAnd || e->op == compile::Op::OrOr)) {
    Block* mid = NewBlock();
    if (e->op == compile::Op::AndAnd) CondBranch(e->x, mid, no);
    else CondBranch(e->x, yes, mid);
    Seal(mid);
    b_ = mid;
    CondBranch(e->y, yes, no);
    return;
  }
  if (e->kind == ExprKind::Unary && e->op == compile::Op::Not && e->mode != Mode::Constant) {
    CondBranch(e->x, no, yes);
    return;
  }
  If(ExprV(e), yes, no);
}

Value* FuncBuilder::Binary(Expr* e) {
  using compile::Op;
  switch (e->op) {
    case Op::AndAnd: case Op::OrOr:
      return ShortCircuit(e);
    case Op::Eql: case Op::Neq: case Op::Lss: case Op::Leq: case Op::Gtr: case Op::Geq: {
      // The operand type: the non-nil, typed side.
      Expr* a = e->x;
      Expr* b = e->y;
      bool anil = IsNilExpr(a), bnil = IsNilExpr(b);
      if (anil && bnil) return f_->ConstBool(e->op == Op::Eql);
      if (anil) std::swap(a, b);
      Type* t = Concrete(a->type);
      if (compile::IsUntyped(a->type) && !compile::IsUntyped(b->type)) t = Concrete(b->type);
      // A mixed comparison converts the concrete side to the interface.
      if (!anil && !bnil && IsInterfaceType(b->type) && !IsInterfaceType(a->type))
        t = Concrete(b->type);
      Value* x = ExprAs(a, t);
      if (anil || bnil) {
        Value* p = IsSSAType(t) ? x : Load(UPtr(), x);
        Value* n = f_->entry->NewValue(ssa::Op::kConstNil, &st::kPtr);
        bool eq = e->op == Op::Eql;
        return b_->NewValue(eq ? ssa::Op::kEq64 : ssa::Op::kNeq64, &st::kBool, {p, n});
      }
      Value* y = ExprAs(b, t);
      return Compare(e->op, t, x, y);
    }
    case Op::Shl: case Op::Shr: {
      Type* t = Concrete(e->type);
      Value* x = ExprAs(e->x, t);
      Value* y = e->y->mode == Mode::Constant ? nullptr : ExprV(e->y);
      return Shift(e->op, t, x, e->y, y);
    }
    default:
      break;
  }
  Type* t = Concrete(e->type);
  Value* x = ExprAs(e->x, t);
  Value* y = ExprAs(e->y, t);
  if (IsStringType(t) && e->op == Op::Add) {
    std::vector<Slot> args = {{f_->entry->NewValue(ssa::Op::kConstNil, &st::kPtr), UPtr()},
                              {x, StringT()}, {y, StringT()}};
    return CallABI0("runtime.concatstring2", args, {StringT()})[0];
  }
  return Arith(e->op, t, x, y);
}

Value* FuncBuilder::Arith(compile::Op op, Type* t, Value* x, Value* y) {
  using compile::Op;
  if (IsComplexType(t)) return ComplexArith(op, t, x, y);
  const ssa::Type* s = SSAType(t);
  if (s->IsFloat()) {
    bool f32 = s->size == 4;
    ssa::Op o;
    switch (op) {
      case Op::Add: o = f32 ? ssa::Op::kAdd32F : ssa::Op::kAdd64F; break;
      case Op::Sub: o = f32 ? ssa::Op::kSub32F : ssa::Op::kSub64F; break;
      case Op::Mul: o = f32 ? ssa::Op::kMul32F : ssa::Op::kMul64F; break;
      case Op::Div: o = f32 ? ssa::Op::kDiv32F : ssa::Op::kDiv64F; break;
      default:
        return x;
    }
    return b_->NewValue(o, s, {x, y});
  }
  int size = s->size;
  bool sgn = IsSigned(t);
  ssa::Op o;
  switch (op) {
    case Op::Add: o = SizedOp(ssa::Op::kAdd8, size); break;
    case Op::Sub: o = SizedOp(ssa::Op::kSub8, size); break;
    case Op::Mul: o = SizedOp(ssa::Op::kMul8, size); break;
    case Op::Div: o = SizedOp(sgn ? ssa::Op::kDiv8 : ssa::Op::kDiv8u, size); break;
    case Op::Rem: o = SizedOp(sgn ? ssa::Op::kMod8 : ssa::Op::kMod8u, size); break;
    case Op::And: o = SizedOp(ssa::Op::kAnd8, size); break;
    case Op::Or: o = SizedOp(ssa::Op::kOr8, size); break;
    case Op::Xor: o = SizedOp(ssa::Op::kXor8, size); break;
    case Op::AndNot: {
      Value* ny = b_->NewValue(SizedOp(ssa::Op::kCom8, size), s, {y});
      return b_->NewValue(SizedOp(ssa::Op::kAnd8, size), s, {x, ny});
    }
    default:
      return x;
  }
  return b_->NewValue(o, s, {x, y});
}

Value* FuncBuilder::Shift(compile::Op op, Type* t, Value* x, Expr* ye, Value* y) {
  const ssa::Type* s = SSAType(t);
  Type* yt = Concrete(ye->type);
  if (!y) {
    // Constant count: the checker guarantees it is non-negative.
    uint64_t c = ye->val.ToInt().Uint64Val();
    y = f_->ConstInt(&st::kUint64, static_cast<int64_t>(c));
    yt = BasicType(BasicKind::Uint64);
  } else if (IsSigned(yt)) {
    PanicShiftIfNeg(y, yt);
    // Reinterpret the (now known non-negative) count as unsigned.
    y = b_->NewValue(ssa::Op::kCopy, ssa::types::Int(y->type->size, false), {y});
  }
  ssa::Op o;
  if (op == compile::Op::Shl) o = SizedOp(ssa::Op::kLsh8, s->size);
  else if (IsSigned(t)) o = SizedOp(ssa::Op::kRsh8, s->size);
  else o = SizedOp(ssa::Op::kRsh8U, s->size);
  return b_->NewValue(o, s, {x, y});
}

void FuncBuilder::PanicShiftIfNeg(Value* y, Type* yt) {
  Value* zero = f_->ConstInt(y->type, 0);
  Value* neg = b_->NewValue(SizedOp(ssa::Op::kLess8, y->type->size), &st::kBool, {y, zero});
  (void)yt;
  Block* bad = NewBlock();
  Block* good = NewBlock();
  If(neg, bad, good);
  Seal(bad);
  b_ = bad;
  CallABI0("runtime.panicshift", {}, {}, true);
  Seal(good);
  b_ = good;
}

Value* FuncBuilder::Compare(compile::Op op, Type* t, Value* x, Value* y) {
  using compile::Op;
  t = Concrete(t);
  // a > b is b < a; a >= b is b <= a.
  if (op == Op::Gtr || op == Op::Geq) {
    std::swap(x, y);
    op = op == Op::Gtr ? Op::Lss : Op::Leq;
  }
  if (IsStringType(t)) {
    if (op == Op::Eql || op == Op::Neq) {
      Value* eq = EqualMem(t, x, y);
      if (op == Op::Neq) eq = b_->NewValue(ssa::Op::kNot, &st::kBool, {eq});
      return eq;
    }
    Value* c = CallABI0("runtime.cmpstring", {{x, StringT()}, {y, StringT()}}, {Int()})[0];
    Value* zero = f_->ConstInt(&st::kInt64, 0);
    return b_->NewValue(op == Op::Lss ? ssa::Op::kLess64 : ssa::Op::kLeq64, &st::kBool, {c, zero});
  }
  if (!IsSSAType(t)) {
    Value* eq = EqualMem(t, x, y);
    if (op == Op::Neq) eq = b_->NewValue(ssa::Op::kNot, &st::kBool, {eq});
    return eq;
  }
  const ssa::Type* s = SSAType(t);
  if (s->IsBool()) {
    return b_->NewValue(op == Op::Eql ? ssa::Op::kEqB : ssa::Op::kNeqB, &st::kBool, {x, y});
  }
  if (s->IsFloat()) {
    bool f32 = s->size == 4;
    ssa::Op o = ssa::Op::kEq64F;
    switch (op) {
      case Op::Eql: o = f32 ? ssa::Op::kEq32F : ssa::Op::kEq64F; break;
      case Op::Neq: o = f32 ? ssa::Op::kNeq32F : ssa::Op::kNeq64F; break;
      case Op::Lss: o = f32 ? ssa::Op::kLess32F : ssa::Op::kLess64F; break;
      case Op::Leq: o = f32 ? ssa::Op::kLeq32F : ssa::Op::kLeq64F; break;
      default: break;
    }
    return b_->NewValue(o, &st::kBool, {x, y});
  }
  bool sgn = IsSigned(t);
  ssa::Op o = ssa::Op::kEq8;
  switch (op) {
    case Op::Eql: o = ssa::Op::kEq8; break;
    case Op::Neq: o = ssa::Op::kNeq8; break;
    case Op::Lss: o = sgn ? ssa::Op::kLess8 : ssa::Op::kLess8U; break;
    case Op::Leq: o = sgn ? ssa::Op::kLeq8 : ssa::Op::kLeq8U; break;
    default: break;
  }
  return b_->NewValue(SizedOp(o, s->size), &st::kBool, {x, y});
}

// Whether == on t can panic: it compares an interface somewhere inside,
// whose dynamic type may be uncomparable.
static bool EqCanPanic(Type* t) {
  Type* u = compile::Under(t);
  switch (u->kind) {
    case TypeKind::Interface:
      return true;
    case TypeKind::Array:
      return u->len > 0 && EqCanPanic(u->elem);
    case TypeKind::Struct:
      for (Object* f : u->fields)
        if (f->name != "_" && EqCanPanic(f->type)) return true;
      return false;
    default:
      return false;
  }
}

// x == y for values in memory (strings, structs, arrays).
Value* FuncBuilder::EqualMem(Type* t, Value* x, Value* y) {
  t = Concrete(t);
  if (IsComplexType(t)) return ComplexEqual(t, x, y);
  Type* u = compile::Under(t);
  if (u->kind == TypeKind::Interface) return IfaceEqual(t, x, y);
  if (IsStringType(t)) {
    Value* lx = StringLen(x);
    Value* ly = StringLen(y);
    const void* key = x;
    var_types_[key] = &st::kBool;
    Value* leneq = b_->NewValue(ssa::Op::kEq64, &st::kBool, {lx, ly});
    WriteVar(key, leneq);
    Block* cmp = NewBlock();
    Block* join = NewBlock();
    If(leneq, cmp, join);
    Seal(cmp);
    b_ = cmp;
    Value* r = CallABI0("runtime.memequal",
                        {{StringPtr(x), UPtr()}, {StringPtr(y), UPtr()}, {lx, Uintptr()}},
                        {Bool()})[0];
    WriteVar(key, r);
    Goto(join);
    Seal(join);
    b_ = join;
    return ReadVar(key);
  }
  if (IsSSAType(t)) return Compare(compile::Op::Eql, t, Load(t, x), Load(t, y));
  // The parts are ANDed in order. gc stops at the first difference, so a
  // part whose == can panic (it holds an interface) is compared only when
  // every part before it is equal: the AND so far decides first.
  Value* acc = f_->ConstBool(true);
  bool acc_trivial = true;
  const void* kres = nullptr;
  Block* done = nullptr;
  auto and_with = [&](Value* c) {
    acc = acc_trivial ? c : b_->NewValue(ssa::Op::kAndB, &st::kBool, {acc, c});
    acc_trivial = false;
  };
  auto part = [&](Type* pt, int64_t off) {
    if (EqCanPanic(pt) && !acc_trivial) {
      if (!done) {
        kres = NewKey(&st::kBool);
        done = NewBlock();
      }
      WriteVar(kres, f_->ConstBool(false));
      Block* next = NewBlock();
      If(acc, next, done);
      Seal(next);
      b_ = next;
      acc_trivial = true;
    }
    and_with(EqualMem(pt, OffPtr(x, off), OffPtr(y, off)));
  };
  auto result = [&]() {
    if (!done) return acc;
    WriteVar(kres, acc);
    Goto(done);
    Seal(done);
    b_ = done;
    return ReadVar(kres);
  };
  if (u->kind == TypeKind::Struct) {
    for (size_t i = 0; i < u->fields.size(); i++) {
      Object* fo = u->fields[i];
      if (fo->name == "_") continue;
      part(fo->type, compile::Offsetof(u, static_cast<int>(i)));
    }
    return result();
  }
  if (u->kind == TypeKind::Array) {
    int64_t es = Size(u->elem);
    if (u->len > 16) {
      Type* eu = compile::Under(u->elem);
      bool plain = eu->kind == TypeKind::Basic && !IsFloatType(eu) && !IsStringType(eu) &&
                   !IsComplexType(eu);
      if (plain) {
        return CallABI0("runtime.memequal",
                        {{x, UPtr()}, {y, UPtr()}, {f_->ConstInt(&st::kUintptr, Size(t)), Uintptr()}},
                        {Bool()})[0];
      }
      // A loop over the elements, stopping at the first difference.
      const void* ki = NewKey(&st::kInt64);
      const void* kr = NewKey(&st::kBool);
      WriteVar(ki, f_->ConstInt(&st::kInt64, 0));
      WriteVar(kr, f_->ConstBool(true));
      Block* cond = NewBlock();
      Block* body = NewBlock();
      Block* inc = NewBlock();
      Block* exit = NewBlock();
      Goto(cond);
      b_ = cond;
      Value* i = ReadVar(ki);
      If(b_->NewValue(ssa::Op::kLess64, &st::kBool, {i, f_->ConstInt(&st::kInt64, u->len)}), body,
         exit);
      Seal(body);
      b_ = body;
      Value* off = b_->NewValue(ssa::Op::kMul64, &st::kInt64, {ReadVar(ki), f_->ConstInt(&st::kInt64, es)});
      Value* xa = b_->NewValue(ssa::Op::kAddPtr, &st::kPtr, {x, off});
      Value* ya = b_->NewValue(ssa::Op::kAddPtr, &st::kPtr, {y, off});
      Value* eq = EqualMem(u->elem, xa, ya);
      WriteVar(kr, eq);
      If(eq, inc, exit);
      Seal(inc);
      b_ = inc;
      WriteVar(ki, b_->NewValue(ssa::Op::kAdd64, &st::kInt64, {ReadVar(ki), f_->ConstInt(&st::kInt64, 1)}));
      Goto(cond);
      Seal(cond);
      Seal(exit);
      b_ = exit;
      return ReadVar(kr);
    }
    for (int64_t i = 0; i < u->len; i++) part(u->elem, i * es);
    return result();
  }
  ps_->Error(compile::Pos{}, "not implemented: comparison of " + compile::TypeString(t, nullptr));
  return acc;
}

Value* FuncBuilder::IntConvert(Value* v, Type* from, Type* to) {
  const ssa::Type* fs = v->type;
  const ssa::Type* ts = SSAType(to);
  int a = fs->size, b = ts->size;
  if (a == b) {
    if (fs == ts) return v;
    return b_->NewValue(ssa::Op::kCopy, ts, {v});
  }
  ssa::Op op;
  if (b < a) {
    if (a == 8) op = b == 4 ? ssa::Op::kTrunc64to32 : b == 2 ? ssa::Op::kTrunc64to16 : ssa::Op::kTrunc64to8;
    else if (a == 4) op = b == 2 ? ssa::Op::kTrunc32to16 : ssa::Op::kTrunc32to8;
    else op = ssa::Op::kTrunc16to8;
  } else {
    bool sgn = IsSigned(from);
    if (a == 1) op = b == 2 ? (sgn ? ssa::Op::kSignExt8to16 : ssa::Op::kZeroExt8to16)
                     : b == 4 ? (sgn ? ssa::Op::kSignExt8to32 : ssa::Op::kZeroExt8to32)
                              : (sgn ? ssa::Op::kSignExt8to64 : ssa::Op::kZeroExt8to64);
    else if (a == 2) op = b == 4 ? (sgn ? ssa::Op::kSignExt16to32 : ssa::Op::kZeroExt16to32)
                                 : (sgn ? ssa::Op::kSignExt16to64 : ssa::Op::kZeroExt16to64);
    else op = sgn ? ssa::Op::kSignExt32to64 : ssa::Op::kZeroExt32to64;
  }
  return b_->NewValue(op, ts, {v});
}

Value* FuncBuilder::Convert(Value* v, Type* from, Type* to) {
  from = Concrete(from);
  to = Concrete(to);
  Type* fu = compile::Under(from);
  Type* tu = compile::Under(to);
  Value* nilp = nullptr;
  auto nil = [&]() {
    if (!nilp) nilp = f_->entry->NewValue(ssa::Op::kConstNil, &st::kPtr);
    return nilp;
  };
  if (IsStringType(to)) {
    if (IsStringType(from)) return v;
    if (fu->kind == TypeKind::Slice) {
      Type* eu = compile::Under(fu->elem);
      if (eu->basic == BasicKind::Uint8) {
        return CallABI0("runtime.slicebytetostring",
                        {{nil(), UPtr()}, {Load(UPtr(), v), UPtr()}, {Load(Int(), OffPtr(v, 8)), Int()}},
                        {StringT()})[0];
      }
      return CallABI0("runtime.slicerunetostring", {{nil(), UPtr()}, {v, from}}, {StringT()})[0];
    }
    // integer -> string
    Value* x = IsSigned(from) ? IntConvert(v, from, BasicType(BasicKind::Int64))
                              : IntConvert(v, from, BasicType(BasicKind::Uint64));
    if (IsUnsignedInt(from) && x->type != &st::kInt64) x = b_->NewValue(ssa::Op::kCopy, &st::kInt64, {x});
    return CallABI0("runtime.intstring", {{nil(), UPtr()}, {x, BasicType(BasicKind::Int64)}},
                    {StringT()})[0];
  }
  if (IsComplexType(to)) return ComplexConvert(v, from, to);
  if (IsStringType(from) && tu->kind == TypeKind::Slice) {
    Type* eu = compile::Under(tu->elem);
    const char* fn = eu->basic == BasicKind::Uint8 ? "runtime.stringtoslicebyte"
                                                   : "runtime.stringtoslicerune";
    return CallABI0(fn, {{nil(), UPtr()}, {v, StringT()}}, {to})[0];
  }
  if (fu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    // (*[N]T)(s): panics unless N <= len(s); the result is s's data
    // pointer (nil for a nil slice).
    Type* at = compile::Under(tu->elem);
    Value* n = f_->ConstInt(&st::kInt64, at->len);
    BoundsCheck(n, Int(), Load(Int(), OffPtr(v, 8)), true,
                static_cast<int>(ssa::BoundsKind::kConvert),
                static_cast<int>(ssa::BoundsKind::kConvert));
    return Load(to, v);
  }
  if (!IsSSAType(to)) return v;  // identical underlying memory types
  const ssa::Type* fs = v->type;
  const ssa::Type* ts = SSAType(to);
  bool ff = fs->IsFloat(), tf = ts->IsFloat();
  if (ff && tf) {
    if (fs->size == ts->size) return v;
    return b_->NewValue(fs->size == 4 ? ssa::Op::kCvt32Fto64F : ssa::Op::kCvt64Fto32F, ts, {v});
  }
  if (tf) {
    // integer -> float
    bool t32 = ts->size == 4;
    if (IsSigned(from)) {
      if (fs->size < 4) v = IntConvert(v, from, BasicType(BasicKind::Int32));
      if (v->type->size == 4)
        return b_->NewValue(t32 ? ssa::Op::kCvt32to32F : ssa::Op::kCvt32to64F, ts, {v});
      return b_->NewValue(t32 ? ssa::Op::kCvt64to32F : ssa::Op::kCvt64to64F, ts, {v});
    }
    if (fs->size < 4) {
      v = IntConvert(v, from, BasicType(BasicKind::Uint32));
      v = b_->NewValue(ssa::Op::kCopy, &st::kInt32, {v});
      return b_->NewValue(t32 ? ssa::Op::kCvt32to32F : ssa::Op::kCvt32to64F, ts, {v});
    }
    if (fs->size == 4) {
      v = b_->NewValue(ssa::Op::kZeroExt32to64, &st::kInt64, {v});
      return b_->NewValue(t32 ? ssa::Op::kCvt64to32F : ssa::Op::kCvt64to64F, ts, {v});
    }
    return b_->NewValue(t32 ? ssa::Op::kCvt64Uto32F : ssa::Op::kCvt64Uto64F, ts, {v});
  }
  if (ff) {
    // float -> integer, as gc's conversion table on 64-bit targets.
    bool f32 = fs->size == 4;
    if (IsSigned(to) || ts->size < 4) {
      if (ts->size == 8)
        return b_->NewValue(f32 ? ssa::Op::kCvt32Fto64 : ssa::Op::kCvt64Fto64, ts, {v});
      Value* w = b_->NewValue(f32 ? ssa::Op::kCvt32Fto32 : ssa::Op::kCvt64Fto32, &st::kInt32, {v});
      return IntConvert(w, BasicType(BasicKind::Int32), to);
    }
    if (ts->size == 4) {
      Value* w = b_->NewValue(f32 ? ssa::Op::kCvt32Fto64 : ssa::Op::kCvt64Fto64, &st::kInt64, {v});
      return IntConvert(w, BasicType(BasicKind::Int64), to);
    }
    return b_->NewValue(f32 ? ssa::Op::kCvt32Fto64U : ssa::Op::kCvt64Fto64U, ts, {v});
  }
  if (fs->IsIntLike() && ts->IsIntLike() && !fs->IsPtr() && !ts->IsPtr() && !fs->IsBool())
    return IntConvert(v, from, to);
  if (fs == ts) return v;
  return b_->NewValue(ssa::Op::kCopy, ts, {v});
}

Value* FuncBuilder::CompositeLit(Expr* e, Value* dst) {
  Type* t = Concrete(e->type);
  if (IsMapType(t)) {
    Value* m = MapLit(e);
    if (dst) Store(t, dst, m);
    return m;
  }
  if (IsPtrType(t)) {
    // An elided &T{...} element.
    Type* et = compile::Under(t)->elem;
    Value* p = NewObject(et);
    FillComposite(e, et, p);
    return p;
  }
  if (!dst) dst = Temp(t);
  FillComposite(e, t, dst);
  return dst;
}

void FuncBuilder::FillComposite(Expr* e, Type* t, Value* dst) {
  Type* u = compile::Under(Concrete(t));
  if (u->kind == TypeKind::Map) return Store(t, dst, MapLit(e));
  auto put = [&](Expr* v, Type* et, Value* addr) {
    Expr* x = v;
    while (x->kind == ExprKind::Paren) x = x->x;
    if (x->kind == ExprKind::CompositeLit && !IsPtrType(x->type) && !IsInterfaceType(et)) {
      FillComposite(x, et, addr);
      return;
    }
    Store(et, addr, ExprAs(v, et));
  };
  if (u->kind == TypeKind::Struct) {
    ZeroMem(t, dst);
    for (size_t k = 0; k < e->list.size(); k++) {
      Expr* el = e->list[k];
      int idx = static_cast<int>(k);
      Expr* val = el;
      if (el->kind == ExprKind::KeyValue) {
        val = el->y;
        for (size_t i = 0; i < u->fields.size(); i++)
          if (u->fields[i]->name == el->x->name) idx = static_cast<int>(i);
      }
      put(val, u->fields[idx]->type, OffPtr(dst, compile::Offsetof(u, idx)));
    }
    return;
  }
  if (u->kind == TypeKind::Array || u->kind == TypeKind::Slice) {
    Type* et = u->elem;
    int64_t es = Size(et);
    // Element indices.
    std::vector<int64_t> idx;
    int64_t next = 0, n = 0;
    for (Expr* el : e->list) {
      if (el->kind == ExprKind::KeyValue) next = el->x->val.ToInt().Int64Val();
      idx.push_back(next++);
      n = std::max(n, next);
    }
    Value* base = dst;
    if (u->kind == TypeKind::Slice) {
      if (n == 0) {
        // []T{} is a non-nil empty slice; point it at zerobase.
        Value* zb = b_->NewValue(ssa::Op::kAddr, &st::kPtr, {}, 0, "runtime.zerobase");
        Store(UPtr(), dst, zb);
        Store(Int(), OffPtr(dst, 8), f_->ConstInt(&st::kInt64, 0));
        Store(Int(), OffPtr(dst, 16), f_->ConstInt(&st::kInt64, 0));
        return;
      }
      base = NewObject(ArrayOf(et, n));
    } else {
      ZeroMem(t, dst);
    }
    for (size_t k = 0; k < e->list.size(); k++) {
      Expr* el = e->list[k];
      Expr* val = el->kind == ExprKind::KeyValue ? el->y : el;
      put(val, et, OffPtr(base, idx[k] * es));
    }
    if (u->kind == TypeKind::Slice) {
      Store(UPtr(), dst, base);
      Store(Int(), OffPtr(dst, 8), f_->ConstInt(&st::kInt64, n));
      Store(Int(), OffPtr(dst, 16), f_->ConstInt(&st::kInt64, n));
    }
    return;
  }
  ps_->Error(e->pos, "not implemented: composite literal of " + compile::TypeString(t, nullptr));
}

}  // namespace gocc::ssagen
