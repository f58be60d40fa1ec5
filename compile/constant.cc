// Exact constant arithmetic on GMP/MPFR (see constant.h).
#include "compile/constant.h"

#include <gmp.h>
#include <mpfr.h>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace gocc::compile {

struct Value::Rep {
  bool b = false;
  std::string s;
  bool has_z = false, has_f = false, has_c = false;
  mpz_t z;
  mpfr_t re, im;
  Rep() = default;
  Rep(const Rep&) = delete;
  ~Rep() {
    if (has_z) mpz_clear(z);
    if (has_f) mpfr_clear(re);
    if (has_c) mpfr_clear(im);
  }
  void InitZ() { mpz_init(z); has_z = true; }
  void InitF() {
    WidenExponents();
    mpfr_init2(re, kFloatPrec);
    has_f = true;
  }
  // Untyped constants reach binary exponents past MPFR's default range
  // (2^30): 1e646456992 / 1e646456991 must be 10, not NaN (Go's test
  // fixedbugs/issue11326b). The widest range is set once, before the first
  // float is made.
  static void WidenExponents() {
    static const bool done = [] {
      mpfr_set_emax(mpfr_get_emax_max());
      mpfr_set_emin(mpfr_get_emin_min());
      return true;
    }();
    (void)done;
  }
  void InitC() {
    InitF();
    mpfr_init2(im, kFloatPrec);
    has_c = true;
  }
};

struct ValueOps {
  static const Value::Rep& R(const Value& v) { return *v.rep_; }
};
namespace {
using Rep = Value::Rep;
const Rep& R(const Value& v) { return ValueOps::R(v); }
std::shared_ptr<Rep> NewRep() { return std::make_shared<Rep>(); }
}  // namespace

Value Value::Make(Kind k, std::shared_ptr<Rep> r) {
  Value v;
  v.kind_ = k;
  v.rep_ = std::move(r);
  return v;
}

Value Value::MakeBool(bool b) {
  auto r = NewRep();
  r->b = b;
  return Make(Bool, r);
}

Value Value::MakeString(std::string s) {
  auto r = NewRep();
  r->s = std::move(s);
  return Make(String, r);
}

Value Value::MakeInt64(int64_t v) {
  auto r = NewRep();
  r->InitZ();
  mpz_set_si(r->z, v);
  return Make(Int, r);
}

Value Value::MakeUint64(uint64_t v) {
  auto r = NewRep();
  r->InitZ();
  mpz_set_ui(r->z, v);
  return Make(Int, r);
}

Value Value::MakeFloat64(double d) {
  auto r = NewRep();
  r->InitF();
  mpfr_set_d(r->re, d, MPFR_RNDN);
  return Make(Float, r);
}

