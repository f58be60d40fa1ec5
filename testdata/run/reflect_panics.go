// run

// reflect's panics, recovered: calls on the wrong kind, on the zero
// Value, on unaddressable or read-only values, bad indexes, Type methods
// on the wrong kind, Swapper misuse.

package main

import (
	"reflect"
)

type S struct {
	A int
	b int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case nil:
			println(name, ": no panic")
		case error:
			println(name, ":", x.Error())
		case string:
			println(name, ":", x)
		default:
			println(name, ": other panic")
		}
	}()
	f()
}

func main() {
	sv := reflect.ValueOf("str")
	iv := reflect.ValueOf(42)
	var zero reflect.Value
	s := S{1, 2}
	rs := reflect.ValueOf(&s).Elem()

	try("Int on string", func() { sv.Int() })
	try("Uint on int", func() { iv.Uint() })
	try("Float on int", func() { iv.Float() })
	try("Bool on int", func() { iv.Bool() })
	try("Complex on string", func() { sv.Complex() })
	try("Len on int", func() { iv.Len() })
	try("Cap on string", func() { sv.Cap() })
	try("Index on int", func() { iv.Index(0) })
	try("Elem on int", func() { iv.Elem() })
	try("Field on int", func() { iv.Field(0) })
	try("NumField on string", func() { sv.NumField() })
	try("IsNil on int", func() { iv.IsNil() })
	try("MapKeys on int", func() { iv.MapKeys() })
	try("MapIndex on string", func() { sv.MapIndex(iv) })
	try("MapRange on int", func() { iv.MapRange() })
	try("Bytes on int", func() { iv.Bytes() })
	try("Bytes on []int", func() { reflect.ValueOf([]int{1}).Bytes() })
	try("Pointer on int", func() { iv.Pointer() })
	try("Type of zero", func() { zero.Type() })
	try("Interface of zero", func() { zero.Interface() })
	try("CanInterface of zero", func() { zero.CanInterface() })
	try("NumMethod of zero", func() { zero.NumMethod() })
	try("Int of zero", func() { zero.Int() })
	try("IsZero of zero", func() { zero.IsZero() })
	try("Kind of zero", func() { println(zero.Kind().String(), zero.IsValid(), zero.String()) })
	try("SetInt unaddressable", func() { iv.SetInt(1) })
	try("Set unaddressable", func() { iv.Set(iv) })
	try("SetInt on string", func() { reflect.ValueOf(&s).Elem().Field(0).SetString("x") })
	try("SetString on int", func() { rs.Field(0).SetString("x") })
	try("SetInt unexported", func() { rs.Field(1).SetInt(5) })
	try("Set unexported", func() { rs.Field(1).Set(reflect.ValueOf(5)) })
	try("Set from unexported", func() { rs.Field(0).Set(rs.Field(1)) })
	try("Set wrong type", func() { rs.Field(0).Set(reflect.ValueOf("x")) })
	try("Set zero Value", func() { rs.Field(0).Set(zero) })
	try("SetFloat on int", func() { rs.Field(0).SetFloat(1) })
	try("SetUint on int", func() { rs.Field(0).SetUint(1) })
	try("SetBool on int", func() { rs.Field(0).SetBool(true) })
	try("Interface unexported", func() { rs.Field(1).Interface() })
	try("Field out of range", func() { rs.Field(2) })
	try("Index out of range slice", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("Index out of range array", func() { reflect.ValueOf([1]int{1}).Index(-1) })
	try("Index out of range string", func() { sv.Index(3) })
	try("Slice of unaddressable array", func() { reflect.ValueOf([2]int{}).Slice(0, 1) })
	try("Slice out of bounds", func() { reflect.ValueOf([]int{1}).Slice(0, 3) })
	try("Addr unaddressable", func() { iv.Addr() })
	try("UnsafeAddr unaddressable", func() { iv.UnsafeAddr() })
	try("Zero(nil)", func() { reflect.Zero(nil) })
	try("New(nil)", func() { reflect.New(nil) })
	try("MapIndex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(iv) })
	try("MapIter Key before Next", func() { reflect.ValueOf(map[string]int{}).MapRange().Key() })
	try("MapIter Value exhausted", func() {
		it := reflect.ValueOf(map[string]int{}).MapRange()
		it.Next()
		it.Value()
	})
	try("MapIter Next exhausted", func() {
		it := reflect.ValueOf(map[string]int{}).MapRange()
		it.Next()
		it.Next()
	})

	it := reflect.TypeOf(0)
	st := reflect.TypeOf(s)
	try("Type Elem of int", func() { it.Elem() })
	try("Type Key of int", func() { it.Key() })
	try("Type Len of int", func() { it.Len() })
	try("Type NumField of int", func() { it.NumField() })
	try("Type Field of int", func() { it.Field(0) })
	try("Type Field out of bounds", func() { st.Field(5) })
	try("Type FieldByName of int", func() { it.FieldByName("x") })
	try("Type NumIn of int", func() { it.NumIn() })
	try("Type NumOut of struct", func() { st.NumOut() })
	try("Type In of int", func() { it.In(0) })
	try("Type Out of int", func() { it.Out(0) })
	try("Type IsVariadic of int", func() { it.IsVariadic() })
	try("Type ChanDir of int", func() { it.ChanDir() })
	try("Type Bits of string", func() { reflect.TypeOf("").Bits() })
	try("Type Bits of struct", func() { st.Bits() })
	try("Implements nil", func() { it.Implements(nil) })
	try("Implements non-interface", func() { it.Implements(it) })
	try("AssignableTo nil", func() { it.AssignableTo(nil) })
	try("ConvertibleTo nil", func() { it.ConvertibleTo(nil) })

	try("Swapper of int", func() { reflect.Swapper(5) })
	try("Swapper empty", func() { reflect.Swapper([]int{})(0, 0) })
	try("Swapper one", func() { reflect.Swapper([]string{"a"})(0, 1) })
	try("Swapper one ok", func() { reflect.Swapper([]string{"a"})(0, 0) })
	try("Swapper ints", func() { reflect.Swapper([]int{1, 2})(0, 2) })
	try("Swapper strings", func() { reflect.Swapper([]string{"a", "b"})(3, 0) })
	try("Swapper structs", func() { reflect.Swapper([]S{{}, {}})(0, 2) })
	try("Swapper pointers", func() { reflect.Swapper([]*S{nil, nil})(-1, 0) })
	try("Swapper bytes", func() { reflect.Swapper([]byte{1, 2})(0, 5) })
}
