// Constant folding with Go's exact semantics: integer arithmetic wraps at
// the op's width, signed division truncates toward zero (MinInt / -1 =
// MinInt, MinInt % -1 = 0; a zero divisor is left for the runtime panic),
// shift counts are unsigned and counts >= the width give 0 or the sign fill,
// float ops round per IEEE 754 in their own precision. Also applies a few
// algebraic identities (x+0, x*1, x&x, x-x, ...) and turns If blocks with a
// constant control into Plain blocks (deadcode then drops the other arm).
#include <cmath>
#include <cstring>
#include <optional>

#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

uint64_t Mask(int size) {
  return size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (size * 8)) - 1;
}

double F(const Value* v) {
  double d;
  std::memcpy(&d, &v->aux_int, 8);
  return d;
}

bool IsIntConst(const Value* v) {
  switch (v->op) {
    case Op::kConst8:
    case Op::kConst16:
    case Op::kConst32:
    case Op::kConst64:
    case Op::kConstBool:
      return true;
    default:
      return false;
  }
}
bool IsFloatConst(const Value* v) {
  return v->op == Op::kConst32F || v->op == Op::kConst64F;
}

void SetInt(Value* v, int64_t c) {
  Op op = v->type->IsBool() ? Op::kConstBool : ConstOpForSize(v->type->size);
  v->Reset(op);
  v->aux_int = v->type->IsBool() ? (c != 0) : ExtendConst(c, v->type->size);
}
void SetBool(Value* v, bool b) {
  v->Reset(Op::kConstBool);
  v->aux_int = b;
}
void SetFloat(Value* v, double d) {
  if (v->type->size == 4) d = static_cast<float>(d);
  v->Reset(v->type->size == 4 ? Op::kConst32F : Op::kConst64F);
  std::memcpy(&v->aux_int, &d, 8);
}

// Size suffix of generic integer ops, from the op's first arg.
int ArgSize(const Value* v) { return v->args[0]->type->size; }

// Folds a binary integer op over constants a, b of width `size`.
// Returns nullopt when the op must stay (division by zero).
std::optional<int64_t> FoldIntBinary(Op op, int64_t a, int64_t b, int size,
                                     int count_size) {
  uint64_t m = Mask(size);
  uint64_t ua = static_cast<uint64_t>(a) & m;
  uint64_t ub = static_cast<uint64_t>(b) & m;
  int bits = size * 8;
  // The shift count is an unsigned value of its own width.
  uint64_t count = static_cast<uint64_t>(b) & Mask(count_size);
  switch (op) {
    case Op::kAdd8:
    case Op::kAdd16:
    case Op::kAdd32:
    case Op::kAdd64:
      return static_cast<int64_t>(ua + ub);
    case Op::kSub8:
    case Op::kSub16:
    case Op::kSub32:
    case Op::kSub64:
      return static_cast<int64_t>(ua - ub);
    case Op::kMul8:
    case Op::kMul16:
    case Op::kMul32:
    case Op::kMul64:
      return static_cast<int64_t>(ua * ub);
    case Op::kAnd8:
    case Op::kAnd16:
    case Op::kAnd32:
    case Op::kAnd64:
      return static_cast<int64_t>(ua & ub);
    case Op::kOr8:
    case Op::kOr16:
    case Op::kOr32:
    case Op::kOr64:
      return static_cast<int64_t>(ua | ub);
    case Op::kXor8:
    case Op::kXor16:
    case Op::kXor32:
    case Op::kXor64:
      return static_cast<int64_t>(ua ^ ub);
    case Op::kDiv8:
    case Op::kDiv16:
    case Op::kDiv32:
    case Op::kDiv64:
      if (b == 0) return std::nullopt;
      if (b == -1) return static_cast<int64_t>(uint64_t{0} - ua);
      return a / b;  // a, b are sign-extended: C++ truncates like Go
    case Op::kMod8:
    case Op::kMod16:
    case Op::kMod32:
    case Op::kMod64:
      if (b == 0) return std::nullopt;
      if (b == -1) return 0;
      return a % b;
    case Op::kDiv8u:
    case Op::kDiv16u:
    case Op::kDiv32u:
    case Op::kDiv64u:
      if (ub == 0) return std::nullopt;
      return static_cast<int64_t>(ua / ub);
    case Op::kMod8u:
    case Op::kMod16u:
    case Op::kMod32u:
    case Op::kMod64u:
      if (ub == 0) return std::nullopt;
      return static_cast<int64_t>(ua % ub);
    case Op::kLsh8:
    case Op::kLsh16:
    case Op::kLsh32:
    case Op::kLsh64:
      return count >= static_cast<uint64_t>(bits)
                 ? 0
                 : static_cast<int64_t>(ua << count);
    case Op::kRsh8U:
    case Op::kRsh16U:
    case Op::kRsh32U:
    case Op::kRsh64U:
      return count >= static_cast<uint64_t>(bits)
                 ? 0
                 : static_cast<int64_t>(ua >> count);
    case Op::kRsh8:
    case Op::kRsh16:
    case Op::kRsh32:
    case Op::kRsh64:
      // a is sign-extended to 64 bits, so an arithmetic shift of it is exact.
      if (count >= static_cast<uint64_t>(bits)) return a < 0 ? -1 : 0;
      return a >> count;
    default:
      return std::nullopt;
  }
}