static std::string StripUnderscores(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

static bool ParseIntLit(const std::string& text, mpz_t z) {
  std::string s = StripUnderscores(text);
  int base = 10;
  size_t i = 0;
  if (s.size() > 1 && s[0] == '0') {
    char c = s[1] | 0x20;
    if (c == 'x') { base = 16; i = 2; }
    else if (c == 'o') { base = 8; i = 2; }
    else if (c == 'b') { base = 2; i = 2; }
    else { base = 8; i = 1; }
  }
  return mpz_set_str(z, s.c_str() + i, base) == 0;
}

static void ParseFloatLit(const std::string& text, mpfr_t f) {
  std::string s = StripUnderscores(text);
  mpfr_strtofr(f, s.c_str(), nullptr, 0, MPFR_RNDN);
}

Value Value::FromLiteral(LitKind kind, const std::string& lit) {
  switch (kind) {
    case LitKind::Int: {
      auto r = NewRep();
      r->InitZ();
      if (!ParseIntLit(lit, r->z)) return Value();
      return Make(Int, r);
    }
    case LitKind::Float: {
      auto r = NewRep();
      r->InitF();
      ParseFloatLit(lit, r->re);
      return Make(Float, r);
    }
    case LitKind::Imag: {
      std::string body = lit.substr(0, lit.size() - 1);
      auto r = NewRep();
      r->InitC();
      mpfr_set_zero(r->re, 1);
      // "0123i" is decimal for backward compatibility.
      bool is_int = body.find_first_of(".eEpPxX") == std::string::npos ||
                    (body.size() > 1 && (body[1] | 0x20) == 'x' &&
                     body.find_first_of(".pP") == std::string::npos);
      if (is_int && body.size() > 1 && body[0] == '0' &&
          (body[1] | 0x20) != 'x' && (body[1] | 0x20) != 'o' &&
          (body[1] | 0x20) != 'b') {
        std::string d = StripUnderscores(body);
        mpfr_set_str(r->im, d.c_str(), 10, MPFR_RNDN);
      } else if (is_int) {
        mpz_t z;
        mpz_init(z);
        ParseIntLit(body, z);
        mpfr_set_z(r->im, z, MPFR_RNDN);
        mpz_clear(z);
      } else {
        ParseFloatLit(body, r->im);
      }
      return Make(Complex, r);
    }
    case LitKind::Rune:
      return MakeInt64(DecodeRuneLit(lit));
    case LitKind::String:
      return MakeString(DecodeStringLit(lit));
  }
  return Value();
}

bool Value::BoolVal() const { return kind_ == Bool && rep_->b; }
const std::string& Value::StringVal() const {
  static const std::string empty;
  return kind_ == String ? rep_->s : empty;
}

int64_t Value::Int64Val(bool* ok) const {
  Value v = ToInt();
  if (v.kind_ != Int || !mpz_fits_slong_p(R(v).z)) {
    if (ok) *ok = false;
    return 0;
  }
  if (ok) *ok = true;
  return mpz_get_si(R(v).z);
}

uint64_t Value::Uint64Val(bool* ok) const {
  Value v = ToInt();
  if (v.kind_ != Int || mpz_sgn(R(v).z) < 0 || mpz_sizeinbase(R(v).z, 2) > 64) {
    if (ok) *ok = false;
    return 0;
  }
  if (ok) *ok = true;
  return mpz_get_ui(R(v).z);
}

double Value::Float64Val() const {
  switch (kind_) {
    case Int: return mpz_get_d(rep_->z);
    case Float: case Complex: {
      // Constants have no negative zero: a tiny negative value rounds to +0.
      double d = mpfr_get_d(rep_->re, MPFR_RNDN);
      return d == 0 ? 0.0 : d;
    }
    default: return 0;
  }
}

int Value::Sign() const {
  switch (kind_) {
    case Int: return mpz_sgn(rep_->z);
    case Float: return mpfr_sgn(rep_->re);
    case Complex: return (mpfr_sgn(rep_->re) != 0 || mpfr_sgn(rep_->im) != 0) ? 1 : 0;
    default: return 0;
  }
}

Value Value::ToInt() const {
  switch (kind_) {
    case Int: return *this;
    case Float: {
      if (!mpfr_integer_p(rep_->re)) return Value();
      auto r = NewRep();
      r->InitZ();
      mpfr_get_z(r->z, rep_->re, MPFR_RNDN);
      return Make(Int, r);
    }
    case Complex:
      if (mpfr_sgn(rep_->im) != 0) return Value();
      return Real().ToInt();
    default: return Value();
  }
}

Value Value::ToFloat() const {
  switch (kind_) {
    case Int: {
      auto r = NewRep();
      r->InitF();
      mpfr_set_z(r->re, rep_->z, MPFR_RNDN);
      return Make(Float, r);
    }
    case Float: return *this;
    case Complex:
      if (mpfr_sgn(rep_->im) != 0) return Value();
      return Real();
    default: return Value();
  }
}

Value Value::ToComplex() const {
  if (kind_ == Complex) return *this;
  Value f = ToFloat();
  if (f.kind_ != Float) return Value();
  auto r = NewRep();
  r->InitC();
  mpfr_set(r->re, R(f).re, MPFR_RNDN);
  mpfr_set_zero(r->im, 1);
  return Make(Complex, r);
}

Value Value::Real() const {
  if (kind_ != Complex) return kind_ == Int || kind_ == Float ? *this : Value();
  auto r = NewRep();
  r->InitF();
  mpfr_set(r->re, rep_->re, MPFR_RNDN);
  return Make(Float, r);
}

Value Value::Imag() const {
  if (kind_ == Int || kind_ == Float) return MakeInt64(0);
  if (kind_ != Complex) return Value();
  auto r = NewRep();
  r->InitF();
  mpfr_set(r->re, rep_->im, MPFR_RNDN);
  return Make(Float, r);
}

Value Value::MakeComplex(const Value& re, const Value& im) {
  Value a = re.ToFloat(), b = im.ToFloat();
  if (a.kind_ != Float || b.kind_ != Float) return Value();
  auto r = NewRep();
  r->InitC();
  mpfr_set(r->re, R(a).re, MPFR_RNDN);
  mpfr_set(r->im, R(b).re, MPFR_RNDN);
  return Make(Complex, r);
}

size_t Value::BitLen() const {
  if (kind_ != Int) return 0;
  if (mpz_sgn(rep_->z) == 0) return 0;
  return mpz_sizeinbase(rep_->z, 2);
}

// Rounds f to mant_bits of mantissa in the exponent range of the IEEE type.
static bool RoundTo(mpfr_t out, const mpfr_t in, int mant_bits) {
  if (mpfr_zero_p(in)) {
    mpfr_set_zero(out, 1);
    return false;
  }
  double d;
  if (mant_bits == 24) {
    float f = mpfr_get_flt(in, MPFR_RNDN);
    if (std::isinf(f)) return true;
    d = f;
  } else {
    d = mpfr_get_d(in, MPFR_RNDN);
    if (std::isinf(d)) return true;
  }
  if (d == 0) d = 0.0;  // underflow of a negative value: +0, as gc
  mpfr_set_d(out, d, MPFR_RNDN);
  return false;
}

Value Value::RoundFloat(int mant_bits, bool* overflow) const {
  *overflow = false;
  if (kind_ == Complex) {
    auto r = NewRep();
    r->InitC();
    bool o1 = RoundTo(r->re, rep_->re, mant_bits);
    bool o2 = RoundTo(r->im, rep_->im, mant_bits);
    *overflow = o1 || o2;
    return Make(Complex, r);
  }
  Value f = ToFloat();
  if (f.kind_ != Float) return Value();
  auto r = NewRep();
  r->InitF();
  *overflow = RoundTo(r->re, R(f).re, mant_bits);
  return Make(Float, r);
}

static int Rank(Value::Kind k) {
  switch (k) {
    case Value::Int: return 1;
    case Value::Float: return 2;
    case Value::Complex: return 3;
    default: return 0;
  }
}

static void Match(Value* x, Value* y) {
  int rx = Rank(x->kind()), ry = Rank(y->kind());
  int r = rx > ry ? rx : ry;
  auto conv = [r](Value* v) {
    if (r == 2) *v = v->ToFloat();
    if (r == 3) *v = v->ToComplex();
  };
  conv(x);
  conv(y);
}

Value Value::Binary(const Value& x0, Op op, const Value& y0, bool int_div) {
  if (x0.kind_ == Unknown || y0.kind_ == Unknown) return Value();
  if (x0.kind_ == Bool && y0.kind_ == Bool) {
    if (op == Op::AndAnd) return MakeBool(x0.rep_->b && y0.rep_->b);
    if (op == Op::OrOr) return MakeBool(x0.rep_->b || y0.rep_->b);
    return Value();
  }
  if (x0.kind_ == String && y0.kind_ == String) {
    if (op == Op::Add) return MakeString(x0.rep_->s + y0.rep_->s);
    return Value();
  }
  Value x = x0, y = y0;
  if (x.kind_ == Int && y.kind_ == Int && op == Op::Div && !int_div) {
    x = x.ToFloat();
    y = y.ToFloat();
  }
  Match(&x, &y);
  auto r = NewRep();
  if (x.kind_ == Int) {
    r->InitZ();
    const mpz_t& a = x.rep_->z;
    const mpz_t& b = y.rep_->z;
    switch (op) {
      case Op::Add: mpz_add(r->z, a, b); break;
      case Op::Sub: mpz_sub(r->z, a, b); break;
      case Op::Mul: mpz_mul(r->z, a, b); break;
      case Op::Div:
        if (mpz_sgn(b) == 0) return Value();
        mpz_tdiv_q(r->z, a, b);
        break;
      case Op::Rem:
        if (mpz_sgn(b) == 0) return Value();
        mpz_tdiv_r(r->z, a, b);
        break;
      case Op::And: mpz_and(r->z, a, b); break;
      case Op::Or: mpz_ior(r->z, a, b); break;
      case Op::Xor: mpz_xor(r->z, a, b); break;
      case Op::AndNot: {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, b);
        mpz_and(r->z, a, t);
        mpz_clear(t);
        break;
      }
      default: return Value();
    }
    return Make(Int, r);
  }
  if (x.kind_ == Float) {
    r->InitF();
    const mpfr_t& a = x.rep_->re;
    const mpfr_t& b = y.rep_->re;
    switch (op) {
      case Op::Add: mpfr_add(r->re, a, b, MPFR_RNDN); break;
      case Op::Sub: mpfr_sub(r->re, a, b, MPFR_RNDN); break;
      case Op::Mul: mpfr_mul(r->re, a, b, MPFR_RNDN); break;
      case Op::Div:
        if (mpfr_zero_p(b)) return Value();
        mpfr_div(r->re, a, b, MPFR_RNDN);
        break;
      default: return Value();
    }
    return Make(Float, r);
  }
  if (x.kind_ == Complex) {
    r->InitC();
    const Rep& a = *x.rep_;
    const Rep& b = *y.rep_;
    mpfr_t t1, t2, t3;
    mpfr_inits2(kFloatPrec, t1, t2, t3, static_cast<mpfr_ptr>(nullptr));
    switch (op) {
      case Op::Add:
        mpfr_add(r->re, a.re, b.re, MPFR_RNDN);
        mpfr_add(r->im, a.im, b.im, MPFR_RNDN);
        break;
      case Op::Sub:
        mpfr_sub(r->re, a.re, b.re, MPFR_RNDN);
        mpfr_sub(r->im, a.im, b.im, MPFR_RNDN);
        break;
      case Op::Mul:
        mpfr_mul(t1, a.re, b.re, MPFR_RNDN);
        mpfr_mul(t2, a.im, b.im, MPFR_RNDN);
        mpfr_sub(r->re, t1, t2, MPFR_RNDN);
        mpfr_mul(t1, a.re, b.im, MPFR_RNDN);
        mpfr_mul(t2, a.im, b.re, MPFR_RNDN);
        mpfr_add(r->im, t1, t2, MPFR_RNDN);
        break;
      case Op::Div:
        // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c^2+d^2)
        mpfr_mul(t3, b.re, b.re, MPFR_RNDN);
        mpfr_mul(t1, b.im, b.im, MPFR_RNDN);
        mpfr_add(t3, t3, t1, MPFR_RNDN);
        if (mpfr_zero_p(t3)) {
          mpfr_clears(t1, t2, t3, static_cast<mpfr_ptr>(nullptr));
          return Value();
        }
        mpfr_mul(t1, a.re, b.re, MPFR_RNDN);
        mpfr_mul(t2, a.im, b.im, MPFR_RNDN);
        mpfr_add(t1, t1, t2, MPFR_RNDN);
        mpfr_div(r->re, t1, t3, MPFR_RNDN);
        mpfr_mul(t1, a.im, b.re, MPFR_RNDN);
        mpfr_mul(t2, a.re, b.im, MPFR_RNDN);
        mpfr_sub(t1, t1, t2, MPFR_RNDN);
        mpfr_div(r->im, t1, t3, MPFR_RNDN);
        break;
      default:
        mpfr_clears(t1, t2, t3, static_cast<mpfr_ptr>(nullptr));
        return Value();
    }
    mpfr_clears(t1, t2, t3, static_cast<mpfr_ptr>(nullptr));
    return Make(Complex, r);
  }
  return Value();
}

