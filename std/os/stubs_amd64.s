// Until compile supports //go:linkname, os reaches the runtime's entry
// points for it (runtime1.go) by jumping to them; the frames are the same.

#include "textflag.h"

// func runtime_args() []string
TEXT ·runtime_args(SB), NOSPLIT, $0-24
	JMP	runtime·os_runtime_args(SB)

// func runtime_beforeExit()
TEXT ·runtime_beforeExit(SB), NOSPLIT, $0-0
	JMP	runtime·os_beforeExit(SB)

// func fastrand() uint32
TEXT ·fastrand(SB), NOSPLIT, $0-4
	JMP	runtime·fastrand(SB)
