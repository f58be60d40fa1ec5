// Maps through the runtime's hash table (runtime/reflect.go): length,
// lookup, assignment, keys and iteration.

package reflect

import "unsafe"

// MapIndex returns the element of map v at key, or the zero Value when
// key is missing.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("reflect.Value.MapIndex", Map)
	mt := (*mapType)(unsafe.Pointer(v.typ))
	key = key.assignTo("reflect.Value.MapIndex", mt.key)
	e := mapaccess(v.typ, v.pointer(), key.addr())
	if e == nil {
		return Value{}
	}
	return copyVal(mt.elem, v.flag.ro()|key.flag.ro(), e)
}

// SetMapIndex sets the element of map v at key to elem; the zero elem
// deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("reflect.Value.SetMapIndex", Map)
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := (*mapType)(unsafe.Pointer(v.typ))
	key = key.assignTo("reflect.Value.SetMapIndex", mt.key)
	if elem.flag == 0 {
		mapdelete(v.typ, v.pointer(), key.addr())
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", mt.elem)
	mapassign(v.typ, v.pointer(), key.addr(), elem.addr())
}

// MapKeys returns the keys of map v, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("reflect.Value.MapKeys", Map)
	kt := (*mapType)(unsafe.Pointer(v.typ)).key
	fl := v.flag.ro()
	m := v.pointer()
	n := maplen(m)
	if n == 0 {
		return []Value{}
	}
	it := new(hiter)
	mapiterinit(v.typ, m, it)
	keys := make([]Value, 0, n)
	for it.key != nil {
		keys = append(keys, copyVal(kt, fl, it.key))
		mapiternext(it)
	}
	return keys
}

// A MapIter iterates over a map (Value.MapRange).
type MapIter struct {
	m       Value
	started bool
	it      hiter
}

// MapRange returns an iterator over map v.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances to the next entry; false at the end.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, it.m.pointer(), &it.it)
	} else {
		if it.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

// Key is the current entry's key.
func (it *MapIter) Key() Value {
	if !it.started {
		panic("MapIter.Key called before Next")
	}
	if it.it.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	return copyVal((*mapType)(unsafe.Pointer(it.m.typ)).key, it.m.flag.ro(), it.it.key)
}

// Value is the current entry's element.
func (it *MapIter) Value() Value {
	if !it.started {
		panic("MapIter.Value called before Next")
	}
	if it.it.key == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	return copyVal((*mapType)(unsafe.Pointer(it.m.typ)).elem, it.m.flag.ro(), it.it.elem)
}

// Reset makes it iterate over v from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe("reflect.MapIter.Reset", Map)
	}
	it.m = v
	it.started = false
	it.it = hiter{}
}

// MakeMap returns a new empty map of type typ.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize returns a new empty map of type typ with room for n.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makemap(t, n), flag(Map)}
}
