// Type: the descriptors the compiler emits, read in their layout
// (runtime/type.go, compile/ssagen/reflectdata.cc), behind gc's Type
// interface.

package reflect

import "unsafe"

// Type is the representation of a Go type. Methods that only apply to
// some kinds panic on the others, as gc's.
type Type interface {
	Align() int
	FieldAlign() int
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

type tflag uint8

const (
	tflagUncommon      tflag = 1 << 0
	tflagExtraStar     tflag = 1 << 1
	tflagNamed         tflag = 1 << 2
	tflagRegularMemory tflag = 1 << 3
	// tflagMade marks a descriptor reflect built (ptrTo) whose string is
	// kept in madeStrings; the compiler never sets it.
	tflagMade tflag = 1 << 7

	kindDirectIface = 1 << 5
	kindMask        = 1<<5 - 1
)

// rtype is the common header of every type descriptor (gc's 48 bytes).
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      tflag
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer
	gcdata     *byte
	str        int32
	ptrToThis  int32
}

type ptrType struct {
	rtype
	elem *rtype
}

type sliceType struct {
	rtype
	elem *rtype
}

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype
	len   uintptr
}

type chanType struct {
	rtype
	elem *rtype
	dir  uintptr
}

// funcType is followed (after the uncommon type, if any) by the
// parameter types, then the result types.
type funcType struct {
	rtype
	inCount  uint16
	outCount uint16 // top bit: variadic
}

type mapType struct {
	rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     unsafe.Pointer
	keysize    uint8
	valuesize  uint8
	bucketsize uint16
	flags      uint32
}

type imethod struct {
	name int32 // name offset
	typ  int32 // type offset of the method's func type
}

type interfaceType struct {
	rtype
	pkgPath name
	methods []imethod
}

type structField struct {
	name        name
	typ         *rtype
	offsetEmbed uintptr // offset<<1 | embedded
}

type structType struct {
	rtype
	pkgPath name
	fields  []structField
}

type uncommonType struct {
	pkgPath int32
	mcount  uint16
	xcount  uint16
	moff    uint32
	_       uint32
}

type method struct {
	name int32
	mtyp int32
	ifn  int32
	tfn  int32
}

// name is an encoded name: a flags byte (1 exported, 2 tag follows), a
// varint length, the bytes, then the optional tag the same way.
type name struct {
	bytes *byte
}

func (n name) at(i int) byte {
	return *(*byte)(add(unsafe.Pointer(n.bytes), uintptr(i)))
}

// varint reads the varint at offset off: its byte length and value.
func (n name) varint(off int) (int, int) {
	v := 0
	for i := 0; ; i++ {
		x := n.at(off + i)
		v += int(x&0x7f) << (7 * i)
		if x&0x80 == 0 {
			return i + 1, v
		}
	}
}

func (n name) name() string {
	if n.bytes == nil {
		return ""
	}
	i, l := n.varint(1)
	return makeString(add(unsafe.Pointer(n.bytes), uintptr(1+i)), l)
}

func (n name) tag() string {
	if n.bytes == nil || n.at(0)&2 == 0 {
		return ""
	}
	i, l := n.varint(1)
	j, tl := n.varint(1 + i + l)
	return makeString(add(unsafe.Pointer(n.bytes), uintptr(1+i+l+j)), tl)
}

// pkgPath is the package path a name carries (flag 4: an unexported
// method name of another package than its type's), resolved from t's
// module; "" when it has none.
func (n name) pkgPath(t *rtype) string {
	if n.bytes == nil || n.at(0)&4 == 0 {
		return ""
	}
	i, l := n.varint(1)
	off := 1 + i + l
	if n.at(0)&2 != 0 {
		j, tl := n.varint(off)
		off += j + tl
	}
	return t.nameOff(*(*int32)(add(unsafe.Pointer(n.bytes), uintptr(off)))).name()
}

func (n name) isExported() bool {
	return n.bytes != nil && n.at(0)&1 != 0
}

func (t *rtype) nameOff(off int32) name {
	return name{(*byte)(resolveNameOff(unsafe.Pointer(t), off))}
}

func (t *rtype) typeOff(off int32) *rtype {
	return (*rtype)(resolveTypeOff(unsafe.Pointer(t), off))
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind & kindMask) }

// pointers reports whether values of t hold pointers.
func (t *rtype) pointers() bool { return t.ptrdata != 0 }

// ifaceIndir reports whether t is stored indirectly in an interface.
func ifaceIndir(t *rtype) bool { return t.kind&kindDirectIface == 0 }

