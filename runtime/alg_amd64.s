// Map hashing for amd64 (alg.go): memhash, memhash32, memhash64, strhash,
// the context-reading hashers memhash_varlen and typehash_closure, and
// callHasher, which calls a hasher func value.
//
// The hash multiplies 64-bit words and folds the 128-bit product
// (mix(a, b) = lo(a*b) ^ hi(a*b)), keyed by the seed and hashkey[0]:
//
//	s = seed ^ hashkey[0]
//	while more than 16 bytes remain: s = mix(w0 ^ K1, w1 ^ s)
//	a, b = the first and last word (8..16 bytes; 4-byte words for 4..7,
//	       the first, middle and last byte for 1..3; the last 16 bytes
//	       after the loop)
//	hash = mix(mix(a ^ K1, b ^ s), K2 ^ length)
//
// so memhash(p, seed, 4) == memhash32(p, seed) and likewise for 8.

#include "textflag.h"

#define K1 $0x9e3779b97f4a7c15
#define K2 $0x94d049bb133111eb

// memhashbody: AX = hash of the CX bytes at SI with seed BX.
// Clobbers BX, CX, DX, SI, DI, R8, R9.
TEXT runtime·memhashbody(SB),NOSPLIT,$0-0
	XORQ	runtime·hashkey(SB), BX
	MOVQ	CX, R9
	CMPQ	CX, $16
	JHI	long
	CMPQ	CX, $8
	JCS	under8
	MOVQ	(SI), R8
	MOVQ	-8(SI)(CX*1), DI
	JMP	final
under8:
	CMPQ	CX, $4
	JCS	under4
	MOVLQZX	(SI), R8
	MOVLQZX	-4(SI)(CX*1), DI
	JMP	final
under4:
	XORQ	R8, R8
	XORQ	DI, DI
	TESTQ	CX, CX
	JEQ	final
	MOVBQZX	(SI), R8
	SHLQ	$16, R8
	MOVQ	CX, DX
	SHRQ	$1, DX
	MOVBQZX	(SI)(DX*1), DX
	SHLQ	$8, DX
	ORQ	DX, R8
	MOVBQZX	-1(SI)(CX*1), DX
	ORQ	DX, R8
	JMP	final
long:
	MOVQ	K1, AX
	XORQ	(SI), AX
	MOVQ	8(SI), DI
	XORQ	BX, DI
	MULQ	DI
	XORQ	DX, AX
	MOVQ	AX, BX
	ADDQ	$16, SI
	SUBQ	$16, CX
	CMPQ	CX, $16
	JHI	long
	// 1..16 bytes left: the last 16 bytes of the input.
	MOVQ	-16(SI)(CX*1), R8
	MOVQ	-8(SI)(CX*1), DI
final:
	MOVQ	K1, AX
	XORQ	R8, AX
	XORQ	BX, DI
	MULQ	DI
	XORQ	DX, AX
	MOVQ	K2, DI
	XORQ	R9, DI
	MULQ	DI
	XORQ	DX, AX
	RET

// func memhash(p unsafe.Pointer, seed, s uintptr) uintptr
TEXT runtime·memhash(SB),NOSPLIT,$0-32
	MOVQ	p+0(FP), SI
	MOVQ	seed+8(FP), BX
	MOVQ	s+16(FP), CX
	CALL	runtime·memhashbody(SB)
	MOVQ	AX, ret+24(FP)
	RET

// func strhash(p unsafe.Pointer, seed uintptr) uintptr
TEXT runtime·strhash(SB),NOSPLIT,$0-24
	MOVQ	p+0(FP), AX
	MOVQ	(AX), SI
	MOVQ	8(AX), CX
	MOVQ	seed+8(FP), BX
	CALL	runtime·memhashbody(SB)
	MOVQ	AX, ret+16(FP)
	RET

