# GNU as stand-in for a main package that writes "hello\n".
	.globl main.main
	.section .text.main.main,"ax",@progbits
	.type main.main, @function
main.main:
	movl $1, %edi
	leaq msg(%rip), %rsi
	movl $6, %edx
	movl $1, %eax
	syscall
	incq main.count(%rip)
	call main.helper
	ret
	.size main.main, .-main.main

	.section .text.main.helper,"ax",@progbits
	.type main.helper, @function
main.helper:
	movq main.ptr(%rip), %rax
	ret
	.size main.helper, .-main.helper

	.section .rodata
	.type msg, @object
	.size msg, 6
msg:
	.ascii "hello\n"

	.data
	.globl main.ptr
	.type main.ptr, @object
	.size main.ptr, 8
main.ptr:
	.quad main.count

	.bss
	.globl main.count
	.type main.count, @object
	.size main.count, 8
main.count:
	.zero 8
