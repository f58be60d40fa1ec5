// Type descriptors, laid out as gc's (the compiler emits them; the
// allocator reads size and ptrdata, the printer kind).

package runtime

import "unsafe"

// Kinds (_type.kind & kindMask), as gc numbers them.
const (
	kindBool = 1 + iota
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPtr
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer

	kindMask = 1<<5 - 1
)

type tflag uint8
type nameOff int32
type typeOff int32

type _type struct {
	size       uintptr
	ptrdata    uintptr // bytes of the prefix that can hold pointers
	hash       uint32
	tflag      tflag
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer // func(unsafe.Pointer, unsafe.Pointer) bool
	gcdata     *byte
	str        nameOff
	ptrToThis  typeOff
}

// tflag bits.
const (
	tflagUncommon       tflag = 1 << 0
	tflagExtraStar      tflag = 1 << 1
	tflagNamed          tflag = 1 << 2
	tflagRegularMemory  tflag = 1 << 3
	kindDirectIface           = 1 << 5
)

type textOff int32

// The per-kind tails the compiler writes after the 48-byte header
// (compile/ssagen/reflectdata.cc), as gc's.
type uncommontype struct {
	pkgpath nameOff
	mcount  uint16 // number of methods
	xcount  uint16 // number of exported methods
	moff    uint32 // offset from this uncommontype to [mcount]method
	_       uint32
}

type method struct {
	name nameOff
	mtyp typeOff
	ifn  textOff // called through an interface: receiver is the data word
	tfn  textOff // called directly: receiver is a T
}

type imethod struct {
	name nameOff
	ityp typeOff
}

type interfacetype struct {
	typ     _type
	pkgpath name
	mhdr    []imethod
}

type ptrtype struct {
	typ  _type
	elem *_type
}

type slicetype struct {
	typ  _type
	elem *_type
}

type arraytype struct {
	typ   _type
	elem  *_type
	slice *_type
	len   uintptr
}

type chantype struct {
	typ  _type
	elem *_type
	dir  uintptr
}

type functype struct {
	typ      _type
	inCount  uint16
	outCount uint16
}

type maptype struct {
	typ        _type
	key        *_type
	elem       *_type
	bucket     *_type
	hasher     unsafe.Pointer // func(unsafe.Pointer, uintptr) uintptr
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32
}

type structfield struct {
	name       name
	typ        *_type
	offsetAnon uintptr
}

type structtype struct {
	typ     _type
	pkgPath name
	fields  []structfield
}

// name is gc's encoded name: a flags byte (1 exported, 2 tag follows, 4
// pkgPath follows), a varint length, the bytes, then the optional tag.
type name struct {
	bytes *byte
}

func (n name) readvarint(off int) (int, int) {
	v := 0
	for i := 0; ; i++ {
		x := *(*byte)(add(unsafe.Pointer(n.bytes), uintptr(off+i)))
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
	i, l := n.readvarint(1)
	return makeStringNoCopy(add(unsafe.Pointer(n.bytes), uintptr(1+i)), l)
}

func (n name) isExported() bool {
	return *n.bytes&1 != 0
}

// pkgPath is the package path written after the name (flag 4: unexported
// method names of another package than their type's), or "".
func (n name) pkgPath() string {
	if n.bytes == nil || *n.bytes&4 == 0 {
		return ""
	}
	i, l := n.readvarint(1)
	off := 1 + i + l
	if *n.bytes&2 != 0 {
		i2, l2 := n.readvarint(off)
		off += i2 + l2
	}
	return resolveNameOff(*(*nameOff)(add(unsafe.Pointer(n.bytes), uintptr(off)))).name()
}

// resolveNameOff is the name at offset off from the module's types.
func resolveNameOff(off nameOff) name {
	var n name
	n.bytes = (*byte)(unsafe.Pointer(firstmoduledata.types + uintptr(off)))
	return n
}

func resolveTypeOff(off typeOff) *_type {
	return (*_type)(unsafe.Pointer(firstmoduledata.types + uintptr(off)))
}

func textOffAddr(off textOff) unsafe.Pointer {
	return unsafe.Pointer(firstmoduledata.text + uintptr(off))
}

// string is the type's name as reflect prints it ("*main.T", "[]int").
func (t *_type) string() string {
	s := resolveNameOff(t.str).name()
	if t.tflag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

// uncommon is the uncommon type after t's kind-specific fields, or nil.
func (t *_type) uncommon() *uncommontype {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	off := uintptr(48)
	switch t.kind & kindMask {
	case kindPtr, kindSlice, kindFunc:
		off = 56
	case kindArray:
		off = 72
	case kindChan:
		off = 64
	case kindMap:
		off = 88
	case kindInterface, kindStruct:
		off = 80
	}
	return (*uncommontype)(add(unsafe.Pointer(t), off))
}

func (t *_type) methods() *method {
	u := t.uncommon()
	return (*method)(add(unsafe.Pointer(u), uintptr(u.moff)))
}

func methodAt(m *method, i int) *method {
	return (*method)(add(unsafe.Pointer(m), uintptr(i)*16))
}

func imethodAt(it *interfacetype, i int) *imethod {
	base := *(*unsafe.Pointer)(add(unsafe.Pointer(it), 56)) // mhdr's data
	return (*imethod)(add(base, uintptr(i)*8))
}

func (t *_type) pkgpath() string {
	u := t.uncommon()
	if u == nil || u.pkgpath == 0 {
		return ""
	}
	return resolveNameOff(u.pkgpath).name()
}
