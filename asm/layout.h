// Layout: after the frame pass. Assigns every Prog its pc and size, relaxes
// branches to labels (all start with the rel8 form and grow to rel32 until
// nothing changes), then encodes each Prog through amd64::Encode into the
// symbol's bytes and relocations. Also handles the pseudo-instructions that
// have no amd64 form of their own: ADJSP (SUBQ/ADDQ $n, SP), PCALIGN (NOP
// padding), BYTE/WORD/LONG/QUAD, and the zero-size TEXT, NOP, FUNCDATA and
// PCDATA.
#ifndef GOCC_ASM_LAYOUT_H_
#define GOCC_ASM_LAYOUT_H_

#include <string>

#include "asm/amd64/encode.h"
#include "asm/diag.h"
#include "asm/obj.h"

namespace gocc::assembler {

// Lays out and encodes s (kText). Returns false after reporting errors.
bool Layout(LSym* s, Diag* diag);

// Encodes one Prog at pc (pc only matters for PCALIGN). Branches to labels
// need p.to.offset set to the displacement. Returns "" or an error message.
std::string EncodeProg(const Prog& p, int64_t pc, amd64::Encoding* out);

// Checks a GLOBL/DATA symbol and sizes its bytes. Returns false on error.
bool FinishData(LSym* s, Diag* diag);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_LAYOUT_H_
