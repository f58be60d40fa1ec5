// Constant expressions of the operand syntax (expr.h).
#include "asm/amd64/expr.h"

#include <cstdlib>

namespace gocc::assembler::amd64 {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

void AppendUtf8(std::string* out, uint32_t r) {
  if (r < 0x80) {
    out->push_back(char(r));
  } else if (r < 0x800) {
    out->push_back(char(0xc0 | (r >> 6)));
    out->push_back(char(0x80 | (r & 0x3f)));
  } else if (r < 0x10000) {
    out->push_back(char(0xe0 | (r >> 12)));
    out->push_back(char(0x80 | ((r >> 6) & 0x3f)));
    out->push_back(char(0x80 | (r & 0x3f)));
  } else {
    out->push_back(char(0xf0 | (r >> 18)));
    out->push_back(char(0x80 | ((r >> 12) & 0x3f)));
    out->push_back(char(0x80 | ((r >> 6) & 0x3f)));
    out->push_back(char(0x80 | (r & 0x3f)));
  }
}

// One character of a quoted literal (after the opening quote), escapes
// included. *is_byte says whether it was a \x or octal escape (a raw byte).
bool ParseQuotedChar(Cursor* c, char quote, uint32_t* r, bool* is_byte, std::string* err) {
  *is_byte = false;
  if (c->pos >= c->s.size()) {
    *err = "literal not terminated";
    return false;
  }
  unsigned char ch = c->s[c->pos];
  if (ch != '\\') {
    // Decode one UTF-8 sequence.
    int n = ch < 0x80 ? 1 : ch < 0xe0 ? 2 : ch < 0xf0 ? 3 : 4;
    if (c->pos + n > c->s.size()) {
      *err = "invalid UTF-8 in literal";
      return false;
    }
    uint32_t v = n == 1 ? ch : n == 2 ? ch & 0x1f : n == 3 ? ch & 0x0f : ch & 0x07;
    for (int i = 1; i < n; i++) v = v << 6 | (uint8_t(c->s[c->pos + i]) & 0x3f);
    c->pos += n;
    *r = v;
    return true;
  }
  c->pos++;
  char e = c->PeekAt(0);
  c->pos++;
  switch (e) {
    case 'a': *r = 7; return true;
    case 'b': *r = 8; return true;
    case 'f': *r = 12; return true;
    case 'n': *r = 10; return true;
    case 'r': *r = 13; return true;
    case 't': *r = 9; return true;
    case 'v': *r = 11; return true;
    case '\\': *r = '\\'; return true;
    case '\'': case '"':
      if (e != quote) break;
      *r = uint32_t(e);
      return true;
    case 'x': case 'u': case 'U': {
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int i = 0; i < n; i++) {
        int d = DigitValue(c->PeekAt(0));
        if (d >= 16) {
          *err = "invalid escape in literal";
          return false;
        }
        v = v * 16 + d;
        c->pos++;
      }
      *r = v;
      *is_byte = e == 'x';
      return true;
    }
    default:
      if (e >= '0' && e <= '7') {
        uint32_t v = e - '0';
        for (int i = 0; i < 2; i++) {
          char d = c->PeekAt(0);
          if (d < '0' || d > '7') {
            *err = "invalid escape in literal";
            return false;
          }
          v = v * 8 + (d - '0');
          c->pos++;
        }
        if (v > 255) break;
        *r = v;
        *is_byte = true;
        return true;
      }
      break;
  }
  *err = "invalid escape in literal";
  return false;
}

bool ParseChar(Cursor* c, uint64_t* value, std::string* err) {
  c->pos++;  // '
  uint32_t r;
  bool is_byte;
  if (c->PeekAt(0) == '\'') {
    *err = "empty character literal";
    return false;
  }
  if (!ParseQuotedChar(c, '\'', &r, &is_byte, err)) return false;
  if (c->PeekAt(0) != '\'') {
    *err = "character literal not terminated";
    return false;
  }
  c->pos++;
  *value = r;
  return true;
}

bool ParseExprPrec(Cursor* c, uint64_t* value, std::string* err);

bool ParseFactor(Cursor* c, uint64_t* value, std::string* err) {
  char ch = c->Peek();
  switch (ch) {
    case '+':
      c->pos++;
      return ParseFactor(c, value, err);
    case '-':
      c->pos++;
      if (!ParseFactor(c, value, err)) return false;
      *value = 0 - *value;
      return true;
    case '~':
      c->pos++;
      if (!ParseFactor(c, value, err)) return false;
      *value = ~*value;
      return true;
    case '(':
      c->pos++;
      if (!ParseExprPrec(c, value, err)) return false;
      if (!c->Accept(')')) {
        *err = "expected ')', found " + c->Found();
        return false;
      }
      return true;
    case '\'':
      return ParseChar(c, value, err);
    default:
      if (IsDigit(ch)) return ParseIntLiteral(c, value, err);
      *err = "unexpected " + c->Found() + " in expression";
      return false;
  }
}

