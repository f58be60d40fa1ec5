// Value: a Go value seen through its type descriptor, with gc's accessors,
// setters and panics.

package reflect

import "unsafe"

// Value holds a value of any type. The zero Value is invalid.
type Value struct {
	typ *rtype
	// ptr is the value itself for pointer-shaped types without flagIndir,
	// else the address of the value.
	ptr unsafe.Pointer
	flag
}

// flag holds the value's Kind in its low bits and how it was reached.
type flag uintptr

const (
	flagKindWidth        = 5
	flagKindMask    flag = 1<<flagKindWidth - 1
	flagStickyRO    flag = 1 << 5 // reached through an unexported field
	flagEmbedRO     flag = 1 << 6 // reached through an unexported embedded field
	flagIndir       flag = 1 << 7 // ptr holds the value's address
	flagAddr        flag = 1 << 8 // addressable (implies flagIndir)
	flagRO               = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind { return Kind(f & flagKindMask) }

// ro is the read-only state a value derived from one with f keeps.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError is the panic of a Value method called on a Value of the
// wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (f flag) mustBe(name string, k Kind) {
	if f.kind() != k {
		panic(&ValueError{name, f.kind()})
	}
}

func (f flag) mustBeExported(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
}

func (f flag) mustBeAssignable(name string) {
	if f == 0 {
		panic(&ValueError{name, Invalid})
	}
	if f&flagRO != 0 {
		panic("reflect: " + name + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + name + " using unaddressable value")
	}
}

// pointer is the pointer a pointer-shaped value holds.
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// addr is the address of the value's bytes (for a direct value, of a
// copy of its word).
func (v Value) addr() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := new(unsafe.Pointer)
	*p = v.ptr
	return unsafe.Pointer(p)
}

// ValueOf returns a Value holding the dynamic value of i (the zero Value
// for nil).
func ValueOf(i any) Value {
	e := efaceOf(i)
	t := e.typ
	if t == nil {
		return Value{}
	}
	f := flag(t.Kind())
	if ifaceIndir(t) {
		f |= flagIndir
	}
	return Value{t, e.word, f}
}

// valueAt is the Value of type t stored at p, with flags fl (kind added).
// Pointer-shaped values are loaded unless fl keeps them addressable.
func valueAt(t *rtype, p unsafe.Pointer, fl flag) Value {
	return Value{t, p, fl | flagIndir | flag(t.Kind())}
}

// copyVal is a Value of type t holding a copy of the value at p (map keys
// and elements, which move).
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if ifaceIndir(t) {
		c := unsafe_New(t)
		typedmemmove(t, c, p)
		return Value{t, c, fl | flagIndir | flag(t.Kind())}
	}
	return Value{t, *(*unsafe.Pointer)(p), fl | flag(t.Kind())}
}

func (v Value) IsValid() bool { return v.flag != 0 }

func (v Value) Kind() Kind { return v.kind() }