// madeStrings are the type strings of the descriptors ptrTo built.
var madeStrings map[*rtype]string

func (t *rtype) String() string {
	if t.tflag&tflagMade != 0 {
		return madeStrings[t]
	}
	s := t.nameOff(t.str).name()
	if t.tflag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Bits() int {
	if t == nil {
		panic("reflect: Bits of nil Type")
	}
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) Align() int      { return int(t.align) }
func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

// uncommon is the uncommon type after t's kind-specific fields, or nil.
func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommonType)(add(unsafe.Pointer(t), t.tailOffset()))
}

// tailOffset is the size of t's header and kind-specific fields.
func (t *rtype) tailOffset() uintptr {
	switch t.Kind() {
	case Pointer, Slice, Func:
		return 56
	case Array:
		return 72
	case Chan:
		return 64
	case Map:
		return 88
	case Interface, Struct:
		return 80
	}
	return 48
}

func (t *rtype) methods() []method {
	u := t.uncommon()
	if u == nil || u.mcount == 0 {
		return nil
	}
	return (*[1 << 16]method)(add(unsafe.Pointer(u), uintptr(u.moff)))[:u.mcount:u.mcount]
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return len((*interfaceType)(unsafe.Pointer(t)).methods)
	}
	n := 0
	for _, m := range t.methods() {
		if t.nameOff(m.name).isExported() {
			n++
		}
	}
	return n
}

func (t *rtype) hasName() bool { return t.tflag&tflagNamed != 0 }

func (t *rtype) Name() string {
	if !t.hasName() {
		return ""
	}
	s := t.String()
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

func (t *rtype) PkgPath() string {
	if !t.hasName() {
		return ""
	}
	u := t.uncommon()
	if u == nil || u.pkgPath == 0 {
		return ""
	}
	return t.nameOff(u.pkgPath).name()
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir((*chanType)(unsafe.Pointer(t)).dir)
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return (*funcType)(unsafe.Pointer(t)).outCount&(1<<15) != 0
}

func (t *rtype) elem() *rtype {
	switch t.Kind() {
	case Array:
		return (*arrayType)(unsafe.Pointer(t)).elem
	case Chan:
		return (*chanType)(unsafe.Pointer(t)).elem
	case Map:
		return (*mapType)(unsafe.Pointer(t)).elem
	case Pointer:
		return (*ptrType)(unsafe.Pointer(t)).elem
	case Slice:
		return (*sliceType)(unsafe.Pointer(t)).elem
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Elem() Type { return toType(t.elem()) }

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int((*arrayType)(unsafe.Pointer(t)).len)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return len((*structType)(unsafe.Pointer(t)).fields)
}

// funcTypes is the parameter and result types of a func type.
func (t *rtype) funcTypes() []*rtype {
	ft := (*funcType)(unsafe.Pointer(t))
	off := uintptr(56)
	if t.tflag&tflagUncommon != 0 {
		off += 16
	}
	n := int(ft.inCount) + int(ft.outCount&(1<<15-1))
	if n == 0 {
		return nil
	}
	return (*[1 << 16]*rtype)(add(unsafe.Pointer(t), off))[:n:n]
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).inCount)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return int((*funcType)(unsafe.Pointer(t)).outCount & (1<<15 - 1))
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(t.funcTypes()[:t.NumIn()][i])
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(t.funcTypes()[t.NumIn():][i])
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // empty for exported fields
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	st := (*structType)(unsafe.Pointer(t))
	if i < 0 || i >= len(st.fields) {
		panic("reflect: Field index out of bounds")
	}
	p := &st.fields[i]
	f := StructField{
		Name:      p.name.name(),
		Type:      toType(p.typ),
		Tag:       StructTag(p.name.tag()),
		Offset:    p.offsetEmbed >> 1,
		Index:     []int{i},
		Anonymous: p.offsetEmbed&1 != 0,
	}
	if !p.name.isExported() {
		f.PkgPath = st.pkgPath.name()
	}
	return f
}

func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	index, ok := fieldPath(t, name)
	if !ok {
		return StructField{}, false
	}
	return t.FieldByIndex(index), true
}

