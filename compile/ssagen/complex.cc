// complex64 and complex128 (phase 4, compile/ssagen/README.md): values live
// in memory as (real, imag) float pairs, like the other memory values an
// expression evaluates to the address of. + - and unary - work part by
// part; * computes in float64 and rounds back, as gc; / calls
// runtime.complex128div; == compares both parts; real, imag and complex
// load and store the parts.
#include "absl/strings/str_cat.h"
#include "compile/ssa/op.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::Type;
using ssa::Op;
namespace st = ssa::types;

bool IsComplexType(Type* t) {
  Type* u = compile::Under(Concrete(t));
  return u && u->kind == compile::TypeKind::Basic &&
         (u->basic == BasicKind::Complex64 || u->basic == BasicKind::Complex128);
}

namespace {

bool Is64(Type* t) { return compile::Under(Concrete(t))->basic == BasicKind::Complex64; }

}  // namespace

// The float type of t's parts.
static Type* PartType(Type* t) {
  return BasicType(Is64(t) ? BasicKind::Float32 : BasicKind::Float64);
}

Value* FuncBuilder::MakeComplex(Type* t, Value* re, Value* im) {
  Type* pt = PartType(t);
  Value* c = Temp(t);
  Store(pt, c, re);
  Store(pt, OffPtr(c, Size(pt)), im);
  return c;
}

void FuncBuilder::ComplexParts(Type* t, Value* c, Value** re, Value** im) {
  Type* pt = PartType(t);
  *re = Load(pt, c);
  *im = Load(pt, OffPtr(c, Size(pt)));
}

Value* FuncBuilder::ComplexConst(const compile::Value& v, Type* t) {
  compile::Value c = v.kind() == compile::Value::Complex ? v : v.ToComplex();
  Type* pt = PartType(t);
  double re = 0, im = 0;
  if (!c.IsUnknown()) {
    re = c.Real().ToFloat().Float64Val();
    im = c.Imag().ToFloat().Float64Val();
  }
  const ssa::Type* s = SSAType(pt);
  return MakeComplex(t, f_->ConstFloat(s, re), f_->ConstFloat(s, im));
}

Value* FuncBuilder::ComplexNeg(Type* t, Value* x) {
  Value *re, *im;
  ComplexParts(t, x, &re, &im);
  ssa::Op neg = Is64(t) ? Op::kNeg32F : Op::kNeg64F;
  return MakeComplex(t, b_->NewValue(neg, re->type, {re}), b_->NewValue(neg, im->type, {im}));
}

Value* FuncBuilder::ComplexArith(compile::Op op, Type* t, Value* x, Value* y) {
  bool f32 = Is64(t);
  Value *a, *b, *c, *d;
  ComplexParts(t, x, &a, &b);
  ComplexParts(t, y, &c, &d);
  auto widen = [&](Value* v) {
    return f32 ? b_->NewValue(Op::kCvt32Fto64F, &st::kFloat64, {v}) : v;
  };
  auto narrow = [&](Value* v) {
    return f32 ? b_->NewValue(Op::kCvt64Fto32F, &st::kFloat32, {v}) : v;
  };
  switch (op) {
    case compile::Op::Add:
    case compile::Op::Sub: {
      ssa::Op o = op == compile::Op::Add ? (f32 ? Op::kAdd32F : Op::kAdd64F)
                                         : (f32 ? Op::kSub32F : Op::kSub64F);
      return MakeComplex(t, b_->NewValue(o, a->type, {a, c}), b_->NewValue(o, b->type, {b, d}));
    }
    case compile::Op::Mul: {
      // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, in float64 (gc widens complex64).
      a = widen(a), b = widen(b), c = widen(c), d = widen(d);
      auto mul = [&](Value* p, Value* q) { return b_->NewValue(Op::kMul64F, &st::kFloat64, {p, q}); };
      Value* re = b_->NewValue(Op::kSub64F, &st::kFloat64, {mul(a, c), mul(b, d)});
      Value* im = b_->NewValue(Op::kAdd64F, &st::kFloat64, {mul(a, d), mul(b, c)});
      return MakeComplex(t, narrow(re), narrow(im));
    }
    case compile::Op::Div: {
      Type* c128 = BasicType(BasicKind::Complex128);
      Value* n = f32 ? MakeComplex(c128, widen(a), widen(b)) : x;
      Value* m = f32 ? MakeComplex(c128, widen(c), widen(d)) : y;
      Value* q = CallABI0("runtime.complex128div", {{n, c128}, {m, c128}}, {c128})[0];
      if (!f32) return q;
      Value *qr, *qi;
      ComplexParts(c128, q, &qr, &qi);
      return MakeComplex(t, narrow(qr), narrow(qi));
    }
    default:
      break;
  }
  ps_->Error(compile::Pos{}, "not implemented: complex operator");
  return x;
}

Value* FuncBuilder::ComplexEqual(Type* t, Value* x, Value* y) {
  Value *a, *b, *c, *d;
  ComplexParts(t, x, &a, &b);
  ComplexParts(t, y, &c, &d);
  ssa::Op eq = Is64(t) ? Op::kEq32F : Op::kEq64F;
  Value* re = b_->NewValue(eq, &st::kBool, {a, c});
  Value* im = b_->NewValue(eq, &st::kBool, {b, d});
  return b_->NewValue(Op::kAndB, &st::kBool, {re, im});
}

Value* FuncBuilder::ComplexConvert(Value* v, Type* from, Type* to) {
  if (Is64(from) == Is64(to)) return v;
  Value *re, *im;
  ComplexParts(from, v, &re, &im);
  ssa::Op o = Is64(to) ? Op::kCvt64Fto32F : Op::kCvt32Fto64F;
  const ssa::Type* s = SSAType(PartType(to));
  return MakeComplex(to, b_->NewValue(o, s, {re}), b_->NewValue(o, s, {im}));
}

std::vector<Value*> FuncBuilder::ComplexBuiltin(Expr* e, int id) {
  if (id == compile::kComplex) {
    Type* t = Concrete(e->type);
    Type* pt = PartType(t);
    Value* re = ExprAs(e->list[0], pt);
    Value* im = ExprAs(e->list[1], pt);
    return {MakeComplex(t, re, im)};
  }
  // real, imag
  Expr* a = e->list[0];
  Type* t = Concrete(a->type);
  if (!IsComplexType(t)) t = BasicType(BasicKind::Complex128);
  Value *re, *im;
  ComplexParts(t, ExprAs(a, t), &re, &im);
  return {id == compile::kReal ? re : im};
}

}  // namespace gocc::ssagen
