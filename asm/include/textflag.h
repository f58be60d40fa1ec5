// TEXT and GLOBL flags of the plan9 assembler (gocc's own copy; the values
// are the ones gc's runtime/textflag.h documents, and asm/obj.h TextFlag
// mirrors them). asm searches this directory after every -I directory.

// Don't profile the marked routine. Deprecated.
#define NOPROF	1
// It is ok for the linker to get multiple of these symbols. It will pick one.
#define DUPOK	2
// Don't insert stack check preamble.
#define NOSPLIT	4
// Put this data in a read-only section.
#define RODATA	8
// This data contains no pointers.
#define NOPTR	16
// A wrapper function: hidden in tracebacks, fixes up panic.argp.
#define WRAPPER 32
// Uses the closure context register (DX): morestack keeps it.
#define NEEDCTXT 64
// Allocate a word of thread local storage.
#define TLSBSS	256
// Do not insert instructions to allocate a stack frame.
#define NOFRAME 512
// Function can call reflect.Type.Method or reflect.Type.MethodByName.
#define REFLECTMETHOD 1024
// Outermost frame: tracebacks stop here.
#define TOPFRAME 2048
// Compiler-generated ABI wrapper.
#define ABIWRAPPER 4096
