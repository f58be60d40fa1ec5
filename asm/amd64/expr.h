// Constant expressions of the plan9 assembler operand syntax ($(5*8), $~15,
// $'a', 0x10+8(SP), ...) and the character cursor the operand parser
// (operand.cc) reads with. Macros are already expanded by the preprocessor,
// so an expression holds only literals, operators and parentheses.
//
//   expr   = term { ('+' | '-' | '|' | '^') term }
//   term   = factor { ('*' | '/' | '%' | '<<' | '>>' | '&') factor }
//   factor = int | char | '+' factor | '-' factor | '~' factor | '(' expr ')'
//
// Arithmetic is on uint64 with wraparound, as in gc's assembler; '/', '%'
// and '>>' are unsigned.
#ifndef GOCC_ASM_AMD64_EXPR_H_
#define GOCC_ASM_AMD64_EXPR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gocc::assembler::amd64 {

// A position in one statement's operand text.
struct Cursor {
  std::string_view s;
  size_t pos = 0;

  void SkipSpace() {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) pos++;
  }
  // The next non-blank character, 0 at the end.
  char Peek() {
    SkipSpace();
    return pos < s.size() ? s[pos] : 0;
  }
  char PeekAt(size_t k) const { return pos + k < s.size() ? s[pos + k] : 0; }
  bool AtEnd() { return Peek() == 0; }
  bool Accept(char c) {
    if (Peek() != c) return false;
    pos++;
    return true;
  }
  // A short description of what is at the cursor, for "expected X, found Y".
  std::string Found();
};

// Parses a constant expression at c. On error sets *err (and leaves c->pos at
// the offending character) and returns false.
bool ParseExpr(Cursor* c, uint64_t* value, std::string* err);

// True if the text at c starts a constant (digit, quote, sign, '~', '(').
bool StartsExpr(Cursor* c);

// Parses a number literal (decimal, 0x hex, 0 or 0o octal, 0b binary, '_'
// separators) at c without sign. Returns false if it does not fit in 64 bits.
bool ParseIntLiteral(Cursor* c, uint64_t* value, std::string* err);

// If c is at a floating-point literal (digits with '.' or an exponent),
// parses it. Returns false and leaves c alone otherwise.
bool ParseFloatLiteral(Cursor* c, double* value);

// Parses a Go double-quoted string literal at c (escapes \n \t \\ \" \xNN
// \NNN \uNNNN ...) into its bytes.
bool ParseStringLiteral(Cursor* c, std::string* out, std::string* err);

}  // namespace gocc::assembler::amd64

#endif  // GOCC_ASM_AMD64_EXPR_H_
