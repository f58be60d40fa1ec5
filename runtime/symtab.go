// Function metadata from .gopclntab, as the linker lays it out
// (go-binary-format.md §4, §5): moduledata in gc's layout, findfunc over
// runtime.findfunctab and the function table, and the pc-value tables that
// give a PC's frame size (pcsp), file and line.

package runtime

import "unsafe"

// pcHeader starts .gopclntab.
type pcHeader struct {
	magic          uint32
	pad1, pad2     uint8
	minLC          uint8
	ptrSize        uint8
	nfunc          int
	nfiles         uint
	textStart      uintptr
	funcnameOffset uintptr
	cuOffset       uintptr
	filetabOffset  uintptr
	pctabOffset    uintptr
	pclnOffset     uintptr
}

// moduledata is the linker's runtime.firstmoduledata (§5.3). Fields the
// runtime does not use yet keep their place with neutral types.
type moduledata struct {
	pcHeader     *pcHeader
	funcnametab  []byte
	cutab        []uint32
	filetab      []byte
	pctab        []byte
	pclntable    []byte
	ftab         []functab
	findfunctab  uintptr
	minpc, maxpc uintptr

	text, etext           uintptr
	noptrdata, enoptrdata uintptr
	data, edata           uintptr
	bss, ebss             uintptr
	noptrbss, enoptrbss   uintptr
	end, gcdata, gcbss    uintptr
	types, etypes         uintptr
	rodata                uintptr
	gofunc                uintptr

	textsectmap []textsect
	typelinks   []int32
	itablinks   []unsafe.Pointer

	ptab []ptabEntry

	pluginpath string
	pkghashes  []modulehash

	modulename   string
	modulehashes []modulehash

	hasmain uint8

	gcdatamask, gcbssmask bitvector

	typemap unsafe.Pointer // map[typeOff]*_type

	bad bool

	next *moduledata
}

type functab struct {
	entryoff uint32
	funcoff  uint32
}

type textsect struct {
	vaddr    uintptr
	end      uintptr
	baseaddr uintptr
}

type ptabEntry struct {
	name nameOff
	typ  typeOff
}

type modulehash struct {
	modulename   string
	linktimehash string
	runtimehash  *string
}

type bitvector struct {
	n        int32
	bytedata *uint8
}

// findfuncbucket is one 4 KiB bucket of runtime.findfunctab: the ftab
// index of its first function, and per 256-byte sub-bucket the offset
// from it.
type findfuncbucket struct {
	idx        uint32
	subbuckets [16]byte
}

const (
	minfunc         = 16
	pcbucketsize    = 256 * minfunc
	nsub            = 16
	pcsubbucketsize = pcbucketsize / nsub
)

// The linker defines firstmoduledata (one module: a static executable).
var firstmoduledata moduledata

// _func is a function's record in pclntable, followed by npcdata uint32
// pc-data table offsets and nfuncdata uint32 funcdata offsets.
type _func struct {
	entryoff    uint32
	nameoff     int32
	args        int32
	deferreturn uint32
	pcsp        uint32
	pcfile      uint32
	pcln        uint32
	npcdata     uint32
	cuOffset    uint32
	funcID      funcID
	flag        funcFlag
	_           [1]byte
	nfuncdata   uint8
}

type funcID uint8

const (
	funcID_normal funcID = iota
	funcID_abort
	funcID_asmcgocall
	funcID_asyncPreempt
	funcID_cgocallback
	funcID_debugCallV2
	funcID_gcBgMarkWorker
	funcID_goexit
	funcID_gogo
	funcID_gopanic
	funcID_handleAsyncEvent
	funcID_mcall
	funcID_morestack
	funcID_mstart
	funcID_panicwrap
	funcID_rt0_go
	funcID_runfinq
	funcID_runtime_main
	funcID_sigpanic
	funcID_systemstack
	funcID_systemstack_switch
	funcID_wrapper
)

type funcFlag uint8

const (
	funcFlag_TOPFRAME funcFlag = 1 << iota
	funcFlag_SPWRITE
	funcFlag_ASM
)

// A funcInfo is a function's record and the module it is in.
type funcInfo struct {
	_func *_func
	datap *moduledata
}

func (f funcInfo) valid() bool { return f._func != nil }

func (f funcInfo) entry() uintptr {
	return f.datap.text + uintptr(f._func.entryoff)
}

// moduledataverify checks the linker's tables as gc's runtime does, so a
// broken linker fails at start-up rather than in a traceback.
func moduledataverify() {
	datap := &firstmoduledata
	hdr := datap.pcHeader
	if hdr == nil || hdr.magic != 0xfffffff0 || hdr.pad1 != 0 || hdr.pad2 != 0 ||
		hdr.minLC != 1 || hdr.ptrSize != 8 || hdr.textStart != datap.text {
		print("runtime: pcHeader: textStart=")
		printhex(uint64(hdr.textStart))
		print(" text=")
		printhex(uint64(datap.text))
		print("\n")
		throw("invalid function symbol table")
	}
	nftab := len(datap.ftab) - 1
	for i := 0; i < nftab; i++ {
		if datap.ftab[i].entryoff > datap.ftab[i+1].entryoff {
			throw("invalid runtime symbol table")
		}
	}
	min := datap.text + uintptr(datap.ftab[0].entryoff)
	max := datap.text + uintptr(datap.ftab[nftab].entryoff)
	if datap.minpc != min || datap.maxpc != max {
		print("minpc=")
		printhex(uint64(datap.minpc))
		print(" min=")
		printhex(uint64(min))
		print(" maxpc=")
		printhex(uint64(datap.maxpc))
		print(" max=")
		printhex(uint64(max))
		print("\n")
		throw("minpc or maxpc invalid")
	}
}

