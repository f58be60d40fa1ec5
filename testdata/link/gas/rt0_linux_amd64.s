# GNU as (AT&T) stand-in for runtime/rt0_linux_amd64.s, used by the link
# tests until our asm assembles the plan9 version next to this folder.
# Each function has its own section so that GNU as keeps a relocation
# for every call between functions (the linker lays functions out apart).
	.globl _rt0_amd64_linux
	.section .text._rt0_amd64_linux,"ax",@progbits
	.type _rt0_amd64_linux, @function
_rt0_amd64_linux:
	jmp _rt0_amd64
	.size _rt0_amd64_linux, .-_rt0_amd64_linux
