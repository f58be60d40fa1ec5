// Start-up checks, command-line arguments and the environment, GOTRACEBACK
// and the runtime's entry points for os and syscall (Args, Getenv, Exit).

package runtime

import "unsafe"

var (
	argc int32
	argv **byte

	argslice []string
	envs     []string
)

// argv_index returns argv[i].
func argv_index(argv **byte, i int32) *byte {
	return *(**byte)(add(unsafe.Pointer(argv), uintptr(i)*8))
}

// args keeps argc and argv for goargs and goenvs and reads the auxiliary
// vector.
func args(c int32, v **byte) {
	argc = c
	argv = v
	sysargs(c, v)
}

// goargs copies the arguments into argslice (os.Args).
func goargs() {
	argslice = make([]string, argc)
	for i := int32(0); i < argc; i++ {
		argslice[i] = gostringnocopy(argv_index(argv, i))
	}
}

// goenvs copies the environment into envs (os.Environ, os.Getenv).
func goenvs() {
	n := int32(0)
	for argv_index(argv, argc+1+n) != nil {
		n++
	}
	envs = make([]string, n)
	for i := int32(0); i < n; i++ {
		envs[i] = gostring(argv_index(argv, argc+1+i))
	}
}

// gogetenv returns the value of the environment variable key, or "".
func gogetenv(key string) string {
	for i := 0; i < len(envs); i++ {
		e := envs[i]
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			return e[len(key)+1:]
		}
	}
	return ""
}

// parsedebugvars reads GOTRACEBACK.
func parsedebugvars() {
	setTraceback(gogetenv("GOTRACEBACK"))
}

// check tests what the runtime assumes about types, layouts, arithmetic
// and the assembly's structure offsets (go_offsets.h), as gc's check does.
func check() {
	var (
		a  int8
		b  uint8
		c  int16
		d  uint16
		e  int32
		f  uint32
		g1 int64
		h  uint64
		i  float32
		j  float64
		k  unsafe.Pointer
		l  *uint16
	)
	if unsafe.Sizeof(a) != 1 || unsafe.Sizeof(b) != 1 || unsafe.Sizeof(c) != 2 ||
		unsafe.Sizeof(d) != 2 || unsafe.Sizeof(e) != 4 || unsafe.Sizeof(f) != 4 ||
		unsafe.Sizeof(g1) != 8 || unsafe.Sizeof(h) != 8 || unsafe.Sizeof(i) != 4 ||
		unsafe.Sizeof(j) != 8 || unsafe.Sizeof(k) != 8 || unsafe.Sizeof(l) != 8 {
		throw("bad type sizes")
	}
	// Offsets the assembly and the compiler's prologues depend on.
	var gg g
	var mm m
	var gb gobuf
	if unsafe.Offsetof(gg.stack) != 0 || unsafe.Offsetof(gg.stackguard0) != 16 ||
		unsafe.Offsetof(gg.stackguard1) != 24 || unsafe.Offsetof(gg._panic) != 32 ||
		unsafe.Offsetof(gg._defer) != 40 || unsafe.Offsetof(gg.m) != 48 ||
		unsafe.Offsetof(gg.sched) != 56 || unsafe.Offsetof(gg.syscallsp) != 112 ||
		unsafe.Offsetof(gg.syscallpc) != 120 || unsafe.Offsetof(gg.stktopsp) != 128 {
		throw("bad g layout")
	}
	// The compiler reserves 64 bytes in a frame for deferprocStack's record.
	var dd _defer
	if unsafe.Sizeof(dd) > 64 {
		throw("bad _defer size")
	}
	if unsafe.Offsetof(gb.sp) != 0 || unsafe.Offsetof(gb.pc) != 8 || unsafe.Offsetof(gb.g) != 16 ||
		unsafe.Offsetof(gb.ctxt) != 24 || unsafe.Offsetof(gb.ret) != 32 || unsafe.Offsetof(gb.bp) != 48 {
		throw("bad gobuf layout")
	}
	if unsafe.Offsetof(mm.g0) != 0 || unsafe.Offsetof(mm.morebuf) != 8 ||
		unsafe.Offsetof(mm.procid) != 72 || unsafe.Offsetof(mm.gsignal) != 80 ||
		unsafe.Offsetof(mm.tls) != 136 || unsafe.Offsetof(mm.curg) != 184 {
		throw("bad m layout")
	}
	if unsafe.Sizeof(sigactiont{}) != 32 || unsafe.Sizeof(stackt{}) != 24 ||
		unsafe.Offsetof(ucontext{}.uc_mcontext) != 40 {
		throw("bad signal structure layout")
	}
	// Integer arithmetic: wrap-around and signed division.
	x := int32(-7)
	y := int32(200)
	if x/2 != -3 || x%2 != -1 || int8(y) != -56 || uint8(x) != 249 {
		throw("bad integer arithmetic")
	}
	// NaN compares unequal to everything, itself included.
	z := 0.0
	nan := z / z
	if nan == nan || !(nan != nan) || nan < 1 || nan > 1 {
		throw("float NaN comparison")
	}
	checkAtomics()
	if _FixedStack&(_FixedStack-1) != 0 {
		throw("FixedStack is not power-of-2")
	}
	// The heap's page map and the size-class table agree.
	if class_to_size[_NumSizeClasses-1] != _MaxSmallSize || pagesPerArena*_PageSize != heapArenaBytes {
		throw("bad allocator constants")
	}
}

// Words checkAtomics works on (globals: check runs before the heap).
var (
	checkWord32 uint32
	checkWord64 uint64
	checkByte   uint8
)

// checkAtomics tests the atomic operations as gc's check does.
func checkAtomics() {
	w := &checkWord32
	*w = 1
	if !cas(w, 1, 2) || *w != 2 {
		throw("cas1")
	}
	if cas(w, 1, 3) || *w != 2 {
		throw("cas2")
	}
	*w = 0xffffffff
	if !cas(w, 0xffffffff, 0xfffffffe) || *w != 0xfffffffe {
		throw("cas3")
	}
	if xadd(w, 2) != 0 || xchg(w, 7) != 0 || *w != 7 {
		throw("xadd")
	}
	q := &checkWord64
	*q = 1 << 40
	if !cas64(q, 1<<40, 1<<41) || cas64(q, 1<<40, 3) || atomicload64(q) != 1<<41 {
		throw("cas64")
	}
	if xadd64(q, -1<<40) != 1<<40 {
		throw("xadd64")
	}
	atomicstore64(q, 5)
	if *q != 5 {
		throw("atomicstore64")
	}
	b := &checkByte
	*b = 0x0f
	atomicor8(b, 0xf0)
	if *b != 0xff {
		throw("atomicor8")
	}
	atomicand8(b, 0x3c)
	if *b != 0x3c {
		throw("atomicand8")
	}
}

// os_runtime_args returns the command-line arguments (os.Args).
//
//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	return append([]string{}, argslice...)
}

// syscall_runtime_envs returns the environment (syscall's copy of it).
//
//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	return append([]string{}, envs...)
}

// syscall_Exit ends the process with code (os.Exit).
//
//go:linkname syscall_Exit syscall.Exit
func syscall_Exit(code int) {
	exit(int32(code))
}

// os_beforeExit runs before os.Exit exits (nothing to flush yet).
//
//go:linkname os_beforeExit os.runtime_beforeExit
func os_beforeExit() {
}

// os_fastrand returns a random number for os's temporary names.
//
//go:linkname os_fastrand os.fastrand
func os_fastrand() uint32 {
	return fastrand()
}
