// The runtime's side of reflect: functions the runtime provides under
// reflect's names (runtime/reflect.go, //go:linkname from its side), and
// the descriptor layouts both read.

package reflect

import "unsafe"

// makeString is the string of the n bytes at p, not copied.
//
//go:linkname makeString runtime.makeStringNoCopy
func makeString(p unsafe.Pointer, n int) string

// efaceOf is i's type and data words; makeEface is the interface value
// of such words. The runtime's one identity function serves both.
//
//go:linkname efaceOf
func efaceOf(i any) emptyInterface

//go:linkname makeEface reflect.efaceOf
func makeEface(e emptyInterface) any

//go:linkname resolveNameOff
func resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer

//go:linkname resolveTypeOff
func resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer

//go:linkname unsafe_New
func unsafe_New(t *rtype) unsafe.Pointer

//go:linkname unsafe_NewArray
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer

//go:linkname typedmemmove
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

//go:linkname mapaccess
func mapaccess(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapassign
func mapassign(t *rtype, m unsafe.Pointer, key, elem unsafe.Pointer)

//go:linkname mapdelete
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)

//go:linkname makemap
func makemap(t *rtype, cap int) unsafe.Pointer

//go:linkname mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

//go:linkname mapiternext
func mapiternext(it *hiter)

//go:linkname maplen
func maplen(m unsafe.Pointer) int

//go:linkname getitab
func getitab(inter *rtype, typ *rtype) unsafe.Pointer

//go:linkname typelinks
func typelinks() (unsafe.Pointer, []int32)

// hiter is the runtime's map iterator (runtime/map.go): the current key
// and element come first; the rest is the runtime's.
type hiter struct {
	key  unsafe.Pointer
	elem unsafe.Pointer
	_    [10]uintptr
}

// emptyInterface is an interface{} value: its dynamic type and data word.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// nonEmptyInterface is a value of an interface type with methods.
type nonEmptyInterface struct {
	itab *itab
	word unsafe.Pointer
}

// itab is the runtime's itab header (runtime/iface.go).
type itab struct {
	inter *rtype
	typ   *rtype
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}
