// The program's entry point on linux/amd64: the kernel jumps here with argc
// at 0(SP) and argv after it. Like gc's, it only hands over to the
// architecture's common start-up code in asm_amd64.s.

#include "textflag.h"

TEXT _rt0_amd64_linux(SB),NOSPLIT,$-8
	JMP	_rt0_amd64(SB)