// fieldPath finds the field called name in struct type t by the spec's
// selector rule: the shallowest depth wins; two at that depth cancel.
func fieldPath(t *rtype, name string) ([]int, bool) {
	type entry struct {
		t     *rtype
		index []int
	}
	current := []entry{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []entry
		var found []int
		count := 0
		for _, e := range current {
			if visited[e.t] {
				continue
			}
			visited[e.t] = true
			st := (*structType)(unsafe.Pointer(e.t))
			for i := range st.fields {
				f := &st.fields[i]
				path := append(append([]int(nil), e.index...), i)
				if f.name.name() == name {
					count++
					if count == 1 {
						found = path
					}
					continue
				}
				if f.offsetEmbed&1 != 0 {
					ft := f.typ
					if ft.Kind() == Pointer {
						ft = ft.elem()
					}
					if ft.Kind() == Struct {
						next = append(next, entry{ft, path})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return nil, false
		}
		current = next
	}
	return nil, false
}

// toType is t as a Type: nil for a nil t (not a Type holding nil).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type {
	return toType(efaceOf(i).typ)
}

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return t.common().ptrTo() }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return t.common().ptrTo() }

// madePtrs caches the pointer types ptrTo found or built.
var madePtrs map[*rtype]*rtype

// ptrTo is the descriptor of *t: t's ptrToThis, the binary's own from the
// type links, or one built here (with no methods).
func (t *rtype) ptrTo() *rtype {
	if t.ptrToThis != 0 {
		return t.typeOff(t.ptrToThis)
	}
	if p, ok := madePtrs[t]; ok {
		return p
	}
	if madePtrs == nil {
		madePtrs = map[*rtype]*rtype{}
		madeStrings = map[*rtype]string{}
	}
	s := "*" + t.String()
	base, links := typelinks()
	for _, off := range links {
		c := (*rtype)(add(base, uintptr(off)))
		if c.Kind() == Pointer && (*ptrType)(unsafe.Pointer(c)).elem == t && c.String() == s {
			madePtrs[t] = c
			return c
		}
	}
	var proto any = (*unsafe.Pointer)(nil)
	pp := new(ptrType)
	*pp = *(*ptrType)(unsafe.Pointer(efaceOf(proto).typ))
	pp.elem = t
	pp.ptrToThis = 0
	pp.hash = (t.hash ^ '*') * 16777619
	p := &pp.rtype
	if t.tflag&tflagExtraStar != 0 {
		// t's string is "*T" read past its star: ours is all of it.
		pp.str = t.str
		pp.tflag = 0
	} else {
		pp.tflag = tflagMade
		madeStrings[p] = s
	}
	madePtrs[t] = p
	return p
}

