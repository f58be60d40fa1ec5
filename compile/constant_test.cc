// Unit tests of exact constants (constant.cc): literal values, exact
// arithmetic, rounding to float32/float64, and the printed forms.
#include "compile/constant.h"

#include <gtest/gtest.h>

namespace gocc::compile {
namespace {

Value Lit(LitKind k, const char* s) { return Value::FromLiteral(k, s); }

TEST(ConstantTest, LiteralValues) {
  EXPECT_EQ(Lit(LitKind::Int, "0x_1F").Int64Val(), 31);
  EXPECT_EQ(Lit(LitKind::Int, "0o17").Int64Val(), 15);
  EXPECT_EQ(Lit(LitKind::Int, "017").Int64Val(), 15);
  EXPECT_EQ(Lit(LitKind::Int, "0b101").Int64Val(), 5);
  EXPECT_EQ(Lit(LitKind::Int, "1_000_000").Int64Val(), 1000000);
  EXPECT_EQ(Lit(LitKind::Float, "0x1p-2").Float64Val(), 0.25);
  EXPECT_EQ(Lit(LitKind::Float, "1.5e3").Float64Val(), 1500.0);
  EXPECT_EQ(Lit(LitKind::Rune, "'\\u00e9'").Int64Val(), 0xe9);
  EXPECT_EQ(Lit(LitKind::Rune, "'\\377'").Int64Val(), 255);
  EXPECT_EQ(Lit(LitKind::String, "\"a\\x41\\u00e9\"").StringVal(), "aA\xc3\xa9");
  EXPECT_EQ(Lit(LitKind::String, "`a\\n`").StringVal(), "a\\n");
  Value c = Lit(LitKind::Imag, "2i");
  EXPECT_EQ(c.kind(), Value::Complex);
  EXPECT_EQ(c.Imag().Float64Val(), 2.0);
}

TEST(ConstantTest, IntegerArithmeticIsExact) {
  Value one = Value::MakeInt64(1);
  Value big = Value::Shift(one, Op::Shl, 100);
  EXPECT_EQ(big.ExactString(), "I1267650600228229401496703205376");
  EXPECT_EQ(big.BitLen(), 101u);
  bool ok = true;
  big.Int64Val(&ok);
  EXPECT_FALSE(ok);
  Value back = Value::Shift(big, Op::Shr, 98);
  EXPECT_EQ(back.Int64Val(), 4);
  // Integer division truncates; with int_div false it is exact.
  Value seven = Value::MakeInt64(7), two = Value::MakeInt64(2);
  EXPECT_EQ(Value::Binary(seven, Op::Div, two, true).Int64Val(), 3);
  EXPECT_EQ(Value::Binary(seven, Op::Div, two, false).Float64Val(), 3.5);
  EXPECT_EQ(Value::Binary(Value::MakeInt64(-7), Op::Rem, two, true).Int64Val(), -1);
  EXPECT_TRUE(Value::Binary(seven, Op::Div, Value::MakeInt64(0), true).IsUnknown());
  // ^x of an unsigned 8-bit value.
  EXPECT_EQ(Value::Unary(Op::Xor, Value::MakeInt64(1), 8).Int64Val(), 254);
  EXPECT_EQ(Value::Unary(Op::Xor, Value::MakeInt64(1), 0).Int64Val(), -2);
}

TEST(ConstantTest, FloatArithmeticIsExactUntilRounded) {
  Value a = Lit(LitKind::Float, "0.1"), b = Lit(LitKind::Float, "0.2");
  Value sum = Value::Binary(a, Op::Add, b, false);
  // Exact (512-bit) 0.1 + 0.2 is 0.3 to 512 bits, unlike float64.
  EXPECT_TRUE(Value::Compare(sum, Op::Eql, Lit(LitKind::Float, "0.3")));
  bool overflow = false;
  Value f32 = Lit(LitKind::Float, "1e39").RoundFloat(24, &overflow);
  EXPECT_TRUE(overflow);
  overflow = false;
  Value r = Lit(LitKind::Float, "0.1").RoundFloat(24, &overflow);
  EXPECT_FALSE(overflow);
  EXPECT_EQ(r.Float64Val(), static_cast<double>(0.1f));
  EXPECT_TRUE(Value::Compare(Value::MakeInt64(3), Op::Lss, Lit(LitKind::Float, "3.5")));
  EXPECT_EQ(Lit(LitKind::Float, "2.0").ToInt().Int64Val(), 2);
  EXPECT_TRUE(Lit(LitKind::Float, "2.5").ToInt().IsUnknown());
}

TEST(ConstantTest, PrintedForms) {
  EXPECT_EQ(Value::MakeInt64(-5).ShortString(), "-5");
  EXPECT_EQ(Lit(LitKind::Float, "1e39").ShortString(), "1e+39");
  EXPECT_EQ(Lit(LitKind::Float, "3.14159265358979323846").ShortString(), "3.14159");
  EXPECT_EQ(Value::MakeString("a\n\"").ShortString(), "\"a\\n\\\"\"");
  EXPECT_EQ(Value::MakeComplex(Value::MakeInt64(1), Value::MakeInt64(2)).ShortString(), "(1 + 2i)");
  // Exact forms round-trip.
  for (Value v : {Value::MakeInt64(-42), Lit(LitKind::Float, "0.1"), Lit(LitKind::Imag, "1.5i"),
                  Value::MakeString("x y"), Value::MakeBool(true), Value::MakeBool(false)}) {
    Value w = Value::FromExactString(v.ExactString());
    EXPECT_EQ(w.ExactString(), v.ExactString());
    EXPECT_EQ(w.kind(), v.kind());
  }
}

}  // namespace
}  // namespace gocc::compile