Value Value::Shift(const Value& x0, Op op, uint64_t s) {
  Value x = x0.ToInt();
  if (x.kind_ != Int) return Value();
  auto r = NewRep();
  r->InitZ();
  if (op == Op::Shl) mpz_mul_2exp(r->z, x.rep_->z, s);
  else mpz_fdiv_q_2exp(r->z, x.rep_->z, s);
  return Make(Int, r);
}

Value Value::Unary(Op op, const Value& x, int prec) {
  switch (op) {
    case Op::Add:
      return (x.kind_ == Int || x.kind_ == Float || x.kind_ == Complex) ? x : Value();
    case Op::Sub: {
      auto r = NewRep();
      if (x.kind_ == Int) {
        r->InitZ();
        mpz_neg(r->z, x.rep_->z);
        return Make(Int, r);
      }
      if (x.kind_ == Float) {
        r->InitF();
        mpfr_neg(r->re, x.rep_->re, MPFR_RNDN);
        return Make(Float, r);
      }
      if (x.kind_ == Complex) {
        r->InitC();
        mpfr_neg(r->re, x.rep_->re, MPFR_RNDN);
        mpfr_neg(r->im, x.rep_->im, MPFR_RNDN);
        return Make(Complex, r);
      }
      return Value();
    }
    case Op::Xor: {
      if (x.kind_ != Int) return Value();
      auto r = NewRep();
      r->InitZ();
      mpz_com(r->z, x.rep_->z);
      if (prec > 0) {
        // For unsigned types, ^x == x XOR (1<<prec - 1).
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, prec);
        mpz_sub_ui(m, m, 1);
        mpz_and(r->z, r->z, m);
        mpz_clear(m);
      }
      return Make(Int, r);
    }
    case Op::Not:
      if (x.kind_ != Bool) return Value();
      return MakeBool(!x.rep_->b);
    default:
      return Value();
  }
}

