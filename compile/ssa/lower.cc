// Lowering: rewrites every generic op into amd64 ops. Direct renames come
// from the table in lower.def; the rest is code below, one case per kind
// of op. Narrow integers are extended where the instruction looks at more
// than their low bits (division, right shifts, shift counts, int->float).
// Address arithmetic is folded into memory operands: Load/Store through
// OffPtr/Addr/LocalAddr/ParamAddr/SP become MOVxload/MOVxstore with an
// AddrMode (func.h) and the offset in aux_int. New values are appended to
// the block; the schedule pass orders them before their users.
#include <cstring>
#include <optional>

#include "absl/strings/str_cat.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

std::optional<Op> DirectRule(Op op) {
  switch (op) {
#define LOWER(g, a) \
  case Op::k##g:    \
    return Op::k##a;
#include "compile/ssa/lower.def"
#undef LOWER
    default:
      return std::nullopt;
  }
}

bool FitsInt32(int64_t c) { return c >= INT32_MIN && c <= INT32_MAX; }

// The constant value of v (generic or lowered), if it is one.
std::optional<int64_t> IntConst(const Value* v) {
  switch (v->op) {
    case Op::kConst8:
    case Op::kConst16:
    case Op::kConst32:
    case Op::kConst64:
    case Op::kConstBool:
    case Op::kMOVQconst:
      return v->aux_int;
    case Op::kConstNil:
      return 0;
    default:
      return std::nullopt;
  }
}

class Lowerer {
 public:
  explicit Lowerer(Func& f) : f_(f) {}
  absl::Status Run();

 private:
  // v extended to 64 bits (a new value unless it already is 64 bits).
  Value* Ext64(Value* v, bool is_signed);
  absl::Status LowerValue(Value* v);
  void LowerCompare(Value* v, Op cmp, Cond c);
  void LowerShift(Value* v, int width, Op var_op, Op const_op, bool is_signed,
                  bool right);
  void LowerDiv(Value* v, int width, bool is_signed, bool mod);
  // Folds the pointer p into v's memory operand (amode/aux/aux_int) and
  // returns the register base (or the SP value for non-register modes).
  Value* FoldAddress(Value* v, Value* p);

  Func& f_;
  Block* b_ = nullptr;
};

Value* Lowerer::Ext64(Value* v, bool is_signed) {
  int size = v->type->size;
  if (size == 8) return v;
  Op op;
  if (size == 1)
    op = is_signed ? Op::kMOVBQSX : Op::kMOVBQZX;
  else if (size == 2)
    op = is_signed ? Op::kMOVWQSX : Op::kMOVWQZX;
  else
    op = is_signed ? Op::kMOVLQSX : Op::kMOVLQZX;
  if (std::optional<int64_t> c = IntConst(v)) {
    // Extend a constant right away.
    int64_t x = *c;
    if (!is_signed) {
      x = static_cast<int64_t>(static_cast<uint64_t>(x) &
                               ((uint64_t{1} << (size * 8)) - 1));
    } else {
      x = ExtendConst(x, size);
    }
    Value* k = b_->NewValue(Op::kMOVQconst,
                            is_signed ? &types::kInt64 : &types::kUint64);
    k->aux_int = x;
    k->pos = v->pos;
    return k;
  }
  Value* e =
      b_->NewValue(op, is_signed ? &types::kInt64 : &types::kUint64, {v});
  e->pos = v->pos;
  return e;
}

void Lowerer::LowerCompare(Value* v, Op cmp, Cond c) {
  Value* x = v->args[0];
  Value* y = v->args[1];
  v->ResetArgs();
  v->op = cmp;
  v->aux_int = static_cast<int64_t>(c);
  v->AddArg(x);
  v->AddArg(y);
}

