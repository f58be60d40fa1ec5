// Frame, prologue, epilogue and stack-split shapes. asm_gc_compare_test
// assembles this file with `go tool asm -S` and with ours and compares the
// bytes and relocations of every symbol (gc is the oracle).
#include "textflag.h"

// Frame 0, no call: a leaf, made NOSPLIT automatically, no BP slot.
TEXT ·leaf0(SB), $0-8
	MOVQ	a+0(FP), AX
	ADDQ	$1, AX
	MOVQ	AX, ret+8(FP)
	RET

// Frame 0 with a call: gets the BP slot and the small stack check.
TEXT ·call0(SB), $0-0
	CALL	·leaf0(SB)
	RET

// Small frame with a call, pseudo-SP and FP references, PUSH/POP.
TEXT ·small(SB), $16-24
	MOVQ	a+0(FP), AX
	MOVQ	AX, x-8(SP)
	PUSHQ	AX
	MOVQ	b+8(FP), BX
	MOVQ	y-16(SP), CX
	POPQ	AX
	CALL	·leaf0(SB)
	MOVQ	x-8(SP), AX
	MOVQ	AX, ret+16(FP)
	RET

// Small leaf frame: automatic NOSPLIT, BP slot because the frame is not 0.
TEXT ·leafframe(SB), $32-0
	MOVQ	AX, x-8(SP)
	RET

// Leaf whose frame reaches StackSmall with the BP slot: keeps the check.
TEXT ·leaf120(SB), $120-0
	MOVQ	AX, x-8(SP)
	RET

// Frame 128 exactly (with BP): still the CMPQ SP form.
TEXT ·f120(SB), $120-0
	CALL	·leaf0(SB)
	RET

// Frame > StackSmall: LEAQ -(frame-128)(SP), R12 form.
TEXT ·f200(SB), $200-8
	MOVQ	a+0(FP), AX
	CALL	·leaf0(SB)
	RET

// Frame exactly StackBig with BP.
TEXT ·f4088(SB), $4088-0
	CALL	·leaf0(SB)
	RET

// Frame > StackBig: the MOVQ SP, R12; SUBQ; JCS form.
TEXT ·f5000(SB), $5000-16
	MOVQ	a+0(FP), AX
	MOVQ	AX, x-8(SP)
	CALL	·leaf0(SB)
	RET

// Huge frame: imm32 everywhere.
TEXT ·f100000(SB), $100000-0
	CALL	·leaf0(SB)
	RET

// NOSPLIT with a frame and a call.
TEXT ·nosplit24(SB), NOSPLIT, $24-8
	MOVQ	a+0(FP), AX
	MOVQ	AX, 0(SP)
	CALL	·leaf0(SB)
	RET

// NOSPLIT, frame 0, call: no BP slot.
TEXT ·nosplit0(SB), NOSPLIT, $0-0
	CALL	·leaf0(SB)
	RET

// NOFRAME: no BP slot even with a call.
TEXT ·noframe(SB), NOSPLIT|NOFRAME, $0-0
	CALL	·leaf0(SB)
	RET

// NOFRAME with a frame: SUBQ/ADDQ but no BP save.
TEXT ·noframe16(SB), NOFRAME, $16-0
	CALL	·leaf0(SB)
	RET

// NEEDCTXT: runtime.morestack instead of morestack_noctxt.
TEXT ·needctxt(SB), NEEDCTXT, $8-0
	MOVQ	8(DX), AX
	CALL	AX
	RET

// $-8: the legacy "no frame" marker.
TEXT ·minus8(SB), NOSPLIT, $-8
	MOVQ	0(SP), DI
	JMP	·leaf0(SB)

// TOPFRAME and several RETs, labels forward and back, n(PC).
TEXT ·multi(SB), TOPFRAME, $8-8
	MOVQ	a+0(FP), AX
	CMPQ	AX, $0
	JEQ	zero
	JLT	2(PC)
	RET
back:
	DECQ	AX
	JNE	back
	CALL	·leaf0(SB)
	RET
zero:
	MOVQ	$1, AX
	JMP	-3(PC)

// ADJSP inside the body.
TEXT ·adjsp(SB), $16-0
	ADJSP	$32
	MOVQ	AX, x-8(SP)
	CALL	·leaf0(SB)
	ADJSP	$-32
	RET

// Long branches: more than 127 bytes between a jump and its target.
TEXT ·long(SB), NOSPLIT, $0-0
	JMP	end
start:
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	MOVQ	$0x11223344, AX
	JNE	start
end:
	JEQ	start
	RET

// get_tls and g(CX): the g slot.
TEXT ·tls(SB), NOSPLIT, $0-8
	MOVQ	(TLS), AX
	MOVQ	AX, ret+0(FP)
	RET

// BYTE/WORD/LONG/QUAD and data.
TEXT ·raw(SB), NOSPLIT, $0
	BYTE	$0x90
	WORD	$0x9066
	LONG	$0x00401f0f
	QUAD	$0x0000000000841f0f
	RET

DATA ·msg+0(SB)/8, $"hello, w"
DATA ·msg+8(SB)/4, $"orld"
GLOBL ·msg(SB), RODATA, $12
DATA ·ptr+0(SB)/8, $·msg+4(SB)
GLOBL ·ptr(SB), $8
DATA ·tab<>+0(SB)/4, $1
DATA ·tab<>+4(SB)/2, $2
DATA ·tab<>+6(SB)/1, $3
DATA ·tab<>+8(SB)/8, $1.5
GLOBL ·tab<>(SB), NOPTR, $16
GLOBL ·zero(SB), NOPTR, $64
GLOBL ·bss(SB), $24

// WRAPPER: the g._panic.argp fix-up, with and without a stack check.
TEXT ·wrapper(SB), WRAPPER, $16-8
	MOVQ	a+0(FP), AX
	CALL	·leaf0(SB)
	RET

TEXT ·wrapperns(SB), WRAPPER|NOSPLIT, $0-8
	MOVQ	a+0(FP), AX
	RET

// PCDATA/FUNCDATA and the funcdata.h macros emit no bytes.
#include "funcdata.h"
TEXT ·withmaps(SB), $8-8
	NO_LOCAL_POINTERS
	GO_RESULTS_INITIALIZED
	CALL	·leaf0(SB)
	RET

// Float constants move to memory ($f64.../$f32... DUPOK RODATA); 0 to XORPS.
TEXT ·floats(SB), NOSPLIT, $0
	MOVSD	$1.5, X0
	MOVSS	$0.0, X1
	ADDSS	$2.0, X1
	MOVSD	$0.0, X2
	UCOMISD	$-3.25, X0
	RET