bool Value::Compare(const Value& x0, Op op, const Value& y0) {
  int c = 0;
  if (x0.kind_ == Bool && y0.kind_ == Bool) {
    if (op == Op::Eql) return x0.rep_->b == y0.rep_->b;
    if (op == Op::Neq) return x0.rep_->b != y0.rep_->b;
    return false;
  }
  if (x0.kind_ == String && y0.kind_ == String) {
    c = x0.rep_->s.compare(y0.rep_->s);
  } else {
    Value x = x0, y = y0;
    Match(&x, &y);
    if (x.kind_ == Int) {
      c = mpz_cmp(x.rep_->z, y.rep_->z);
    } else if (x.kind_ == Float) {
      c = mpfr_cmp(x.rep_->re, y.rep_->re);
    } else if (x.kind_ == Complex) {
      bool eq = mpfr_equal_p(x.rep_->re, y.rep_->re) &&
                mpfr_equal_p(x.rep_->im, y.rep_->im);
      if (op == Op::Eql) return eq;
      if (op == Op::Neq) return !eq;
      return false;
    } else {
      return false;
    }
  }
  switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: return false;
  }
}

// Formats a float like go/constant: %.6g, but exact integers in range print
// without exponent.
static std::string FormatFloat(const mpfr_t f) {
  if (mpfr_zero_p(f)) return "0";
  char buf[256];
  long exp;
  mpfr_get_d_2exp(&exp, f, MPFR_RNDN);
  if (exp > -1000 && exp < 1000) {
    double d = mpfr_get_d(f, MPFR_RNDN);
    std::snprintf(buf, sizeof buf, "%.6g", d);
  } else {
    mpfr_snprintf(buf, sizeof buf, "%.6Rg", f);
  }
  return buf;
}

