// func spawn(i int)
// Starts a goroutine running main.worker: runtime·newproc takes a func
// value on the stack.

#include "textflag.h"

TEXT ·spawn(SB),$16-8
	MOVQ	$workerFV<>(SB), AX
	MOVQ	AX, 0(SP)
	CALL	runtime·newproc(SB)
	RET

DATA	workerFV<>+0(SB)/8, $·worker(SB)
GLOBL	workerFV<>(SB), RODATA, $8
