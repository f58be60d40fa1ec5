# GNU as stand-in for runtime/asm_amd64.s: _rt0_amd64 -> runtime.rt0_go,
# which calls main.main and exits with exit_group(0).
	.globl _rt0_amd64
	.section .text._rt0_amd64,"ax",@progbits
	.type _rt0_amd64, @function
_rt0_amd64:
	movq 0(%rsp), %rdi
	leaq 8(%rsp), %rsi
	jmp runtime.rt0_go
	.size _rt0_amd64, .-_rt0_amd64

	.globl runtime.rt0_go
	.section .text.runtime.rt0_go,"ax",@progbits
	.type runtime.rt0_go, @function
runtime.rt0_go:
	subq $24, %rsp     # sp=24
	call main.main
	addq $24, %rsp     # sp=0
	movl $0, %edi
	movl $231, %eax
	syscall
	int3
	.size runtime.rt0_go, .-runtime.rt0_go

	.globl runtime.unused
	.section .text.runtime.unused,"ax",@progbits
	.type runtime.unused, @function
runtime.unused:
	call runtime.notdefined
	ret
	.size runtime.unused, .-runtime.unused