std::string Value::ShortString() const {
  switch (kind_) {
    case Unknown: return "unknown";
    case Bool: return rep_->b ? "true" : "false";
    case String: {
      std::string q = QuoteString(rep_->s);
      // go/constant shortens long strings.
      if (q.size() > 72) {
        // Cut at a rune boundary and append the ellipsis as go/constant does.
        size_t n = 0, runes = 0;
        while (n < q.size() && runes < 69) {
          unsigned char c = q[n];
          n += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          ++runes;
        }
        if (n < q.size()) q = q.substr(0, n) + "...";
      }
      return q;
    }
    case Int: {
      char* s = mpz_get_str(nullptr, 10, rep_->z);
      std::string out = s;
      void (*freefunc)(void*, size_t);
      mp_get_memory_functions(nullptr, nullptr, &freefunc);
      freefunc(s, std::strlen(s) + 1);
      return out;
    }
    case Float: {
      if (mpfr_integer_p(rep_->re) && mpfr_get_exp(rep_->re) <= 64) {
        mpz_t z;
        mpz_init(z);
        mpfr_get_z(z, rep_->re, MPFR_RNDN);
        std::string out = std::string();
        char* s = mpz_get_str(nullptr, 10, z);
        out = s;
        void (*freefunc)(void*, size_t);
        mp_get_memory_functions(nullptr, nullptr, &freefunc);
        freefunc(s, std::strlen(s) + 1);
        mpz_clear(z);
        return out;
      }
      return FormatFloat(rep_->re);
    }
    case Complex:
      return "(" + Real().ShortString() + " + " + Imag().ShortString() + "i)";
  }
  return "";
}

