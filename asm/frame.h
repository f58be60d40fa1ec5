// The frame pass, after parsing and before layout: what gc's obj6.go
// (progedit + preprocess) does to a TEXT symbol's Prog list.
//  - the saved-BP slot is added to the frame, small leaf functions become
//    NOSPLIT;
//  - the stack-split check (MOVQ FS:-8, R14; CMPQ ...; JLS) is inserted at
//    the entry, with the CALL runtime.morestack_noctxt; JMP start sequence at
//    the end; WRAPPER functions get the g._panic.argp fix-up;
//  - prologue (SUBQ/MOVQ BP/LEAQ) and an epilogue before every RET;
//  - name+off(FP) and name-off(SP) become hardware SP offsets, tracking
//    PUSH/POP/ADJSP; Prog::spadj records every SP move (for pcsp);
//  - the SPWRITE flag is set when the code writes SP itself.
#ifndef GOCC_ASM_FRAME_H_
#define GOCC_ASM_FRAME_H_

#include "asm/diag.h"
#include "asm/obj.h"

namespace gocc::assembler {

// Rewrites s (a kText symbol) in place.
void Frame(LSym* s, Diag* diag);

// Before Frame: float constants as instruction operands (MOVSD $1.5, X0)
// move to memory, DUPOK RODATA symbols $f64.<bits> / $f32.<bits> added to
// obj, and MOVSD/MOVSS $0 to an X register become XORPS (gc's progedit).
void FloatConstants(ObjFile* obj, LSym* s);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_FRAME_H_
