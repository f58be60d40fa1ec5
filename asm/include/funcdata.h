// PCDATA and FUNCDATA table numbers and the stack-map macros for assembly
// (gocc's own copy of the constants gc's runtime/funcdata.h documents; they
// must match the runtime's symtab.go). asm searches this directory last.

#define PCDATA_UnsafePoint 0
#define PCDATA_StackMapIndex 1
#define PCDATA_InlTreeIndex 2
#define PCDATA_ArgLiveIndex 3

#define FUNCDATA_ArgsPointerMaps 0
#define FUNCDATA_LocalsPointerMaps 1
#define FUNCDATA_StackObjects 2
#define FUNCDATA_InlTree 3
#define FUNCDATA_OpenCodedDeferInfo 4
#define FUNCDATA_ArgInfo 5
#define FUNCDATA_ArgLiveInfo 6
#define FUNCDATA_WrapInfo 7

// The function's arguments have the pointer layout of its Go declaration
// (the stack map the compiler emits as <f>.args_stackmap).
#define GO_ARGS	FUNCDATA $FUNCDATA_ArgsPointerMaps, go_args_stackmap(SB)

// The results are initialized from here on (for a function whose results
// are set before it calls something that may scan its frame).
#define GO_RESULTS_INITIALIZED	PCDATA $PCDATA_StackMapIndex, $1

// The frame holds no pointers.
#define NO_LOCAL_POINTERS	FUNCDATA $FUNCDATA_LocalsPointerMaps, no_pointers_stackmap(SB)
