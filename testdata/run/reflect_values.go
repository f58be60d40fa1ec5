// run

// reflect.Value on every kind: reading, walking structs, slices, arrays,
// strings, pointers, interfaces and maps, settability and setting,
// CanInterface through unexported fields, Zero, New, Indirect.

package main

import (
	"reflect"
	"unsafe"
)

type Inner struct {
	X int
	y string
}

type Point struct {
	X, Y int
}

func (p Point) String() string { return "point" }

type Rec struct {
	Inner
	Name  string
	Ptr   *Point
	Any   any
	Err   error
	List  []int
	Arr   [3]byte
	M     map[string]int
	F     func()
	priv  Point
	ppriv *Point
	inner
}

type inner struct {
	Exported int
	hidden   int
}

func describe(v reflect.Value) {
	if !v.IsValid() {
		println("invalid", v.String())
		return
	}
	print(v.Kind().String(), " ", v.Type().String(), " ")
	switch v.Kind() {
	case reflect.Bool:
		println(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		println(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		println(v.Uint())
	case reflect.Float32, reflect.Float64:
		println(v.Float())
	case reflect.Complex64, reflect.Complex128:
		println(v.Complex())
	case reflect.String:
		println(v.String(), v.Len())
	case reflect.Slice, reflect.Array:
		print(v.Len(), " [")
		for i := 0; i < v.Len(); i++ {
			print(" ", v.Index(i).String())
		}
		println(" ]")
	default:
		println(v.String())
	}
}

func main() {
	for _, x := range []any{true, -3, int8(-8), int16(300), int32(-1 << 31), int64(1 << 62), uint(7), uint8(255),
		uint16(65535), uint32(1 << 31), uint64(1<<64 - 1), uintptr(42), float32(1.5), -2.25, complex64(1 + 2i),
		complex(3, -4), "héllo", []int{1, 2, 3}, [2]bool{true, false}, Point{1, 2}, &Point{}, map[int]int{}, nil} {
		describe(reflect.ValueOf(x))
	}

	// Strings index to bytes.
	s := reflect.ValueOf("abc")
	println(s.Index(1).Uint(), s.Index(1).Kind().String(), s.Index(1).CanSet(), s.Slice(1, 3).String())

	// Structs: fields, promoted fields, read-only paths.
	p := Point{3, 4}
	r := Rec{Inner: Inner{1, "y"}, Name: "rec", Ptr: &p, Any: 5, List: []int{7, 8}, Arr: [3]byte{'a', 'b', 'c'},
		M: map[string]int{"k": 1}, priv: Point{5, 6}, ppriv: &p, inner: inner{9, 10}}
	rv := reflect.ValueOf(r)
	println(rv.NumField(), rv.CanAddr(), rv.CanSet())
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		println(i, rv.Type().Field(i).Name, f.Kind().String(), f.CanInterface(), f.CanSet(), f.CanAddr(), f.IsZero())
	}
	println(rv.FieldByName("X").Int(), rv.FieldByName("y").String(), rv.FieldByName("y").CanInterface())
	println(rv.FieldByName("Exported").Int(), rv.FieldByName("Exported").CanInterface())
	println(rv.FieldByName("hidden").Int(), rv.FieldByName("hidden").CanInterface())
	println(rv.FieldByName("Nope").IsValid())
	pp := rv.FieldByName("priv")
	println(pp.Field(0).Int(), pp.Field(0).CanInterface(), pp.NumMethod())
	println(rv.FieldByName("ppriv").Elem().Field(1).Int(), rv.FieldByName("ppriv").Elem().CanInterface(), rv.FieldByName("ppriv").Elem().CanAddr())
	println(rv.FieldByName("Ptr").Elem().Field(1).Int(), rv.FieldByName("Ptr").Elem().CanSet())
	println(rv.FieldByName("Any").Elem().Int(), rv.FieldByName("Any").Elem().Kind().String(), rv.FieldByName("Any").NumMethod())
	println(rv.FieldByName("Err").IsNil(), rv.FieldByName("Err").Elem().IsValid(), rv.FieldByName("F").IsNil(), rv.FieldByName("M").IsNil())
	println(string(rv.FieldByName("List").Index(1).Interface().(int)+'0'), rv.FieldByName("List").Cap(), rv.FieldByName("Arr").Index(2).Uint())
	println(rv.FieldByName("M").Len(), rv.FieldByName("M").MapIndex(reflect.ValueOf("k")).Int(), rv.FieldByName("M").MapIndex(reflect.ValueOf("z")).IsValid())

	// Through a pointer everything is addressable; exported fields settable.
	pv := reflect.ValueOf(&r).Elem()
	println(pv.CanAddr(), pv.CanSet(), pv.Field(1).CanSet(), pv.FieldByName("priv").CanSet(), pv.FieldByName("priv").CanAddr())
	pv.FieldByName("Name").SetString("changed")
	pv.FieldByName("X").SetInt(99)
	pv.FieldByName("List").Index(0).SetInt(70)
	pv.FieldByName("Arr").Index(0).SetUint('z')
	pv.FieldByName("Any").Set(reflect.ValueOf("now a string"))
	pv.FieldByName("Ptr").Set(reflect.ValueOf(&Point{10, 20}))
	println(r.Name, r.X, r.List[0], string(r.Arr[:]), r.Any.(string), r.Ptr.X, r.Ptr.Y)
	println(string(pv.FieldByName("Arr").Bytes()), string(pv.FieldByName("Arr").Slice(1, 3).Bytes()))

	var f32 float32
	var u16 uint16
	var b bool
	var c complex64
	var str string
	reflect.ValueOf(&f32).Elem().SetFloat(2.5)
	reflect.ValueOf(&u16).Elem().SetUint(1<<16 + 5)
	reflect.ValueOf(&b).Elem().SetBool(true)
	reflect.ValueOf(&c).Elem().SetComplex(3i)
	reflect.ValueOf(&str).Elem().Set(reflect.ValueOf("set"))
	println(f32, u16, b, c, str)

	// Interfaces: Set converts to the variable's interface type.
	var st interface{ String() string }
	sv := reflect.ValueOf(&st).Elem()
	println(sv.Kind().String(), sv.IsNil(), sv.NumMethod())
	sv.Set(reflect.ValueOf(Point{1, 1}))
	println(st.String(), sv.Elem().Type().String(), sv.IsNil())
	sv.Set(reflect.Zero(sv.Type()))
	println(st == nil)

	// Pointers, Zero, New, Indirect, IsZero, Interface.
	np := reflect.New(reflect.TypeOf(Point{}))
	println(np.Type().String(), np.Elem().CanSet(), np.IsNil())
	np.Elem().Field(0).SetInt(8)
	println(np.Interface().(*Point).X, reflect.Indirect(np).Field(0).Int(), reflect.Indirect(reflect.ValueOf(3)).Int())
	z := reflect.Zero(reflect.TypeOf(Rec{}))
	println(z.IsZero(), z.CanAddr(), z.Field(1).String() == "", reflect.Zero(reflect.TypeOf((*int)(nil))).IsNil())
	println(reflect.ValueOf(0.0).IsZero(), reflect.ValueOf(-0.0).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero(), reflect.ValueOf("").IsZero(), reflect.ValueOf(Point{}).IsZero())
	var nilp *Point
	println(reflect.ValueOf(nilp).IsNil(), reflect.ValueOf(nilp).Elem().IsValid(), reflect.ValueOf(nilp).Pointer() == 0)
	x := 5
	xp := reflect.ValueOf(&x)
	println(xp.Pointer() == uintptr(unsafe.Pointer(&x)), xp.UnsafePointer() == unsafe.Pointer(&x), xp.Elem().UnsafeAddr() == uintptr(unsafe.Pointer(&x)))
	println(xp.Elem().Addr().Interface().(*int) == &x)
	sl := []int{1, 2, 3}
	println(reflect.ValueOf(sl).Pointer() == uintptr(unsafe.Pointer(&sl[0])), reflect.ValueOf(sl).Slice(1, 2).Len(), reflect.ValueOf(sl).Slice(1, 2).Cap())
	println(reflect.ValueOf(Point{}).NumMethod(), reflect.ValueOf(&Point{}).NumMethod(), reflect.ValueOf(Point{2, 3}).Interface().(Point).Y)
	iv := reflect.ValueOf(Point{1, 2}).Interface()
	println(iv.(interface{ String() string }).String())

	// Maps: keys, lookups, iteration, SetMapIndex.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	mv := reflect.ValueOf(m)
	sum := 0
	for _, k := range mv.MapKeys() {
		sum += int(mv.MapIndex(k).Int()) * len(k.String())
	}
	println(len(mv.MapKeys()), sum)
	total := 0
	keys := ""
	it := mv.MapRange()
	for it.Next() {
		total += int(it.Value().Int())
		if it.Key().String() > keys {
			keys = it.Key().String()
		}
	}
	println(total, keys)
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	println(len(m), m["d"], m["a"])
	var anym = map[any]string{1: "one", "two": "2", Point{1, 2}: "p"}
	amv := reflect.ValueOf(anym)
	println(amv.MapIndex(reflect.ValueOf(1)).String(), amv.MapIndex(reflect.ValueOf(Point{1, 2})).String(), amv.MapIndex(reflect.ValueOf(2)).IsValid())
	println(reflect.ValueOf(map[int]bool(nil)).Len(), len(reflect.ValueOf(map[int]bool(nil)).MapKeys()))
	mm := reflect.MakeMap(reflect.TypeOf(map[int]string{}))
	mm.SetMapIndex(reflect.ValueOf(7), reflect.ValueOf("seven"))
	println(mm.Len(), mm.Interface().(map[int]string)[7])
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(1).SetString("second")
	println(ms.Len(), ms.Cap(), ms.Interface().([]string)[1])
}
