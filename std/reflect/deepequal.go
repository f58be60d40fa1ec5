// DeepEqual: gc's "deeply equal" relation, with cycle detection.

package reflect

import "unsafe"

// visit is a comparison in progress (of two values at these addresses of
// one type): meeting it again means a cycle, taken as equal.
type visit struct {
	a1  unsafe.Pointer
	a2  unsafe.Pointer
	typ *rtype
}

// DeepEqual reports whether x and y are deeply equal: same type, and
// equal element by element, field by field, through pointers and
// interfaces; maps by keys; funcs only when both nil; floats by ==.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	// Values that can point back to themselves: remember the pair.
	switch v1.Kind() {
	case Map, Slice, Interface, Pointer:
		if !v1.IsNil() && !v2.IsNil() {
			p1, p2 := v1.ptr, v2.ptr
			if v1.Kind() == Map || v1.Kind() == Pointer {
				p1, p2 = v1.pointer(), v2.pointer()
			}
			if uintptr(p1) > uintptr(p2) {
				p1, p2 = p2, p1
			}
			k := visit{p1, p2, v1.typ}
			if visited[k] {
				return true
			}
			visited[k] = true
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.pointer() == v2.pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.pointer() == v2.pointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1 := v1.MapIndex(k)
			e2 := v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	// Channels and unsafe pointers: ==.
	return packEface(v1) == packEface(v2)
}
