// The statement parser: reads the preprocessed token stream, splits it into
// statements (newline or ';'), handles labels and the pseudo-instructions
// (TEXT, DATA, GLOBL, FUNCDATA, PCDATA, PCALIGN) and turns every instruction
// into a Prog appended to the current TEXT symbol. Operand text goes to the
// amd64 operand parser (amd64/operand.h); labels and n(PC) are resolved here
// into Addr::target Prog indices.
#ifndef GOCC_ASM_PARSE_H_
#define GOCC_ASM_PARSE_H_

#include "asm/diag.h"
#include "asm/lex.h"
#include "asm/obj.h"

namespace gocc::assembler {

// Parses everything pp produces into obj. Errors go to diag.
void Parse(Preprocessor* pp, Diag* diag, ObjFile* obj);

// True if the single operand of as is its destination (Prog.to); other
// single operands are sources (Prog.from), as in gc (unarydst.def).
bool IsUnaryDst(const std::string& as);

// True if as is a branch whose operand may be a label or n(PC).
bool IsJump(const std::string& as);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_PARSE_H_
