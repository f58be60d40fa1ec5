// Integer constant expression evaluation (asm/expr.h).
#include "asm/expr.h"

namespace gocc::assembler {
namespace {

class Eval {
 public:
  explicit Eval(const std::vector<Token>& t) : t_(t) {}

  bool Run(int64_t* out, std::string* err) {
    uint64_t v = Expr();
    if (err_.empty() && i_ < t_.size())
      err_ = "unexpected " + t_[i_].text + " evaluating expression";
    if (!err_.empty()) {
      *err = err_;
      return false;
    }
    *out = int64_t(v);
    return true;
  }

 private:
  bool Is(const char* s) const { return i_ < t_.size() && t_[i_].text == s; }

  uint64_t Expr() {
    uint64_t v = Term();
    while (err_.empty()) {
      if (Is("+")) {
        i_++;
        v += Term();
      } else if (Is("-")) {
        i_++;
        v -= Term();
      } else if (Is("|")) {
        i_++;
        v |= Term();
      } else if (Is("^")) {
        i_++;
        v ^= Term();
      } else {
        break;
      }
    }
    return v;
  }

  uint64_t Term() {
    uint64_t v = Factor();
    while (err_.empty()) {
      if (Is("*")) {
        i_++;
        v *= Factor();
      } else if (Is("/") || Is("%")) {
        bool div = Is("/");
        i_++;
        uint64_t d = Factor();
        if (d == 0) {
          err_ = div ? "division by zero" : "modulo by zero";
          return 0;
        }
        if (int64_t(v) < 0) {
          err_ = div ? "divide of value with high bit set"
                     : "modulo of value with high bit set";
          return 0;
        }
        v = div ? v / d : v % d;
      } else if (Is("<<") || Is(">>")) {
        bool left = Is("<<");
        i_++;
        uint64_t s = Factor();
        if (int64_t(s) < 0) {
          err_ = left ? "negative left shift count" : "negative right shift count";
          return 0;
        }
        if (!left && int64_t(v) < 0) {
          err_ = "right shift of value with high bit set";
          return 0;
        }
        v = s >= 64 ? 0 : left ? v << s : v >> s;
      } else if (Is("&")) {
        i_++;
        v &= Factor();
      } else if (Is("&^")) {
        i_++;
        v &= ~Factor();
      } else {
        break;
      }
    }
    return v;
  }

  uint64_t Factor() {
    if (!err_.empty()) return 0;
    if (i_ >= t_.size()) {
      err_ = "unexpected EOF evaluating expression";
      return 0;
    }
    if (++depth_ > 1000) {
      err_ = "expression too deep";
      return 0;
    }
    const Token& t = t_[i_++];
    uint64_t v = 0;
    if (t.kind == Token::kNumber) {
      if (!ParseIntLiteral(t.text, &v))
        err_ = "expected integer constant; found " + t.text;
    } else if (t.kind == Token::kChar) {
      if (t.text.size() == 3) {
        v = uint8_t(t.text[1]);
      } else if (t.text.size() == 4 && t.text[1] == '\\') {
        switch (t.text[2]) {
          case 'n': v = '\n'; break;
          case 't': v = '\t'; break;
          case 'r': v = '\r'; break;
          case '0': v = 0; break;
          default: v = uint8_t(t.text[2]);
        }
      } else {
        err_ = "illegal character constant " + t.text;
      }
    } else if (t.text == "+") {
      v = Factor();
    } else if (t.text == "-") {
      v = -Factor();
    } else if (t.text == "~" || t.text == "^") {
      v = ~Factor();
    } else if (t.text == "(") {
      v = Expr();
      if (err_.empty() && !Is(")")) err_ = "missing closing paren";
      i_++;
    } else {
      err_ = "unexpected " + t.text + " evaluating expression";
    }
    depth_--;
    return v;
  }

  const std::vector<Token>& t_;
  size_t i_ = 0;
  int depth_ = 0;
  std::string err_;
};

}  // namespace

bool ParseIntLiteral(const std::string& s, uint64_t* out) {
  std::string d;
  for (char c : s)
    if (c != '_') d += c;
  if (d.empty()) return false;
  int base = 10;
  size_t i = 0;
  if (d.size() > 1 && d[0] == '0') {
    char p = d[1] | 0x20;
    if (p == 'x') base = 16, i = 2;
    else if (p == 'b') base = 2, i = 2;
    else if (p == 'o') base = 8, i = 2;
    else base = 8, i = 1;
  }
  if (i >= d.size()) return false;
  uint64_t v = 0;
  for (; i < d.size(); i++) {
    char c = d[i];
    int dig;
    if (c >= '0' && c <= '9') dig = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') dig = (c | 0x20) - 'a' + 10;
    else return false;
    if (dig >= base) return false;
    if (v > (UINT64_MAX - dig) / base) return false;  // overflow
    v = v * base + dig;
  }
  *out = v;
  return true;
}

bool EvalInteger(const std::vector<Token>& toks, int64_t* out,
                 std::string* err) {
  return Eval(toks).Run(out, err);
}

}  // namespace gocc::assembler