// func memhash64(p unsafe.Pointer, seed uintptr) uintptr
TEXT runtime·memhash64(SB),NOSPLIT,$0-24
	MOVQ	p+0(FP), SI
	MOVQ	seed+8(FP), BX
	XORQ	runtime·hashkey(SB), BX
	MOVQ	(SI), R8
	MOVQ	K1, AX
	XORQ	R8, AX
	XORQ	R8, BX
	MULQ	BX
	XORQ	DX, AX
	MOVQ	K2, DI
	XORQ	$8, DI
	MULQ	DI
	XORQ	DX, AX
	MOVQ	AX, ret+16(FP)
	RET

// func memhash32(p unsafe.Pointer, seed uintptr) uintptr
TEXT runtime·memhash32(SB),NOSPLIT,$0-24
	MOVQ	p+0(FP), SI
	MOVQ	seed+8(FP), BX
	XORQ	runtime·hashkey(SB), BX
	MOVLQZX	(SI), R8
	MOVQ	K1, AX
	XORQ	R8, AX
	XORQ	R8, BX
	MULQ	BX
	XORQ	DX, AX
	MOVQ	K2, DI
	XORQ	$4, DI
	MULQ	DI
	XORQ	DX, AX
	MOVQ	AX, ret+16(FP)
	RET

// func memhash_varlen(p unsafe.Pointer, seed uintptr) uintptr
// The size is the word after the func value's code pointer (DX).
TEXT runtime·memhash_varlen(SB),NOSPLIT,$0-24
	MOVQ	8(DX), CX
	MOVQ	p+0(FP), SI
	MOVQ	seed+8(FP), BX
	CALL	runtime·memhashbody(SB)
	MOVQ	AX, ret+16(FP)
	RET

// func typehash_closure(p unsafe.Pointer, seed uintptr) uintptr
// typehash(t, p, seed) with t the word after the func value's code
// pointer (DX). NOSPLIT so that no stack growth runs before DX is read.
TEXT runtime·typehash_closure(SB),NOSPLIT,$32-24
	MOVQ	8(DX), AX
	MOVQ	AX, 0(SP)
	MOVQ	p+0(FP), AX
	MOVQ	AX, 8(SP)
	MOVQ	seed+8(FP), AX
	MOVQ	AX, 16(SP)
	CALL	runtime·typehash(SB)
	MOVQ	24(SP), AX
	MOVQ	AX, ret+16(FP)
	RET

// func callHasher(fn unsafe.Pointer, p unsafe.Pointer, seed uintptr) uintptr
// fn is a func value: DX holds it (the closure context), (DX) the code.
TEXT runtime·callHasher(SB),$24-32
	MOVQ	fn+0(FP), DX
	MOVQ	p+8(FP), AX
	MOVQ	AX, 0(SP)
	MOVQ	seed+16(FP), AX
	MOVQ	AX, 8(SP)
	MOVQ	(DX), AX
	CALL	AX
	MOVQ	16(SP), AX
	MOVQ	AX, ret+24(FP)
	RET

// func memhash64v(key uint64, seed uintptr) uintptr
// memhash64 of a key passed by value (map_fast64.go).
TEXT runtime·memhash64v(SB),NOSPLIT,$0-24
	MOVQ	seed+8(FP), BX
	XORQ	runtime·hashkey(SB), BX
	MOVQ	key+0(FP), R8
	MOVQ	K1, AX
	XORQ	R8, AX
	XORQ	R8, BX
	MULQ	BX
	XORQ	DX, AX
	MOVQ	K2, DI
	XORQ	$8, DI
	MULQ	DI
	XORQ	DX, AX
	MOVQ	AX, ret+16(FP)
	RET

// func strhashv(key string, seed uintptr) uintptr
// strhash of a key passed by value (map_faststr.go).
TEXT runtime·strhashv(SB),NOSPLIT,$0-32
	MOVQ	key_base+0(FP), SI
	MOVQ	key_len+8(FP), CX
	MOVQ	seed+16(FP), BX
	CALL	runtime·memhashbody(SB)
	MOVQ	AX, ret+24(FP)
	RET
