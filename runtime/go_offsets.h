// Offsets of the runtime's structures used by assembly, named as gc's
// generated go_asm.h names them. runtime2.go declares the structures;
// check() and testdata/runtime/typecheck verify every value here against
// unsafe.Offsetof, so the two cannot drift apart silently.

// struct stack
#define stack_lo 0
#define stack_hi 8

// struct gobuf
#define gobuf_sp 0
#define gobuf_pc 8
#define gobuf_g 16
#define gobuf_ctxt 24
#define gobuf_ret 32
#define gobuf_lr 40
#define gobuf_bp 48

// struct g
#define g_stack 0
#define g_stackguard0 16
#define g_stackguard1 24
#define g__panic 32
#define g__defer 40
#define g_m 48
#define g_sched 56
#define g_syscallsp 112
#define g_syscallpc 120
#define g_stktopsp 128

// struct m
#define m_g0 0
#define m_morebuf 8
#define m_procid 72
#define m_gsignal 80
#define m_tls 136
#define m_curg 184

// Sizes.
#define g__size 512
#define m__size 1024