// findfunc returns the function containing pc, or an invalid funcInfo.
func findfunc(pc uintptr) funcInfo {
	datap := &firstmoduledata
	if pc < datap.minpc || pc >= datap.maxpc || datap.findfunctab == 0 {
		return funcInfo{}
	}
	x := pc - datap.minpc
	b := x / pcbucketsize
	i := x % pcbucketsize / pcsubbucketsize
	ffb := (*findfuncbucket)(add(unsafe.Pointer(datap.findfunctab), b*unsafe.Sizeof(findfuncbucket{})))
	idx := ffb.idx + uint32(ffb.subbuckets[i])
	pcOff := uint32(pc - datap.text)
	nftab := uint32(len(datap.ftab) - 1)
	if idx >= nftab {
		idx = nftab - 1
	}
	for idx > 0 && datap.ftab[idx].entryoff > pcOff {
		idx--
	}
	for idx+1 < nftab && datap.ftab[idx+1].entryoff <= pcOff {
		idx++
	}
	funcoff := datap.ftab[idx].funcoff
	return funcInfo{(*_func)(unsafe.Pointer(&datap.pclntable[funcoff])), datap}
}

// funcname returns f's name.
func funcname(f funcInfo) string {
	if !f.valid() || f._func.nameoff < 0 {
		return ""
	}
	return gostringnocopy(&f.datap.funcnametab[f._func.nameoff])
}

// funcfile returns the name of file number fileno of f's compilation unit.
func funcfile(f funcInfo, fileno int32) string {
	datap := f.datap
	if !f.valid() || fileno < 0 || f._func.cuOffset == ^uint32(0) {
		return "?"
	}
	i := f._func.cuOffset + uint32(fileno)
	if int(i) >= len(datap.cutab) {
		return "?"
	}
	off := datap.cutab[i]
	if off == ^uint32(0) || int(off) >= len(datap.filetab) {
		return "?"
	}
	return gostringnocopy(&datap.filetab[off])
}

// funcline returns the file and line of targetpc in f.
func funcline(f funcInfo, targetpc uintptr) (file string, line int32) {
	if !f.valid() {
		return "?", 0
	}
	fileno := pcvalue(f, f._func.pcfile, targetpc)
	line = pcvalue(f, f._func.pcln, targetpc)
	if fileno == -1 || line == -1 {
		return "?", 0
	}
	return funcfile(f, fileno), line
}

// funcspdelta returns the size of f's frame at targetpc: how far SP is
// below its value at entry.
func funcspdelta(f funcInfo, targetpc uintptr) int32 {
	return pcvalue(f, f._func.pcsp, targetpc)
}

// pcvalue looks targetpc up in the pc-value table at off in pctab
// (§4.5): pairs of a zig-zag value delta and a pc delta, starting from
// value -1 at the entry. It returns -1 for a missing table or a pc past it.
func pcvalue(f funcInfo, off uint32, targetpc uintptr) int32 {
	if off == 0 {
		return -1
	}
	datap := f.datap
	p := datap.pctab[off:]
	pc := f.entry()
	val := int32(-1)
	first := true
	for {
		n, uvdelta := readvarint(p)
		if n == 0 || (uvdelta == 0 && !first) {
			break
		}
		p = p[n:]
		first = false
		if uvdelta&1 != 0 {
			val += int32(^(uvdelta >> 1))
		} else {
			val += int32(uvdelta >> 1)
		}
		n, pcdelta := readvarint(p)
		if n == 0 {
			break
		}
		p = p[n:]
		pc += uintptr(pcdelta)
		if targetpc < pc {
			return val
		}
	}
	return -1
}

// funcMaxSPDelta returns the largest frame size anywhere in f.
func funcMaxSPDelta(f funcInfo) int32 {
	if f._func.pcsp == 0 {
		return 0
	}
	p := f.datap.pctab[f._func.pcsp:]
	val := int32(-1)
	max := int32(0)
	first := true
	for {
		n, uvdelta := readvarint(p)
		if n == 0 || (uvdelta == 0 && !first) {
			return max
		}
		p = p[n:]
		first = false
		if uvdelta&1 != 0 {
			val += int32(^(uvdelta >> 1))
		} else {
			val += int32(uvdelta >> 1)
		}
		if val > max {
			max = val
		}
		n, _ = readvarint(p)
		if n == 0 {
			return max
		}
		p = p[n:]
	}
}

// readvarint reads an unsigned LEB128 number from p and returns the bytes
// it used (0 if p ends first) and its value.
func readvarint(p []byte) (read uint32, val uint32) {
	v, shift, n := uint32(0), uint32(0), uint32(0)
	for {
		if int(n) >= len(p) {
			return 0, 0
		}
		b := p[n]
		n++
		v |= uint32(b&0x7F) << (shift & 31)
		if b&0x80 == 0 {
			break
		}
		shift += 7
	}
	return n, v
}
