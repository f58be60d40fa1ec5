// Swapper: a function exchanging two elements of any slice (sort.Slice).

package reflect

import "unsafe"

// Swapper returns a function that swaps the elements i and j of slice,
// which must be a slice. Element sizes gc swaps through a typed slice
// panic like Go index expressions on a bad index; the others panic with
// "reflect: slice index out of range", as gc's.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	et := v.typ.elem()
	size := et.size
	s := (*sliceHeader)(v.ptr)
	if !et.pointers() {
		switch size {
		case 8:
			is := *(*[]int64)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 4:
			is := *(*[]int32)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 2:
			is := *(*[]int16)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		case 1:
			is := *(*[]int8)(v.ptr)
			return func(i, j int) { is[i], is[j] = is[j], is[i] }
		}
	} else if size == 8 {
		ps := *(*[]unsafe.Pointer)(v.ptr)
		return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
	}
	if et.Kind() == String {
		ss := *(*[]string)(v.ptr)
		return func(i, j int) { ss[i], ss[j] = ss[j], ss[i] }
	}
	tmp := unsafe_New(et)
	data := s.data
	n := s.len
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := add(data, uintptr(i)*size)
		b := add(data, uintptr(j)*size)
		typedmemmove(et, tmp, a)
		typedmemmove(et, a, b)
		typedmemmove(et, b, tmp)
	}
}