std::optional<bool> FoldIntCompare(Op op, int64_t a, int64_t b, int size) {
  uint64_t m = Mask(size);
  uint64_t ua = static_cast<uint64_t>(a) & m;
  uint64_t ub = static_cast<uint64_t>(b) & m;
  switch (op) {
    case Op::kEq8:
    case Op::kEq16:
    case Op::kEq32:
    case Op::kEq64:
    case Op::kEqB:
      return ua == ub;
    case Op::kNeq8:
    case Op::kNeq16:
    case Op::kNeq32:
    case Op::kNeq64:
    case Op::kNeqB:
      return ua != ub;
    case Op::kLess8:
    case Op::kLess16:
    case Op::kLess32:
    case Op::kLess64:
      return a < b;
    case Op::kLeq8:
    case Op::kLeq16:
    case Op::kLeq32:
    case Op::kLeq64:
      return a <= b;
    case Op::kLess8U:
    case Op::kLess16U:
    case Op::kLess32U:
    case Op::kLess64U:
      return ua < ub;
    case Op::kLeq8U:
    case Op::kLeq16U:
    case Op::kLeq32U:
    case Op::kLeq64U:
      return ua <= ub;
    case Op::kAndB:
      return (a & b) != 0;
    case Op::kOrB:
      return (a | b) != 0;
    case Op::kIsInBounds:
      return static_cast<uint64_t>(a) < static_cast<uint64_t>(b);
    case Op::kIsSliceInBounds:
      return static_cast<uint64_t>(a) <= static_cast<uint64_t>(b);
    default:
      return std::nullopt;
  }
}

bool FoldFloat(Value* v) {
  Value* x = v->args.empty() ? nullptr : v->args[0];
  Value* y = v->args.size() > 1 ? v->args[1] : nullptr;
  bool single = x && x->type->size == 4;
  auto bin = [&](auto fn) {
    if (single) {
      SetFloat(v, fn(static_cast<float>(F(x)), static_cast<float>(F(y))));
    } else {
      SetFloat(v, fn(F(x), F(y)));
    }
    return true;
  };
  switch (v->op) {
    case Op::kAdd32F:
    case Op::kAdd64F:
      return bin([](auto a, auto b) { return a + b; });
    case Op::kSub32F:
    case Op::kSub64F:
      return bin([](auto a, auto b) { return a - b; });
    case Op::kMul32F:
    case Op::kMul64F:
      return bin([](auto a, auto b) { return a * b; });
    case Op::kDiv32F:
    case Op::kDiv64F:
      return bin([](auto a, auto b) { return a / b; });
    case Op::kNeg32F:
    case Op::kNeg64F:
      SetFloat(v, -F(x));
      return true;
    case Op::kSqrt:
      SetFloat(v, std::sqrt(F(x)));
      return true;
    case Op::kEq32F:
    case Op::kEq64F:
      SetBool(v, F(x) == F(y));
      return true;
    case Op::kNeq32F:
    case Op::kNeq64F:
      SetBool(v, F(x) != F(y));
      return true;
    case Op::kLess32F:
    case Op::kLess64F:
      SetBool(v, F(x) < F(y));
      return true;
    case Op::kLeq32F:
    case Op::kLeq64F:
      SetBool(v, F(x) <= F(y));
      return true;
    case Op::kCvt32Fto64F:
      SetFloat(v, F(x));
      return true;
    case Op::kCvt64Fto32F:
      SetFloat(v, static_cast<float>(F(x)));
      return true;
    case Op::kCvt32Fto32:
    case Op::kCvt64Fto32: {
      double d = std::trunc(F(x));
      if (!(d >= -2147483648.0 && d <= 2147483647.0)) return false;
      SetInt(v, static_cast<int64_t>(d));
      return true;
    }
    case Op::kCvt32Fto64:
    case Op::kCvt64Fto64: {
      double d = std::trunc(F(x));
      if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
        return false;
      }
      SetInt(v, static_cast<int64_t>(d));
      return true;
    }
    case Op::kCvt32Fto64U:
    case Op::kCvt64Fto64U: {
      double d = std::trunc(F(x));
      if (!(d >= 0 && d < 18446744073709551616.0)) return false;
      SetInt(v, static_cast<int64_t>(static_cast<uint64_t>(d)));
      return true;
    }
    default:
      return false;
  }
}

