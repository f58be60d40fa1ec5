// A minimal runtime for the linker's tests: _rt0_amd64 -> runtime·rt0_go,
// which calls main·main and exits with exit_group(0).

#include "textflag.h"

TEXT _rt0_amd64(SB),NOSPLIT,$-8
	MOVQ	0(SP), DI	// argc
	LEAQ	8(SP), SI	// argv
	JMP	runtime·rt0_go(SB)

TEXT runtime·rt0_go(SB),NOSPLIT|TOPFRAME,$16
	MOVQ	DI, 0(SP)
	MOVQ	SI, 8(SP)
	CALL	main·main(SB)
	MOVL	$0, DI
	MOVL	$231, AX	// exit_group
	SYSCALL
	INT	$3

// Never called: dead code for the linker to drop.
TEXT runtime·unused(SB),NOSPLIT,$0
	CALL	runtime·notdefined(SB)
	RET
