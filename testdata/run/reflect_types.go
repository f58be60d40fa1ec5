// run

// reflect.Type over the compiler's type descriptors: type strings as %T
// prints them, kinds, names, sizes, elements, struct fields and tags,
// method counts, assignability, convertibility, comparability and
// function signatures.

package main

import (
	"errors"
	"reflect"
	"strings"
	"unsafe"
)

type T struct {
	A int
	b string
}

type Named int

func (Named) String() string { return "named" }
func (*Named) Set(int)       {}
func (Named) hidden()        {}

type Stringer interface{ String() string }

type Inner struct {
	X, Y int
}

type Outer struct {
	Inner
	*T
	Name string `json:"name,omitempty" xml:"n"`
	tags int    `a:"1" b:"two\tthree" c:"\u00e9"`
	F    func(int, ...string) (bool, error)
	C    complex128
	M    map[string][]*T
	Arr  [3]uint16
	P    unsafe.Pointer
	E    error
	I    any
	S    struct{ a, B int8 }
	Ch   chan<- int
}

// copier's unexported method is main's: *strings.Builder's copyCheck is
// another package's and does not implement it.
type copier interface{ copyCheck() }

type myCopier struct{}

func (*myCopier) copyCheck() {}

type List []Named
type Fn func(a, b int) int
type Empty struct{}

func show(t reflect.Type) {
	println(t.String(), "|", t.Kind().String(), "|", t.Name(), "|", t.PkgPath(), "|", t.Size(), t.Align(), t.FieldAlign(), t.NumMethod(), t.Comparable())
}

func main() {
	var e error = errors.New("x")
	values := []any{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1),
		uint64(1), uintptr(1), float32(1), 1.5, complex64(1), 2i, "s", unsafe.Pointer(nil),
		T{}, &T{}, []int{}, [2]string{}, map[string]int{}, map[T][]*T{}, func(int) string { return "" },
		func(int, ...string) {}, func() (int, error) { return 0, nil }, struct {
			A int
			b string
		}{}, struct{}{}, Named(1), new(Named), List{}, Fn(nil), Empty{}, Outer{}, &Outer{},
		[]any{}, []error{}, e, [0]int{}, [][]map[int]*[4]bool{}, new(any), new(Stringer),
		(chan int)(nil), (<-chan string)(nil), (chan<- []byte)(nil), (chan (<-chan int))(nil),
		[]struct{ X int }{}, (*int)(nil), new(*int), new(func()), Inner{},
	}
	for _, v := range values {
		show(reflect.TypeOf(v))
	}
	println(reflect.TypeOf(nil) == nil)
	// String promoted from Named is in its method set.
	show(reflect.TypeOf(struct {
		T
		Named `tag:"x"`
	}{}))
	println(reflect.TypeOf(struct{ Named }{}).Implements(reflect.TypeOf((*Stringer)(nil)).Elem()))

	// Elements, keys and lengths.
	mt := reflect.TypeOf(map[string][]*T{})
	println(mt.Key().String(), mt.Elem().String(), mt.Elem().Elem().String(), mt.Elem().Elem().Elem().String())
	at := reflect.TypeOf([5][2]int8{})
	println(at.Len(), at.Elem().Len(), at.Elem().Elem().Bits(), at.Size())
	println(reflect.TypeOf((chan<- int)(nil)).ChanDir().String(), reflect.TypeOf((<-chan int)(nil)).ChanDir().String(), reflect.TypeOf((chan int)(nil)).ChanDir().String())
	println(reflect.TypeOf(1.5).Bits(), reflect.TypeOf(2i).Bits(), reflect.TypeOf(uint16(0)).Bits())

	// Struct fields.
	ot := reflect.TypeOf(Outer{})
	println(ot.NumField())
	for i := 0; i < ot.NumField(); i++ {
		f := ot.Field(i)
		println(i, f.Name, f.PkgPath, f.Type.String(), f.Offset, f.Anonymous, f.IsExported(), len(f.Index), f.Index[0], string(f.Tag))
	}
	nf, _ := ot.FieldByName("Name")
	println(nf.Tag.Get("json"), nf.Tag.Get("xml"), nf.Tag.Get("none") == "")
	tf, _ := ot.FieldByName("tags")
	v, ok := tf.Tag.Lookup("b")
	println(v, ok, tf.Tag.Get("c"), tf.Tag.Get("a"))
	_, ok = tf.Tag.Lookup("d")
	println(ok)
	xf, ok := ot.FieldByName("X")
	println(xf.Name, ok, len(xf.Index), xf.Index[0], xf.Index[1], xf.Type.String())
	af, ok := ot.FieldByName("A")
	println(af.Name, ok, len(af.Index), af.Index[0], af.Index[1])
	_, ok = ot.FieldByName("Nope")
	println(ok)
	println(ot.FieldByIndex([]int{0, 1}).Name)

	// Functions.
	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.In(0).String(), ft.In(1).String(), ft.Out(0).String(), ft.Out(1).String())
	ft = reflect.TypeOf(Fn(nil))
	println(ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft.Name())

	// Methods, interfaces, assignability.
	errT := reflect.TypeOf((*error)(nil)).Elem()
	strT := reflect.TypeOf((*Stringer)(nil)).Elem()
	anyT := reflect.TypeOf((*any)(nil)).Elem()
	println(errT.String(), errT.Kind().String(), errT.NumMethod(), strT.String(), strT.Name(), strT.PkgPath(), anyT.String())
	nt := reflect.TypeOf(Named(0))
	pt := reflect.TypeOf(new(Named))
	println(nt.NumMethod(), pt.NumMethod())
	println(nt.Implements(strT), pt.Implements(strT), nt.Implements(errT), reflect.TypeOf(e).Implements(errT), errT.Implements(anyT), anyT.Implements(errT))
	println(nt.AssignableTo(strT), nt.AssignableTo(reflect.TypeOf(0)), reflect.TypeOf(0).AssignableTo(nt), nt.AssignableTo(anyT))
	println(reflect.TypeOf(List{}).AssignableTo(reflect.TypeOf([]Named{})), reflect.TypeOf([]Named{}).AssignableTo(reflect.TypeOf(List{})))
	println(reflect.TypeOf((chan int)(nil)).AssignableTo(reflect.TypeOf((<-chan int)(nil))))
	println(nt.ConvertibleTo(reflect.TypeOf(0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf("")),
		reflect.TypeOf(0).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf(T{}).ConvertibleTo(reflect.TypeOf(struct {
			A int
			b string
		}{})), reflect.TypeOf([]int{}).ConvertibleTo(reflect.TypeOf(&[3]int{})))
	println(reflect.PtrTo(nt).String(), reflect.PointerTo(reflect.TypeOf(T{})).String(), reflect.PointerTo(reflect.TypeOf([]int{})).String(), reflect.PointerTo(pt).String())
	println(reflect.PointerTo(nt) == pt, reflect.PointerTo(reflect.TypeOf(0)) == reflect.TypeOf(new(int)))

	copierT := reflect.TypeOf((*copier)(nil)).Elem()
	println(reflect.TypeOf(&strings.Builder{}).Implements(copierT), reflect.TypeOf(&myCopier{}).Implements(copierT),
		reflect.TypeOf(myCopier{}).Implements(copierT), reflect.TypeOf(&strings.Builder{}).Implements(strT),
		reflect.TypeOf(&strings.Builder{}).NumMethod(), copierT.NumMethod())

	// Kind names.
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		print(k.String(), " ")
	}
	println()
	println(reflect.Ptr == reflect.Pointer, reflect.Ptr.String())
}