bool FoldConv(Value* v, int64_t a) {
  switch (v->op) {
    case Op::kSignExt8to16:
    case Op::kSignExt8to32:
    case Op::kSignExt8to64:
      SetInt(v, static_cast<int8_t>(a));
      return true;
    case Op::kSignExt16to32:
    case Op::kSignExt16to64:
      SetInt(v, static_cast<int16_t>(a));
      return true;
    case Op::kSignExt32to64:
      SetInt(v, static_cast<int32_t>(a));
      return true;
    case Op::kZeroExt8to16:
    case Op::kZeroExt8to32:
    case Op::kZeroExt8to64:
      SetInt(v, static_cast<uint8_t>(a));
      return true;
    case Op::kZeroExt16to32:
    case Op::kZeroExt16to64:
      SetInt(v, static_cast<uint16_t>(a));
      return true;
    case Op::kZeroExt32to64:
      SetInt(v, static_cast<uint32_t>(a));
      return true;
    case Op::kTrunc16to8:
    case Op::kTrunc32to8:
    case Op::kTrunc32to16:
    case Op::kTrunc64to8:
    case Op::kTrunc64to16:
    case Op::kTrunc64to32:
      SetInt(v, a);
      return true;
    case Op::kCvt32to32F:
      SetFloat(v, static_cast<float>(static_cast<int32_t>(a)));
      return true;
    case Op::kCvt32to64F:
      SetFloat(v, static_cast<double>(static_cast<int32_t>(a)));
      return true;
    case Op::kCvt64to32F:
      SetFloat(v, static_cast<float>(a));
      return true;
    case Op::kCvt64to64F:
      SetFloat(v, static_cast<double>(a));
      return true;
    case Op::kCvt64Uto32F:
      SetFloat(v, static_cast<float>(static_cast<uint64_t>(a)));
      return true;
    case Op::kCvt64Uto64F:
      SetFloat(v, static_cast<double>(static_cast<uint64_t>(a)));
      return true;
    case Op::kNeg8:
    case Op::kNeg16:
    case Op::kNeg32:
    case Op::kNeg64:
      SetInt(v, static_cast<int64_t>(uint64_t{0} - static_cast<uint64_t>(a)));
      return true;
    case Op::kCom8:
    case Op::kCom16:
    case Op::kCom32:
    case Op::kCom64:
      SetInt(v, ~a);
      return true;
    case Op::kNot:
      SetBool(v, a == 0);
      return true;
    default:
      return false;
  }
}

bool IsConstVal(const Value* v, int64_t c) {
  return IsIntConst(v) && v->aux_int == ExtendConst(c, v->type->size);
}

