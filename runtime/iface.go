// Interfaces: the eface/iface layouts, itabs (static ones from the
// compiler's go.itab.* symbols, dynamic ones built by getitab and cached),
// the conversions and assertions the compiler calls, and == on interface
// values. Names and signatures are gc's (cmd/compile's builtin list).

package runtime

import "unsafe"

// iface is a non-empty interface value: its itab and data word.
type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// itab is gc's: the interface type, the concrete type, a copy of its hash,
// and the method table in the interface's method order (fun[0] == 0: the
// type does not implement the interface; only in the cache).
type itab struct {
	inter *interfacetype
	_type *_type
	hash  uint32
	_     [4]byte
	fun   [1]uintptr // variable size
}

// efaceeq reports whether the values of type t at x and y (data words)
// are equal; it panics for uncomparable types.
func efaceeq(t *_type, x, y unsafe.Pointer) bool {
	if t == nil {
		return true
	}
	eq := t.equal
	if eq == nil {
		if t.tflag&tflagRegularMemory != 0 {
			return memequal(x, y, t.size)
		}
		panicUncomparable(t)
	}
	if t.kind&kindDirectIface != 0 {
		return x == y
	}
	return callEqual(eq, x, y)
}

func ifaceeq(tab *itab, x, y unsafe.Pointer) bool {
	if tab == nil {
		return true
	}
	return efaceeq(tab._type, x, y)
}

// panicUncomparable is == on interface values whose dynamic type has no
// equality.
func panicUncomparable(t *_type) {
	panic(errorString("comparing uncomparable type " + t.string()))
}

// callEqual calls the equal function value eq (a *funcval) on x and y.
func callEqual(eq unsafe.Pointer, x, y unsafe.Pointer) bool

// convT returns a pointer to a heap copy of the value of type t at v (the
// data word of a new interface value); convTnoptr for pointer-free types.
func convT(t *_type, v unsafe.Pointer) unsafe.Pointer {
	x := mallocgc(t.size, t, true)
	typedmemmove(t, x, v)
	return x
}

func convTnoptr(t *_type, v unsafe.Pointer) unsafe.Pointer {
	x := mallocgc(t.size, t, false)
	memmove(x, v, t.size)
	return x
}

// The itab cache: open addressing on (inter, type) over a power-of-two
// table of *itab, grown at 75% load. It holds the static itabs (added from
// moduledata.itablinks on first use) and every itab getitab built,
// including negative ones (fun[0] == 0).
var (
	itabEntries unsafe.Pointer // [itabSize]*itab
	itabSize    uintptr
	itabCount   uintptr
	itabsInited bool
)

func itabSlot(i uintptr) **itab {
	return (**itab)(add(itabEntries, i*8))
}

func itabHash(inter *interfacetype, typ *_type) uintptr {
	return uintptr(inter.typ.hash ^ typ.hash)
}

func itabFind(inter *interfacetype, typ *_type) *itab {
	if itabSize == 0 {
		return nil
	}
	mask := itabSize - 1
	h := itabHash(inter, typ) & mask
	for i := uintptr(1); ; i++ {
		m := *itabSlot(h)
		if m == nil {
			return nil
		}
		if m.inter == inter && m._type == typ {
			return m
		}
		h = (h + i) & mask
	}
}

func itabAdd(m *itab) {
	if (itabCount+1)*4 >= itabSize*3 {
		oldEntries := itabEntries
		oldSize := itabSize
		itabSize *= 2
		if itabSize == 0 {
			itabSize = 512
		}
		itabEntries = mallocgc(itabSize*8, nil, true)
		itabCount = 0
		for i := uintptr(0); i < oldSize; i++ {
			o := *(**itab)(add(oldEntries, i*8))
			if o != nil {
				itabAdd(o)
			}
		}
	}
	mask := itabSize - 1
	h := itabHash(m.inter, m._type) & mask
	for i := uintptr(1); ; i++ {
		p := itabSlot(h)
		if *p == nil {
			*p = m
			itabCount++
			return
		}
		if *p == m {
			return
		}
		h = (h + i) & mask
	}
}