std::string Value::ExactString() const {
  switch (kind_) {
    case Unknown: return "?";
    case Bool: return rep_->b ? "T" : "F";
    case String: return "S" + QuoteString(rep_->s);
    case Int: return "I" + ShortString();
    case Float: {
      char* s = nullptr;
      mpfr_asprintf(&s, "%Ra", rep_->re);
      std::string out = std::string("F") + s;
      mpfr_free_str(s);
      return out;
    }
    case Complex: {
      char* a = nullptr;
      char* b = nullptr;
      mpfr_asprintf(&a, "%Ra", rep_->re);
      mpfr_asprintf(&b, "%Ra", rep_->im);
      std::string out = std::string("C") + a + "," + b;
      mpfr_free_str(a);
      mpfr_free_str(b);
      return out;
    }
  }
  return "?";
}

Value Value::FromExactString(const std::string& s) {
  if (s.empty()) return Value();
  switch (s[0]) {
    case 'T': return MakeBool(true);
    case 'F':
      if (s.size() == 1) return MakeBool(false);
      {
        auto r = NewRep();
        r->InitF();
        mpfr_strtofr(r->re, s.c_str() + 1, nullptr, 0, MPFR_RNDN);
        return Make(Float, r);
      }
    case 'S': return MakeString(DecodeStringLit(s.substr(1)));
    case 'I': {
      auto r = NewRep();
      r->InitZ();
      if (mpz_set_str(r->z, s.c_str() + 1, 10) != 0) return Value();
      return Make(Int, r);
    }
    case 'C': {
      size_t comma = s.find(',');
      if (comma == std::string::npos) return Value();
      auto r = NewRep();
      r->InitC();
      mpfr_strtofr(r->re, s.substr(1, comma - 1).c_str(), nullptr, 0, MPFR_RNDN);
      mpfr_strtofr(r->im, s.c_str() + comma + 1, nullptr, 0, MPFR_RNDN);
      return Make(Complex, r);
    }
  }
  return Value();
}

