// A minimal runtime for the linker's tests, in plan9 assembly for our asm:
// the entry point jumps to _rt0_amd64 (asm_amd64.s), as gc's does.

#include "textflag.h"

TEXT _rt0_amd64_linux(SB),NOSPLIT,$-8
	JMP	_rt0_amd64(SB)