bool ParseTerm(Cursor* c, uint64_t* value, std::string* err) {
  if (!ParseFactor(c, value, err)) return false;
  for (;;) {
    char ch = c->Peek();
    char next = c->PeekAt(1);
    int op;
    if (ch == '*' || ch == '/' || ch == '%' || ch == '&') {
      op = ch;
      c->pos++;
    } else if ((ch == '<' && next == '<') || (ch == '>' && next == '>')) {
      op = ch;
      c->pos += 2;
    } else {
      return true;
    }
    size_t at = c->pos;
    uint64_t rhs;
    if (!ParseFactor(c, &rhs, err)) return false;
    switch (op) {
      case '*': *value *= rhs; break;
      case '/':
      case '%':
        if (rhs == 0) {
          c->pos = at;
          *err = "division by zero";
          return false;
        }
        *value = op == '/' ? *value / rhs : *value % rhs;
        break;
      case '&': *value &= rhs; break;
      case '<':
      case '>':
        if (int64_t(rhs) < 0) {
          c->pos = at;
          *err = "negative shift count";
          return false;
        }
        if (rhs >= 64)
          *value = 0;
        else
          *value = op == '<' ? *value << rhs : *value >> rhs;
        break;
    }
  }
}

bool ParseExprPrec(Cursor* c, uint64_t* value, std::string* err) {
  if (!ParseTerm(c, value, err)) return false;
  for (;;) {
    char ch = c->Peek();
    if (ch != '+' && ch != '-' && ch != '|' && ch != '^') return true;
    c->pos++;
    uint64_t rhs;
    if (!ParseTerm(c, &rhs, err)) return false;
    switch (ch) {
      case '+': *value += rhs; break;
      case '-': *value -= rhs; break;
      case '|': *value |= rhs; break;
      case '^': *value ^= rhs; break;
    }
  }
}

}  // namespace

std::string Cursor::Found() {
  SkipSpace();
  if (pos >= s.size()) return "EOF";
  size_t end = pos + 1;
  auto ident = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_' || (ch & 0x80);
  };
  if (ident(s[pos]))
    while (end < s.size() && ident(s[end])) end++;
  return std::string(s.substr(pos, end - pos));
}

bool StartsExpr(Cursor* c) {
  char ch = c->Peek();
  return IsDigit(ch) || ch == '\'' || ch == '+' || ch == '-' || ch == '~' || ch == '(';
}

bool ParseIntLiteral(Cursor* c, uint64_t* value, std::string* err) {
  c->SkipSpace();
  size_t start = c->pos;
  int base = 10;
  if (c->PeekAt(0) == '0') {
    char x = c->PeekAt(1);
    if (x == 'x' || x == 'X') base = 16, c->pos += 2;
    else if (x == 'b' || x == 'B') base = 2, c->pos += 2;
    else if (x == 'o' || x == 'O') base = 8, c->pos += 2;
    else if (IsDigit(x) || x == '_') base = 8, c->pos += 1;
  }
  uint64_t v = 0;
  int digits = 0;
  bool overflow = false;
  for (;;) {
    char ch = c->PeekAt(0);
    if (ch == '_') {
      c->pos++;
      continue;
    }
    int d = DigitValue(ch);
    if (d >= base) {
      if (d < 36 || IsDigit(ch)) {
        c->pos = start;
        *err = "invalid number " + c->Found();
        return false;
      }
      break;
    }
    if (v > (UINT64_MAX - d) / base) overflow = true;
    v = v * base + d;
    digits++;
    c->pos++;
  }
  if (digits == 0 && base != 8) {
    c->pos = start;
    *err = "invalid number " + c->Found();
    return false;
  }
  if (overflow) {
    c->pos = start;
    *err = "integer constant overflow";
    return false;
  }
  *value = v;
  return true;
}

bool ParseFloatLiteral(Cursor* c, double* value) {
  c->SkipSpace();
  size_t p = c->pos;
  if (p < c->s.size() && (c->s[p] == '+' || c->s[p] == '-')) p++;
  size_t digits_start = p;
  while (p < c->s.size() && IsDigit(c->s[p])) p++;
  bool is_float = false;
  if (p < c->s.size() && c->s[p] == '.') {
    is_float = true;
    p++;
    while (p < c->s.size() && IsDigit(c->s[p])) p++;
  }
  if (p == digits_start) return false;
  if (p < c->s.size() && (c->s[p] == 'e' || c->s[p] == 'E')) {
    size_t q = p + 1;
    if (q < c->s.size() && (c->s[q] == '+' || c->s[q] == '-')) q++;
    if (q < c->s.size() && IsDigit(c->s[q])) {
      is_float = true;
      p = q;
      while (p < c->s.size() && IsDigit(c->s[p])) p++;
    }
  }
  // 0x... is an integer, not a float.
  if (!is_float || (digits_start + 1 < c->s.size() && c->s[digits_start] == '0' &&
                    (c->s[digits_start + 1] == 'x' || c->s[digits_start + 1] == 'X')))
    return false;
  std::string text(c->s.substr(c->pos, p - c->pos));
  *value = std::strtod(text.c_str(), nullptr);
  c->pos = p;
  return true;
}

bool ParseStringLiteral(Cursor* c, std::string* out, std::string* err) {
  if (c->Peek() != '"') {
    *err = "expected string, found " + c->Found();
    return false;
  }
  c->pos++;
  out->clear();
  for (;;) {
    if (c->pos >= c->s.size()) {
      *err = "string literal not terminated";
      return false;
    }
    if (c->s[c->pos] == '"') {
      c->pos++;
      return true;
    }
    uint32_t r;
    bool is_byte;
    if (!ParseQuotedChar(c, '"', &r, &is_byte, err)) return false;
    if (is_byte)
      out->push_back(char(r));
    else
      AppendUtf8(out, r);
  }
}

bool ParseExpr(Cursor* c, uint64_t* value, std::string* err) {
  return ParseExprPrec(c, value, err);
}

}  // namespace gocc::assembler::amd64