void Lowerer::LowerShift(Value* v, int width, Op var_op, Op const_op,
                         bool is_signed, bool right) {
  Value* x = v->args[0];
  Value* cnt = v->args[1];
  if (right && width < 8) x = Ext64(x, is_signed);
  std::optional<int64_t> c = IntConst(cnt);
  if (c) {
    int csize = cnt->type->size;
    uint64_t n = static_cast<uint64_t>(*c);
    if (csize < 8) n &= (uint64_t{1} << (csize * 8)) - 1;
    uint64_t bits = static_cast<uint64_t>(width) * 8;
    v->ResetArgs();
    if (n >= bits && !is_signed) {
      v->op = Op::kMOVQconst;
      v->aux_int = 0;
      return;
    }
    if (n >= bits) n = 63;  // signed: all sign bits (x is extended)
    v->op = const_op;
    v->aux_int = static_cast<int64_t>(n);
    v->AddArg(x);
    return;
  }
  Value* c64 = Ext64(cnt, false);
  v->ResetArgs();
  v->op = var_op;
  v->aux_int = width * 8;
  v->AddArg(x);
  v->AddArg(c64);
}

void Lowerer::LowerDiv(Value* v, int width, bool is_signed, bool mod) {
  Value* x = v->args[0];
  Value* y = v->args[1];
  std::optional<int64_t> yc = IntConst(y);
  if (width < 8) {
    x = Ext64(x, is_signed);
    y = Ext64(y, is_signed);
  }
  int64_t checks = 0;
  if (!yc || *yc == 0) checks |= 1;                                // zero
  if (is_signed && width == 8 && (!yc || *yc == -1)) checks |= 2;  // -1
  v->ResetArgs();
  v->op = is_signed ? (mod ? Op::kMODQ : Op::kDIVQ)
                    : (mod ? Op::kMODQU : Op::kDIVQU);
  v->aux_int = checks;
  v->AddArg(x);
  v->AddArg(y);
}

Value* Lowerer::FoldAddress(Value* v, Value* p) {
  int64_t off = 0;
  for (;;) {
    if (p->op == Op::kLEAQ) {
      if (!FitsInt32(off + p->aux_int)) break;
      off += p->aux_int;
      if (p->amode != AddrMode::kReg) {
        v->amode = p->amode;
        v->aux = p->aux;
        v->aux_int = off;
        return f_.SPValue();
      }
      p = p->args[0];
      continue;
    }
    if (p->op == Op::kSP) {
      v->amode = AddrMode::kSP;
      v->aux_int = off;
      return p;
    }
    break;
  }
  v->amode = AddrMode::kReg;
  v->aux_int = off;
  return p;
}

