// System calls for linux/amd64, as in gc's runtime: arguments in DI, SI,
// DX, R10, R8, R9; number in AX; SYSCALL clobbers CX and R11.

#include "textflag.h"

#define SYS_write		1
#define SYS_arch_prctl		158
#define SYS_exit_group		231

#define ARCH_SET_FS		0x1002

// func exit(code int32)
TEXT runtime·exit(SB),NOSPLIT,$0-4
	MOVL	code+0(FP), DI
	MOVL	$SYS_exit_group, AX
	SYSCALL
	RET

// func write1(fd uintptr, p unsafe.Pointer, n int32) int32
TEXT runtime·write1(SB),NOSPLIT,$0-28
	MOVQ	fd+0(FP), DI
	MOVQ	p+8(FP), SI
	MOVL	n+16(FP), DX
	MOVL	$SYS_write, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// settls sets the FS base so that -8(FS) is the g slot: DI = &m.tls[0],
// and ELF's TLS convention wants FS to point just past the slot.
TEXT runtime·settls(SB),NOSPLIT,$32
	ADDQ	$8, DI
	MOVQ	DI, SI
	MOVQ	$ARCH_SET_FS, DI
	MOVQ	$SYS_arch_prctl, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	2(PC)
	MOVL	$0xf1, 0xf1  // crash
	RET