func (t *rtype) Comparable() bool {
	return t.equal != nil || t.tflag&tflagRegularMemory != 0
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

// implements reports whether V implements the interface type T: each of
// T's methods is one of V's, of the same type; an unexported one only if
// both come from the same package (gc's rule, as runtime's getitab).
func implements(T, V *rtype) bool {
	if T.Kind() != Interface {
		return false
	}
	it := (*interfaceType)(unsafe.Pointer(T))
	if len(it.methods) == 0 {
		return true
	}
	var vnames, vtypes []int32
	vpkg := ""
	if V.Kind() == Interface {
		vt := (*interfaceType)(unsafe.Pointer(V))
		for i := range vt.methods {
			vnames = append(vnames, vt.methods[i].name)
			vtypes = append(vtypes, vt.methods[i].typ)
		}
		vpkg = vt.pkgPath.name()
	} else {
		vms := V.methods()
		for i := range vms {
			vnames = append(vnames, vms[i].name)
			vtypes = append(vtypes, vms[i].mtyp)
		}
		if u := V.uncommon(); u != nil && u.pkgPath != 0 {
			vpkg = V.nameOff(u.pkgPath).name()
		}
	}
	for i := range it.methods {
		tm := &it.methods[i]
		tn := T.nameOff(tm.name)
		tname := tn.name()
		ttyp := T.typeOff(tm.typ)
		found := false
		for j := range vnames {
			vn := V.nameOff(vnames[j])
			if vn.name() != tname || V.typeOff(vtypes[j]) != ttyp {
				continue
			}
			if !tn.isExported() {
				tpkg := tn.pkgPath(T)
				if tpkg == "" {
					tpkg = it.pkgPath.name()
				}
				p := vn.pkgPath(V)
				if p == "" {
					p = vpkg
				}
				if p != tpkg {
					continue
				}
			}
			found = true
			break
		}
		if !found {
			return false
		}
	}
	return true
}

// directlyAssignable reports whether a value of type V can be assigned
// to a variable of type T without an interface conversion.
func directlyAssignable(T, V *rtype) bool {
	if T == V {
		return true
	}
	if T.hasName() && V.hasName() || T.Kind() != V.Kind() {
		return false
	}
	if T.Kind() == Chan && specialChannelAssignability(T, V) {
		return true
	}
	return haveIdenticalUnderlyingType(T, V, true)
}

// specialChannelAssignability: a bidirectional channel V assigns to a
// channel type T of the same element when one of them is unnamed.
func specialChannelAssignability(T, V *rtype) bool {
	return ChanDir((*chanType)(unsafe.Pointer(V)).dir) == BothDir &&
		(T.Name() == "" || V.Name() == "") && haveIdenticalType(T.elem(), V.elem(), true)
}

func haveIdenticalType(T, V *rtype, cmpTags bool) bool {
	if cmpTags {
		return T == V
	}
	if T.Name() != V.Name() || T.Kind() != V.Kind() || T.PkgPath() != V.PkgPath() {
		return false
	}
	return haveIdenticalUnderlyingType(T, V, false)
}

func haveIdenticalUnderlyingType(T, V *rtype, cmpTags bool) bool {
	if T == V {
		return true
	}
	kind := T.Kind()
	if kind != V.Kind() {
		return false
	}
	if Bool <= kind && kind <= Complex128 || kind == String || kind == UnsafePointer {
		return true
	}
	switch kind {
	case Array:
		return T.Len() == V.Len() && haveIdenticalType(T.elem(), V.elem(), cmpTags)
	case Chan:
		return T.ChanDir() == V.ChanDir() && haveIdenticalType(T.elem(), V.elem(), cmpTags)
	case Func:
		tf := (*funcType)(unsafe.Pointer(T))
		vf := (*funcType)(unsafe.Pointer(V))
		if tf.inCount != vf.inCount || tf.outCount != vf.outCount {
			return false
		}
		ts, vs := T.funcTypes(), V.funcTypes()
		for i := range ts {
			if !haveIdenticalType(ts[i], vs[i], cmpTags) {
				return false
			}
		}
		return true
	case Interface:
		ti := (*interfaceType)(unsafe.Pointer(T))
		vi := (*interfaceType)(unsafe.Pointer(V))
		if len(ti.methods) != len(vi.methods) {
			return false
		}
		return implements(T, V) && implements(V, T)
	case Map:
		return haveIdenticalType(T.Key().common(), V.Key().common(), cmpTags) &&
			haveIdenticalType(T.elem(), V.elem(), cmpTags)
	case Pointer, Slice:
		return haveIdenticalType(T.elem(), V.elem(), cmpTags)
	case Struct:
		ts := (*structType)(unsafe.Pointer(T))
		vs := (*structType)(unsafe.Pointer(V))
		if len(ts.fields) != len(vs.fields) || ts.pkgPath.name() != vs.pkgPath.name() {
			return false
		}
		for i := range ts.fields {
			tf, vf := &ts.fields[i], &vs.fields[i]
			if tf.name.name() != vf.name.name() || !haveIdenticalType(tf.typ, vf.typ, cmpTags) {
				return false
			}
			if cmpTags && tf.name.tag() != vf.name.tag() {
				return false
			}
			if tf.offsetEmbed != vf.offsetEmbed {
				return false
			}
		}
		return true
	}
	return false
}

// convertible reports whether a value of type src converts to dst.
func convertible(dst, src *rtype) bool {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case Int <= sk && sk <= Uintptr:
		if Int <= dk && dk <= Float64 || dk == String {
			return true
		}
	case Float32 <= sk && sk <= Float64:
		if Int <= dk && dk <= Float64 {
			return true
		}
	case Complex64 <= sk && sk <= Complex128:
		if dk == Complex64 || dk == Complex128 {
			return true
		}
	case sk == String:
		if dk == Slice && dst.elem().PkgPath() == "" {
			ek := dst.elem().Kind()
			if ek == Uint8 || ek == Int32 {
				return true
			}
		}
	case sk == Slice:
		if dk == String && src.elem().PkgPath() == "" {
			ek := src.elem().Kind()
			if ek == Uint8 || ek == Int32 {
				return true
			}
		}
		if dk == Pointer && dst.elem().Kind() == Array && src.elem() == dst.elem().elem() {
			return true
		}
	case sk == Chan:
		if dk == Chan && specialChannelAssignability(dst, src) {
			return true
		}
	}
	if haveIdenticalUnderlyingType(dst, src, false) {
		return true
	}
	if dk == Pointer && dst.Name() == "" && sk == Pointer && src.Name() == "" &&
		haveIdenticalUnderlyingType(dst.elem(), src.elem(), false) {
		return true
	}
	return implements(dst, src)
}
