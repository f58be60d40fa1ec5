// The runtime's entry points for package reflect, provided under reflect's
// names by //go:linkname as gc's runtime does (reflect declares them
// without bodies): name and type offsets, allocation, copies, maps, itabs
// and the module's type links.

package runtime

import "unsafe"

//go:linkname reflect_resolveNameOff reflect.resolveNameOff
func reflect_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(resolveNameOff(nameOff(off)).bytes)
}

//go:linkname reflect_resolveTypeOff reflect.resolveTypeOff
func reflect_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(resolveTypeOff(typeOff(off)))
}

//go:linkname reflect_unsafe_New reflect.unsafe_New
func reflect_unsafe_New(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, typ, true)
}

//go:linkname reflect_unsafe_NewArray reflect.unsafe_NewArray
func reflect_unsafe_NewArray(typ *_type, n int) unsafe.Pointer {
	return newarray(typ, n)
}

//go:linkname reflect_typedmemmove reflect.typedmemmove
func reflect_typedmemmove(typ *_type, dst, src unsafe.Pointer) {
	typedmemmove(typ, dst, src)
}

// reflect_mapaccess is nil when the key is missing.
//
//go:linkname reflect_mapaccess reflect.mapaccess
func reflect_mapaccess(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	e, ok := mapaccess2(t, h, key)
	if !ok {
		return nil
	}
	return e
}

//go:linkname reflect_mapassign reflect.mapassign
func reflect_mapassign(t *maptype, h *hmap, key unsafe.Pointer, elem unsafe.Pointer) {
	p := mapassign(t, h, key)
	typedmemmove(t.elem, p, elem)
}

//go:linkname reflect_mapdelete reflect.mapdelete
func reflect_mapdelete(t *maptype, h *hmap, key unsafe.Pointer) {
	mapdelete(t, h, key)
}

//go:linkname reflect_makemap reflect.makemap
func reflect_makemap(t *maptype, cap int) *hmap {
	return makemap(t, cap, nil)
}

//go:linkname reflect_mapiterinit reflect.mapiterinit
func reflect_mapiterinit(t *maptype, h *hmap, it *hiter) {
	mapiterinit(t, h, it)
}

//go:linkname reflect_mapiternext reflect.mapiternext
func reflect_mapiternext(it *hiter) {
	mapiternext(it)
}

//go:linkname reflect_maplen reflect.maplen
func reflect_maplen(h *hmap) int {
	if h == nil {
		return 0
	}
	return h.count
}

// reflect_getitab is the itab of typ for the interface inter (typ
// implements it: reflect checked).
//
//go:linkname reflect_getitab reflect.getitab
func reflect_getitab(inter *interfacetype, typ *_type) *itab {
	return getitab(inter, typ, false)
}

// reflect_typelinks is the module's type links: offsets from the types
// base of the unnamed composite types' descriptors, sorted by type string.
//
//go:linkname reflect_typelinks reflect.typelinks
func reflect_typelinks() (unsafe.Pointer, []int32) {
	return unsafe.Pointer(firstmoduledata.types), firstmoduledata.typelinks
}

// reflect_efaceOf returns its argument: reflect declares it as
// func(any) emptyInterface and as func(emptyInterface) any, to look into
// and build interface values without taking an address (which would
// allocate).
//
//go:linkname reflect_efaceOf reflect.efaceOf
func reflect_efaceOf(e eface) eface {
	return e
}
