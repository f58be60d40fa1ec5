// Exact constant values for the type checker: integers are GMP mpz, floats
// and complex parts are MPFR numbers with a 512-bit mantissa (gc keeps 512
// bits for untyped float constants). Values are immutable and cheap to copy.
#ifndef GOCC_COMPILE_CONSTANT_H_
#define GOCC_COMPILE_CONSTANT_H_

#include <cstdint>
#include <memory>
#include <string>

#include "compile/lexer.h"

namespace gocc::compile {

class Value {
 public:
  enum Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  static constexpr int kFloatPrec = 512;

  Value() = default;
  static Value MakeBool(bool b);
  static Value MakeString(std::string s);
  static Value MakeInt64(int64_t v);
  static Value MakeUint64(uint64_t v);
  // From a literal's source text (already validated by the lexer).
  static Value FromLiteral(LitKind kind, const std::string& lit);
  // Float from a double (used for float32/float64 rounding results).
  static Value MakeFloat64(double d);

  Kind kind() const { return kind_; }
  bool IsUnknown() const { return kind_ == Unknown; }

  bool BoolVal() const;
  const std::string& StringVal() const;
  // Integer accessors: ok is false when the value does not fit.
  int64_t Int64Val(bool* ok = nullptr) const;
  uint64_t Uint64Val(bool* ok = nullptr) const;
  double Float64Val() const;
  int Sign() const;  // of an Int or Float (complex: nonzero -> 1)

  // Conversions between numeric kinds; Unknown if not exactly possible
  // (ToInt of 1.5).
  Value ToInt() const;
  Value ToFloat() const;
  Value ToComplex() const;
  Value Real() const;
  Value Imag() const;
  static Value MakeComplex(const Value& re, const Value& im);

  // Number of bits needed to represent an Int's magnitude.
  size_t BitLen() const;
  // Rounds a Float (or the parts of a Complex) to float32 (bits=24) or
  // float64 (bits=53) precision; *overflow set when out of range.
  Value RoundFloat(int mant_bits, bool* overflow) const;

  // Arithmetic. `op` as in the lexer. For Int/Int division, integer
  // division is used when int_div. Returns Unknown on division by zero.
  static Value Binary(const Value& x, Op op, const Value& y, bool int_div);
  static Value Shift(const Value& x, Op op, uint64_t s);
  // Unary op; for Xor on unsigned types, prec > 0 is the bit width.
  static Value Unary(Op op, const Value& x, int prec);
  static bool Compare(const Value& x, Op op, const Value& y);

  // Short form for diagnostics (like go/constant's String).
  std::string ShortString() const;
  // Exact, parseable form (export data): see compile/README.md.
  std::string ExactString() const;
  static Value FromExactString(const std::string& s);

 struct Rep;  // GMP/MPFR storage (constant.cc)

 private:
  Kind kind_ = Unknown;
  std::shared_ptr<const Rep> rep_;
  static Value Make(Kind k, std::shared_ptr<Rep> r);
  friend struct ValueOps;
};

// Decodes the value of a (valid) string or rune literal's source text.
std::string DecodeStringLit(const std::string& lit);
int32_t DecodeRuneLit(const std::string& lit);
// Quotes s as Go's strconv.Quote does.
std::string QuoteString(const std::string& s);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_CONSTANT_H_
