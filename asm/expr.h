// Integer constant expressions of the assembler, over preprocessed tokens:
// the TEXT and GLOBL flag operands (NOSPLIT|NOFRAME after macro expansion),
// DATA widths and the like. Grammar and precedence as in Go's cmd/asm:
//   expr   = term { ("+" | "-" | "|" | "^") term }
//   term   = factor { ("*" | "/" | "%" | "<<" | ">>" | "&" | "&^") factor }
//   factor = number | 'c' | ("+" | "-" | "~" | "^") factor | "(" expr ")"
// Arithmetic is on uint64, as in Go.
#ifndef GOCC_ASM_EXPR_H_
#define GOCC_ASM_EXPR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "asm/lex.h"

namespace gocc::assembler {

// Evaluates toks as one integer expression. On failure returns false and sets
// *err to a message ("unexpected X evaluating expression", "division by
// zero", ...).
bool EvalInteger(const std::vector<Token>& toks, int64_t* out,
                 std::string* err);

// Parses one Go integer literal (decimal, 0x, 0o/leading 0, 0b, with _).
bool ParseIntLiteral(const std::string& s, uint64_t* out);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_EXPR_H_