absl::Status Lowerer::LowerValue(Value* v) {
  Op op = v->op;
  const Type* t = v->type;
  if (std::optional<Op> d = DirectRule(op)) {
    // A few cheap immediate forms.
    if ((op == Op::kAdd64 || op == Op::kAnd64 || op == Op::kOr64 ||
         op == Op::kXor64 || op == Op::kMul64 || op == Op::kSub64)) {
      Value* x = v->args[0];
      Value* y = v->args[1];
      std::optional<int64_t> c = IntConst(y);
      if (!c && op != Op::kSub64 && IntConst(x)) {
        c = IntConst(x);
        std::swap(x, y);
      }
      if (c && op == Op::kSub64)
        c = *c == INT64_MIN ? c : std::optional<int64_t>(-*c);
      if (c && FitsInt32(*c)) {
        Op k = op == Op::kAdd64 || op == Op::kSub64 ? Op::kADDQconst
               : op == Op::kAnd64                   ? Op::kANDQconst
               : op == Op::kOr64                    ? Op::kORQconst
               : op == Op::kXor64                   ? Op::kXORQconst
                                                    : Op::kIMULQconst;
        v->ResetArgs();
        v->op = k;
        v->aux_int = *c;
        v->AddArg(x);
        return absl::OkStatus();
      }
    }
    v->op = *d;
    return absl::OkStatus();
  }
  switch (op) {
    case Op::kPhi:
    case Op::kCopy:
    case Op::kInitMem:
    case Op::kSP:
    case Op::kArg:
    case Op::kGetClosurePtr:
      return absl::OkStatus();
    case Op::kConst8:
    case Op::kConst16:
    case Op::kConst32:
    case Op::kConst64:
    case Op::kConstBool:
      v->op = Op::kMOVQconst;
      return absl::OkStatus();
    case Op::kConstNil:
      v->op = Op::kMOVQconst;
      v->aux_int = 0;
      return absl::OkStatus();
    case Op::kConst32F:
      v->op = Op::kMOVSSconst;
      return absl::OkStatus();
    case Op::kConst64F:
      v->op = Op::kMOVSDconst;
      return absl::OkStatus();
    case Op::kTrunc16to8:
    case Op::kTrunc32to8:
    case Op::kTrunc32to16:
    case Op::kTrunc64to8:
    case Op::kTrunc64to16:
    case Op::kTrunc64to32:
      v->op = Op::kCopy;
      return absl::OkStatus();
    case Op::kNot:
      v->op = Op::kXORQconst;
      v->aux_int = 1;
      return absl::OkStatus();

#define CMP(g, w, cc)                               \
  case Op::k##g:                                    \
    LowerCompare(v, Op::kCMP##w##set, Cond::k##cc); \
    return absl::OkStatus();
      CMP(Eq8, B, EQ)
      CMP(Eq16, W, EQ) CMP(Eq32, L, EQ) CMP(Eq64, Q, EQ) CMP(Neq8, B, NE) CMP(
          Neq16, W, NE) CMP(Neq32, L, NE) CMP(Neq64, Q, NE) CMP(Less8, B, LT)
          CMP(Less16, W, LT) CMP(Less32, L, LT) CMP(Less64, Q, LT) CMP(
              Leq8, B, LE) CMP(Leq16, W, LE) CMP(Leq32, L, LE) CMP(Leq64, Q, LE)
              CMP(Less8U, B, ULT) CMP(Less16U, W, ULT) CMP(Less32U, L, ULT)
                  CMP(Less64U, Q, ULT) CMP(Leq8U, B, ULE) CMP(Leq16U, W, ULE)
                      CMP(Leq32U, L, ULE) CMP(Leq64U, Q, ULE) CMP(EqB, B, EQ)
                          CMP(NeqB, B, NE)
#undef CMP
#define FCMP(g, w, cc)                                 \
  case Op::k##g:                                       \
    LowerCompare(v, Op::kUCOMIS##w##set, Cond::k##cc); \
    return absl::OkStatus();
                              FCMP(Eq32F, S, EQ) FCMP(Eq64F, D, EQ)
                                  FCMP(Neq32F, S, NE) FCMP(Neq64F, D, NE)
                                      FCMP(Less32F, S, LT) FCMP(Less64F, D, LT)
                                          FCMP(Leq32F, S, LE)
                                              FCMP(Leq64F, D, LE)
#undef FCMP

                                                  case Op::kIsNonNil : {
        Value* p = v->args[0];
        Value* zero = b_->NewValue(Op::kMOVQconst, &types::kUintptr);
        v->ResetArgs();
        v->AddArg(p);
        v->AddArg(zero);
        v->op = Op::kCMPQset;
        v->aux_int = static_cast<int64_t>(Cond::kNE);
        return absl::OkStatus();
      }
    case Op::kIsInBounds:
    case Op::kIsSliceInBounds: {
      Value* i = Ext64(v->args[0], v->args[0]->type->IsSigned());
      Value* n = Ext64(v->args[1], v->args[1]->type->IsSigned());
      v->ResetArgs();
      v->AddArg(i);
      v->AddArg(n);
      v->aux_int =
          static_cast<int64_t>(op == Op::kIsInBounds ? Cond::kULT : Cond::kULE);
      v->op = Op::kCMPQset;
      return absl::OkStatus();
    }

#define SHIFT(g, w, var_op, const_op, sgn, right)                 \
  case Op::k##g:                                                  \
    LowerShift(v, w, Op::k##var_op, Op::k##const_op, sgn, right); \
    return absl::OkStatus();
      SHIFT(Lsh8, 1, SHLQ, SHLQconst, false, false)
      SHIFT(Lsh16, 2, SHLQ, SHLQconst, false, false)
      SHIFT(Lsh32, 4, SHLQ, SHLQconst, false, false)
      SHIFT(Lsh64, 8, SHLQ, SHLQconst, false, false)
      SHIFT(Rsh8U, 1, SHRQ, SHRQconst, false, true)
      SHIFT(Rsh16U, 2, SHRQ, SHRQconst, false, true)
      SHIFT(Rsh32U, 4, SHRQ, SHRQconst, false, true)
      SHIFT(Rsh64U, 8, SHRQ, SHRQconst, false, true)
      SHIFT(Rsh8, 1, SARQ, SARQconst, true, true)
      SHIFT(Rsh16, 2, SARQ, SARQconst, true, true)
      SHIFT(Rsh32, 4, SARQ, SARQconst, true, true)
      SHIFT(Rsh64, 8, SARQ, SARQconst, true, true)
#undef SHIFT

#define DIV(g, w, sgn, mod)   \
  case Op::k##g:              \
    LowerDiv(v, w, sgn, mod); \
    return absl::OkStatus();
      DIV(Div8, 1, true, false)
      DIV(Div16, 2, true, false) DIV(Div32, 4, true, false)
          DIV(Div64, 8, true, false) DIV(Div8u, 1, false, false)
              DIV(Div16u, 2, false, false) DIV(Div32u, 4, false, false)
                  DIV(Div64u, 8, false, false) DIV(Mod8, 1, true, true)
                      DIV(Mod16, 2, true, true) DIV(Mod32, 4, true, true)
                          DIV(Mod64, 8, true, true) DIV(Mod8u, 1, false, true)
                              DIV(Mod16u, 2, false, true)
                                  DIV(Mod32u, 4, false, true)
                                      DIV(Mod64u, 8, false, true)
#undef DIV

                                          case Op::kCvt32to32F
          : case Op::kCvt32to64F : {
        Value* x = Ext64(v->args[0], true);
        v->ResetArgs();
        v->AddArg(x);
        v->op = op == Op::kCvt32to32F ? Op::kCVTSQ2SS : Op::kCVTSQ2SD;
        return absl::OkStatus();
      }
    case Op::kCvt64Uto32F:
    case Op::kCvt64Uto64F:
      v->op = Op::kCVTUQ2F;
      v->aux_int = t->size;
      return absl::OkStatus();
    case Op::kCvt32Fto64U:
    case Op::kCvt64Fto64U:
      v->aux_int = v->args[0]->type->size;
      v->op = Op::kCVTTF2UQ;
      return absl::OkStatus();

    case Op::kAddr:
      v->op = Op::kLEAQ;
      v->amode = AddrMode::kSB;
      v->AddArg(f_.SPValue());
      return absl::OkStatus();
    case Op::kParamAddr:
      v->op = Op::kLEAQ;
      v->amode = AddrMode::kFP;
      v->AddArg(f_.SPValue());
      return absl::OkStatus();
    case Op::kLocalAddr:
      if (!f_.FindLocal(v->aux)) {
        return absl::InternalError(absl::StrCat("unknown local ", v->aux));
      }
      v->ResetArgs();
      v->op = Op::kLEAQ;
      v->amode = AddrMode::kLocal;
      v->AddArg(f_.SPValue());
      return absl::OkStatus();
    case Op::kOffPtr: {
      Value* p = v->args[0];
      int64_t off = v->aux_int;
      if (!FitsInt32(off)) {
        return absl::UnimplementedError("OffPtr offset beyond 32 bits");
      }
      v->ResetArgs();
      v->op = Op::kLEAQ;
      v->aux.clear();
      Value* base = p;
      if (p->op == Op::kLEAQ && FitsInt32(p->aux_int + off)) {
        v->amode = p->amode;
        v->aux = p->aux;
        off += p->aux_int;
        base = p->args[0];
      } else if (p->op == Op::kSP) {
        v->amode = AddrMode::kSP;
      }
      v->aux_int = off;
      v->AddArg(base);
      return absl::OkStatus();
    }
    case Op::kAddPtr: {
      // A constant offset is an OffPtr: it folds into memory operands.
      std::optional<int64_t> c = IntConst(v->args[1]);
      if (c && FitsInt32(*c)) {
        Value* p = v->args[0];
        v->ResetArgs();
        v->op = Op::kOffPtr;
        v->aux_int = *c;
        v->AddArg(p);
        return LowerValue(v);
      }
      v->op = Op::kADDQ;
      return absl::OkStatus();
    }
    case Op::kSelect0:
    case Op::kSelect1: {
      Value* tup = v->args[0];
      if (tup->op != Op::kMul64uhilo) {
        return absl::UnimplementedError(
            absl::StrCat("ssa: lowering ", OpName(v->op), " of ",
                         OpName(tup->op), " not implemented"));
      }
      Value* x = tup->args[0];
      Value* y = tup->args[1];
      v->ResetArgs();
      v->op = op == Op::kSelect0 ? Op::kHMULQU : Op::kIMULQ;
      v->AddArg(x);
      v->AddArg(y);
      return absl::OkStatus();
    }
    case Op::kMul64uhilo:
      return absl::OkStatus();  // consumed by its Selects, dropped below
    default:
      break;
  }
  // Memory ops (second round, after the address ops became LEAQ).
  return absl::UnimplementedError(
      absl::StrCat("ssa: lowering ", OpName(op), " not implemented"));
}

absl::Status Lowerer::Run() {
  // Round 1: everything but memory ops.
  for (Block* b : f_.blocks) {
    b_ = b;
    size_t n = b->values.size();
    for (size_t i = 0; i < n; i++) {
      Value* v = b->values[i];
      switch (v->op) {
        case Op::kLoad:
        case Op::kStore:
        case Op::kMove:
        case Op::kZero:
        case Op::kPanicBounds:
          continue;
        default:
          break;
      }
      if (absl::Status s = LowerValue(v); !s.ok()) return s;
    }
  }
  // Round 2: loads, stores, block ops and bounds panics.
  for (Block* b : f_.blocks) {
    b_ = b;
    size_t n = b->values.size();
    for (size_t i = 0; i < n; i++) {
      Value* v = b->values[i];
      switch (v->op) {
        case Op::kLoad: {
          Value* p = v->args[0];
          Value* mem = v->args[1];
          const Type* t = v->type;
          Op op;
          if (t->IsFloat())
            op = t->size == 4 ? Op::kMOVSSload : Op::kMOVSDload;
          else if (t->size == 1)
            op = Op::kMOVBload;
          else if (t->size == 2)
            op = Op::kMOVWload;
          else if (t->size == 4)
            op = Op::kMOVLload;
          else if (t->size == 8)
            op = Op::kMOVQload;
          else
            return absl::UnimplementedError(
                absl::StrCat("ssa: Load of ", t->String()));
          v->ResetArgs();
          v->op = op;
          Value* base = FoldAddress(v, p);
          v->AddArg(base);
          v->AddArg(mem);
          break;
        }
        case Op::kStore: {
          Value* p = v->args[0];
          Value* x = v->args[1];
          Value* mem = v->args[2];
          const Type* t = x->type;
          Op op;
          if (t->IsFloat())
            op = t->size == 4 ? Op::kMOVSSstore : Op::kMOVSDstore;
          else if (t->size == 1)
            op = Op::kMOVBstore;
          else if (t->size == 2)
            op = Op::kMOVWstore;
          else if (t->size == 4)
            op = Op::kMOVLstore;
          else if (t->size == 8)
            op = Op::kMOVQstore;
          else
            return absl::UnimplementedError(
                absl::StrCat("ssa: Store of ", t->String()));
          v->ResetArgs();
          v->op = op;
          Value* base = FoldAddress(v, p);
          v->AddArg(base);
          v->AddArg(x);
          v->AddArg(mem);
          break;
        }
        case Op::kMove:
          v->op = v->aux_int <= 256 ? Op::kMOVEunrolled : Op::kCALLmemmove;
          break;
        case Op::kZero:
          v->op = v->aux_int <= 256 ? Op::kZEROunrolled : Op::kCALLmemclr;
          break;
        case Op::kPanicBounds: {
          bool u = BoundsUnsigned(static_cast<BoundsKind>(v->aux_int));
          Value* x = Ext64(v->args[0], !u && v->args[0]->type->IsSigned());
          Value* y = Ext64(v->args[1], v->args[1]->type->IsSigned());
          Value* mem = v->args[2];
          v->ResetArgs();
          v->op = Op::kLoweredPanicBounds;
          v->AddArg(x);
          v->AddArg(y);
          v->AddArg(mem);
          break;
        }
        default:
          break;
      }
    }
  }
  // Tuple ops are consumed by their Selects.
  for (Block* b : f_.blocks) {
    for (Value* v : b->values) {
      if (v->op == Op::kMul64uhilo) {
        if (v->uses != 0) {
          return absl::UnimplementedError(
              "ssa: Mul64uhilo used other than through Select0/Select1");
        }
        v->ResetArgs();
      }
    }
    std::erase_if(b->values, [](Value* v) { return v->op == Op::kMul64uhilo; });
  }
  f_.lowered = true;
  return absl::OkStatus();
}

}  // namespace

absl::Status Lower(Func& f) { return Lowerer(f).Run(); }

}  // namespace gocc::ssa