// Decodes one escape at s[i] (just after '\'); appends to out.
static void DecodeEscape(const std::string& s, size_t* i, std::string* out,
                         bool in_string) {
  char c = s[(*i)++];
  switch (c) {
    case 'a': out->push_back('\a'); return;
    case 'b': out->push_back('\b'); return;
    case 'f': out->push_back('\f'); return;
    case 'n': out->push_back('\n'); return;
    case 'r': out->push_back('\r'); return;
    case 't': out->push_back('\t'); return;
    case 'v': out->push_back('\v'); return;
    case '\\': out->push_back('\\'); return;
    case '\'': out->push_back('\''); return;
    case '"': out->push_back('"'); return;
  }
  int n = 0, base = 16;
  if (c >= '0' && c <= '7') { n = 2; base = 8; }
  else if (c == 'x') n = 2;
  else if (c == 'u') n = 4;
  else if (c == 'U') n = 8;
  uint32_t v = base == 8 ? static_cast<uint32_t>(c - '0') : 0;
  for (int k = 0; k < n && *i < s.size(); k++) {
    char d = s[(*i)++];
    int dv = (d >= '0' && d <= '9') ? d - '0' : ((d | 0x20) - 'a' + 10);
    v = v * base + dv;
  }
  if ((c == 'x' || base == 8) && in_string) {
    out->push_back(static_cast<char>(v & 0xFF));
  } else {
    AppendRune(out, static_cast<int32_t>(v));
  }
}

std::string DecodeStringLit(const std::string& lit) {
  std::string out;
  if (lit.empty()) return out;
  if (lit[0] == '`') {
    for (size_t i = 1; i + 1 < lit.size(); i++)
      if (lit[i] != '\r') out.push_back(lit[i]);
    return out;
  }
  size_t end = lit.size() >= 2 && lit.back() == '"' ? lit.size() - 1 : lit.size();
  for (size_t i = 1; i < end;) {
    if (lit[i] == '\\' && i + 1 < end) {
      ++i;
      DecodeEscape(lit, &i, &out, true);
    } else {
      out.push_back(lit[i++]);
    }
  }
  return out;
}

int32_t DecodeRuneLit(const std::string& lit) {
  if (lit.size() < 3) return 0;
  if (lit[1] == '\\') {
    std::string out;
    size_t i = 2;
    char c = lit[2];
    if (c == 'x' || (c >= '0' && c <= '7')) {
      DecodeEscape(lit, &i, &out, true);
      return static_cast<unsigned char>(out[0]);
    }
    DecodeEscape(lit, &i, &out, false);
    int n;
    return DecodeRune(reinterpret_cast<const unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(out.data()) + out.size(), &n);
  }
  int n;
  const auto* p = reinterpret_cast<const unsigned char*>(lit.data()) + 1;
  int32_t r = DecodeRune(p, p + lit.size() - 1, &n);
  return r < 0 ? 0xFFFD : r;
}

std::string QuoteString(const std::string& s) {
  std::string out = "\"";
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* lim = p + s.size();
  char buf[16];
  while (p < lim) {
    int n;
    int32_t r = DecodeRune(p, lim, &n);
    if (r < 0) {
      std::snprintf(buf, sizeof buf, "\\x%02x", *p);
      out += buf;
      p += 1;
      continue;
    }
    switch (r) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default:
        if (r < 0x20 || r == 0x7f) {
          std::snprintf(buf, sizeof buf, "\\x%02x", r);
          out += buf;
        } else {
          out.append(reinterpret_cast<const char*>(p), n);
        }
    }
    p += n;
  }
  return out + "\"";
}

}  // namespace gocc::compile