// x op x, x op 0, x op 1, ... Returns true if v changed.
bool Simplify(Value* v) {
  if (v->args.size() != 2 || !v->type->IsInteger()) return false;
  Value* x = v->args[0];
  Value* y = v->args[1];
  switch (v->op) {
    case Op::kAdd8:
    case Op::kAdd16:
    case Op::kAdd32:
    case Op::kAdd64:
    case Op::kOr8:
    case Op::kOr16:
    case Op::kOr32:
    case Op::kOr64:
    case Op::kXor8:
    case Op::kXor16:
    case Op::kXor32:
    case Op::kXor64:
      if (IsConstVal(y, 0)) {
        v->CopyOf(x);
        return true;
      }
      if (IsConstVal(x, 0)) {
        v->CopyOf(y);
        return true;
      }
      if (x == y && v->op >= Op::kXor8 && v->op <= Op::kXor64) {
        SetInt(v, 0);
        return true;
      }
      if (x == y && v->op >= Op::kOr8 && v->op <= Op::kOr64) {
        v->CopyOf(x);
        return true;
      }
      return false;
    case Op::kSub8:
    case Op::kSub16:
    case Op::kSub32:
    case Op::kSub64:
      if (IsConstVal(y, 0)) {
        v->CopyOf(x);
        return true;
      }
      if (x == y) {
        SetInt(v, 0);
        return true;
      }
      return false;
    case Op::kMul8:
    case Op::kMul16:
    case Op::kMul32:
    case Op::kMul64:
      if (IsConstVal(y, 1)) {
        v->CopyOf(x);
        return true;
      }
      if (IsConstVal(x, 1)) {
        v->CopyOf(y);
        return true;
      }
      if (IsConstVal(x, 0) || IsConstVal(y, 0)) {
        SetInt(v, 0);
        return true;
      }
      return false;
    case Op::kAnd8:
    case Op::kAnd16:
    case Op::kAnd32:
    case Op::kAnd64:
      if (x == y || IsConstVal(y, -1)) {
        v->CopyOf(x);
        return true;
      }
      if (IsConstVal(x, -1)) {
        v->CopyOf(y);
        return true;
      }
      if (IsConstVal(x, 0) || IsConstVal(y, 0)) {
        SetInt(v, 0);
        return true;
      }
      return false;
    case Op::kLsh8:
    case Op::kLsh16:
    case Op::kLsh32:
    case Op::kLsh64:
    case Op::kRsh8:
    case Op::kRsh16:
    case Op::kRsh32:
    case Op::kRsh64:
    case Op::kRsh8U:
    case Op::kRsh16U:
    case Op::kRsh32U:
    case Op::kRsh64U:
      if (IsConstVal(y, 0)) {
        v->CopyOf(x);
        return true;
      }
      return false;
    default:
      return false;
  }
}

bool FoldValue(Value* v) {
  if (v->op == Op::kCopy || v->op == Op::kPhi || v->IsConst()) return false;
  if (v->op == Op::kIsNonNil) {
    Op a = v->args[0]->op;
    if (a == Op::kConstNil) {
      SetBool(v, false);
      return true;
    }
    if (a == Op::kAddr || a == Op::kLocalAddr || a == Op::kParamAddr ||
        a == Op::kSP) {
      SetBool(v, true);
      return true;
    }
    return false;
  }
  for (Value* a : v->args) {
    if (!a->IsConst()) return Simplify(v);
  }
  if (v->args.empty()) return false;
  Value* x = v->args[0];
  if (IsFloatConst(x)) return FoldFloat(v);
  if (!IsIntConst(x)) return false;
  if (v->args.size() == 1) return FoldConv(v, x->aux_int);
  Value* y = v->args[1];
  if (v->args.size() != 2 || !IsIntConst(y)) return false;
  if (v->type->IsBool()) {
    std::optional<bool> r =
        FoldIntCompare(v->op, x->aux_int, y->aux_int, ArgSize(v));
    if (!r) return false;
    SetBool(v, *r);
    return true;
  }
  std::optional<int64_t> r = FoldIntBinary(v->op, x->aux_int, y->aux_int,
                                           v->type->size, y->type->size);
  if (!r) return false;
  SetInt(v, *r);
  return true;
}

}  // namespace

absl::Status ConstFold(Func& f) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (Block* b : f.blocks) {
      for (size_t i = 0; i < b->values.size(); i++) {
        if (FoldValue(b->values[i])) changed = true;
      }
    }
    // Copies made by Simplify must not hide constants from the next round.
    if (changed) {
      if (absl::Status s = CopyElim(f); !s.ok()) return s;
    }
    for (Block* b : f.blocks) {
      if (b->kind != BlockKind::kIf || b->control->op != Op::kConstBool) {
        continue;
      }
      int dead = b->control->aux_int ? 1 : 0;
      b->RemoveEdgeTo(dead);
      b->kind = BlockKind::kPlain;
      b->SetControl(nullptr);
      changed = true;
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