// itabsinit adds the linker's list of static itabs to the cache.
func itabsinit() {
	itabsInited = true
	for i := 0; i < len(firstmoduledata.itablinks); i++ {
		itabAdd((*itab)(firstmoduledata.itablinks[i]))
	}
}

func itabFun(m *itab, i int) *uintptr {
	return (*uintptr)(add(unsafe.Pointer(m), 24+uintptr(i)*8))
}

// itabInit fills m's method table from typ's methods (both lists sorted by
// name) and returns the name of the first missing method ("" if none).
func itabInit(m *itab) string {
	inter := m.inter
	typ := m._type
	x := typ.uncommon()
	nt := 0
	if x != nil {
		nt = int(x.mcount)
	}
	j := 0
	ni := len(inter.mhdr)
	tpkgpath := ""
	if x != nil && x.pkgpath != 0 {
		tpkgpath = resolveNameOff(x.pkgpath).name()
	}
	for k := 0; k < ni; k++ {
		im := imethodAt(inter, k)
		in := resolveNameOff(im.name)
		iname := in.name()
		// An unexported method matches only in its own package (gc's rule):
		// the name's package path, else the interface's or the type's.
		ipkg := in.pkgPath()
		if ipkg == "" {
			ipkg = inter.pkgpath.name()
		}
		ityp := resolveTypeOff(im.ityp)
		found := false
		for ; j < nt; j++ {
			tm := methodAt(typ.methods(), j)
			tn := resolveNameOff(tm.name)
			if tn.name() != iname || resolveTypeOff(tm.mtyp) != ityp {
				continue
			}
			tpkg := tn.pkgPath()
			if tpkg == "" {
				tpkg = tpkgpath
			}
			if tn.isExported() || tpkg == ipkg {
				*itabFun(m, k) = uintptr(textOffAddr(tm.ifn))
				found = true
				j++
				break
			}
		}
		if !found {
			*itabFun(m, 0) = 0
			return iname
		}
	}
	return ""
}

// getitab returns the itab of (inter, typ), building and caching it; if
// typ does not implement inter it returns nil when canfail, else panics
// with gc's TypeAssertionError.
func getitab(inter *interfacetype, typ *_type, canfail bool) *itab {
	if len(inter.mhdr) == 0 {
		throw("internal error - misuse of itab")
	}
	if !itabsInited {
		itabsinit()
	}
	m := itabFind(inter, typ)
	if m == nil {
		m = (*itab)(mallocgc(24+uintptr(len(inter.mhdr))*8, nil, true))
		m.inter = inter
		m._type = typ
		m.hash = typ.hash
		itabInit(m)
		itabAdd(m)
	}
	if *itabFun(m, 0) != 0 {
		return m
	}
	if canfail {
		return nil
	}
	missing := itabInit(m)
	*itabFun(m, 0) = 0
	panic(&TypeAssertionError{concrete: typ, asserted: &inter.typ, missingMethod: missing})
}

// assertE2I is x.(I) for an I with methods, t the dynamic type of x.
func assertE2I(inter *interfacetype, t *_type) *itab {
	if t == nil {
		panic(&TypeAssertionError{nil, nil, &inter.typ, ""})
	}
	return getitab(inter, t, false)
}

// assertE2I2 is the comma-ok form: nil when t does not implement inter.
func assertE2I2(inter *interfacetype, t *_type) *itab {
	if t == nil {
		return nil
	}
	return getitab(inter, t, true)
}

// convI2I converts a non-empty interface's itab to another interface's.
func convI2I(inter *interfacetype, tab *itab) *itab {
	if tab == nil {
		return nil
	}
	if tab.inter == inter {
		return tab
	}
	return getitab(inter, tab._type, false)
}

// panicdottypeE is a failed x.(T) of a concrete T: have is x's dynamic
// type, iface x's static type.
func panicdottypeE(have, want, iface *_type) {
	panic(&TypeAssertionError{iface, have, want, ""})
}

func panicdottypeI(have *itab, want, iface *_type) {
	var t *_type
	if have != nil {
		t = have._type
	}
	panicdottypeE(t, want, iface)
}

// panicnildottype is x.(I) of a nil x.
func panicnildottype(want *_type) {
	panic(&TypeAssertionError{nil, nil, want, ""})
}