func (v Value) Type() Type {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) Bool() bool {
	if v.kind() != Bool {
		panic(&ValueError{"reflect.Value.Bool", v.kind()})
	}
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns a string value's contents, or "<T Value>" for other
// kinds (fmt prints Values through it).
func (v Value) String() string {
	if v.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		n := int((*arrayType)(unsafe.Pointer(v.typ)).len)
		return (*[1 << 40]byte)(v.ptr)[:n:n]
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

var uint8Type = efaceOf(uint8(0)).typ

// sliceHeader is a slice value's layout.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// stringHeader is a string value's layout.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Chan:
		panic("reflect: Len of a channel is not implemented")
	case Map:
		return maplen(v.pointer())
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return int((*arrayType)(unsafe.Pointer(v.typ)).len)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return v.typ.elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		at := (*arrayType)(unsafe.Pointer(v.typ))
		if uint(i) >= uint(at.len) {
			panic("reflect: array index out of range")
		}
		et := at.elem
		fl := v.flag&(flagIndir|flagAddr) | v.flag.ro() | flag(et.Kind())
		return Value{et, add(v.ptr, uintptr(i)*et.size), fl}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem()
		return Value{et, add(s.data, uintptr(i)*et.size), flagAddr | flagIndir | v.flag.ro() | flag(et.Kind())}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, add(s.data, uintptr(i)), flagIndir | v.flag.ro() | flag(Uint8)}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Slice returns v[i:j] of a slice, an addressable array or a string.
func (v Value) Slice(i, j int) Value {
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		at := (*arrayType)(unsafe.Pointer(v.typ))
		if i < 0 || j < i || j > int(at.len) {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		s := new(sliceHeader)
		s.len = j - i
		s.cap = int(at.len) - i
		if s.cap > 0 {
			s.data = add(v.ptr, uintptr(i)*at.elem.size)
		} else {
			s.data = v.ptr
		}
		return Value{at.slice, unsafe.Pointer(s), flagIndir | v.flag.ro() | flag(Slice)}
	case Slice:
		base := (*sliceHeader)(v.ptr)
		if i < 0 || j < i || j > base.cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		s := new(sliceHeader)
		s.len = j - i
		s.cap = base.cap - i
		if s.cap > 0 {
			s.data = add(base.data, uintptr(i)*v.typ.elem().size)
		} else {
			s.data = base.data
		}
		return Value{v.typ, unsafe.Pointer(s), flagIndir | v.flag.ro() | flag(Slice)}
	case String:
		str := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(str) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := new(string)
		*p = str[i:j]
		return Value{v.typ, unsafe.Pointer(p), flagIndir | v.flag.ro() | flag(String)}
	}
	panic(&ValueError{"reflect.Value.Slice", v.kind()})
}

func (v Value) NumField() int {
	v.mustBe("reflect.Value.NumField", Struct)
	return len((*structType)(unsafe.Pointer(v.typ)).fields)
}

func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	st := (*structType)(unsafe.Pointer(v.typ))
	if uint(i) >= uint(len(st.fields)) {
		panic("reflect: Field index out of range")
	}
	f := &st.fields[i]
	fl := v.flag&(flagStickyRO|flagIndir|flagAddr) | flag(f.typ.Kind())
	if !f.name.isExported() {
		if f.offsetEmbed&1 != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{f.typ, add(v.ptr, f.offsetEmbed>>1), fl}
}

// FieldByIndex is the nested field at index (through embedded pointers,
// which must not be nil).
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName is the struct field called name (the zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe("reflect.Value.FieldByName", Struct)
	if index, ok := fieldPath(v.typ, name); ok {
		return v.FieldByIndex(index)
	}
	return Value{}
}

func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		x := ValueOf(packEface(v))
		if x.flag != 0 {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		et := v.typ.elem()
		return Value{et, p, flagIndir | flagAddr | v.flag.ro() | flag(et.Kind())}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Indirect is v.Elem() for a pointer v, else v.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32:
		return *(*uint32)(v.ptr) == 0
	case Float64:
		return *(*uint64)(v.ptr) == 0
	case Complex64:
		return *(*uint64)(v.ptr) == 0
	case Complex128:
		return *(*uint64)(v.ptr) == 0 && *(*uint64)(add(v.ptr, 8)) == 0
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Pointer returns v's pointer as a uintptr (a func's code pointer, a
// slice's first element).
func (v Value) Pointer() uintptr {
	return uintptr(v.pointerOf("reflect.Value.Pointer"))
}

func (v Value) UnsafePointer() unsafe.Pointer {
	return v.pointerOf("reflect.Value.UnsafePointer")
}

func (v Value) pointerOf(method string) unsafe.Pointer {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return v.pointer()
	case Func:
		p := v.pointer()
		if p != nil {
			p = *(*unsafe.Pointer)(p)
		}
		return p
	case Slice:
		return (*sliceHeader)(v.ptr).data
	}
	panic(&ValueError{method, v.kind()})
}

// UnsafeAddr is the address of an addressable value.
func (v Value) UnsafeAddr() uintptr {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Addr returns a pointer Value to an addressable v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{v.typ.ptrTo(), v.ptr, v.flag.ro() | flag(Pointer)}
}

func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

func (v Value) CanInterface() bool {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an interface{}.
func (v Value) Interface() any {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v)
}

// packEface is v as an interface{}, whatever its read-only state.
func packEface(v Value) any {
	t := v.typ
	if t.Kind() == Interface {
		if t.NumMethod() == 0 {
			return *(*any)(v.ptr)
		}
		ne := (*nonEmptyInterface)(v.ptr)
		if ne.itab == nil {
			return nil
		}
		return makeEface(emptyInterface{ne.itab.typ, ne.word})
	}
	if !ifaceIndir(t) {
		return makeEface(emptyInterface{t, v.pointer()})
	}
	p := v.ptr
	if v.flag&flagAddr != 0 {
		// The variable may change later: the interface gets a copy.
		p = unsafe_New(t)
		typedmemmove(t, p, v.ptr)
	}
	return makeEface(emptyInterface{t, p})
}

// NumMethod is the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.flag == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Set assigns x to v, which must be settable; x must be assignable to v's
// type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// assignTo is v converted for assignment to a variable of type dst (an
// interface value when dst is an interface type).
func (v Value) assignTo(context string, dst *rtype) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		fl |= flag(dst.Kind())
		return Value{dst, v.ptr, fl}
	case implements(dst, v.typ):
		p := unsafe_New(dst)
		if v.Kind() == Interface && v.IsNil() {
			// A nil interface converts to a nil interface.
			return Value{dst, p, flagIndir | flag(Interface)}
		}
		x := packEface(v)
		if dst.NumMethod() == 0 {
			*(*any)(p) = x
		} else {
			e := efaceOf(x)
			ne := (*nonEmptyInterface)(p)
			ne.itab = (*itab)(getitab(dst, e.typ))
			ne.word = e.word
		}
		return Value{dst, p, flagIndir | flag(Interface)}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe("reflect.Value.SetBool", Bool)
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe("reflect.Value.SetString", String)
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe("reflect.Value.SetBytes", Slice)
	if v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// Zero returns the zero value of typ (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	if ifaceIndir(t) {
		return Value{t, unsafe_New(t), flagIndir | flag(t.Kind())}
	}
	return Value{t, nil, flag(t.Kind())}
}

// New returns a Value holding a pointer to a new zero value of typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	return Value{t.ptrTo(), unsafe_New(t), flag(Pointer)}
}

// NewAt returns a pointer Value of type *typ holding p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	return Value{typ.common().ptrTo(), p, flag(Pointer)}
}

// MakeSlice returns a new slice of type typ.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	s := new(sliceHeader)
	s.data = unsafe_NewArray(t.elem(), cap)
	s.len = len
	s.cap = cap
	return Value{t, unsafe.Pointer(s), flagIndir | flag(Slice)}
}
