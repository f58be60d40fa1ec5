// run

// A type switch over every predeclared type, with the bound variable of
// the concrete type in each case.

package main

func show(e interface{}) {
	switch v := e.(type) {
	case bool:
		println("bool", v)
	case int:
		println("int", v)
	case int8:
		println("int8", v)
	case int16:
		println("int16", v)
	case int32:
		println("int32", v)
	case int64:
		println("int64", v)
	case uint:
		println("uint", v)
	case uint8:
		println("uint8", v)
	case uint16:
		println("uint16", v)
	case uint32:
		println("uint32", v)
	case uint64:
		println("uint64", v)
	case uintptr:
		println("uintptr", v)
	case float32:
		println("float32", v)
	case float64:
		println("float64", v)
	case complex64:
		println("complex64", v)
	case complex128:
		println("complex128", v)
	case string:
		println("string", v)
	case error:
		println("error", v.Error())
	default:
		println("other")
	}
}

type e struct{}

func (e) Error() string { return "err" }

func main() {
	show(true)
	show(-1)
	show(int8(-8))
	show(int16(-16))
	show(int32(-32))
	show(int64(-64))
	show(uint(1))
	show(uint8(8))
	show(uint16(16))
	show(uint32(32))
	show(uint64(64))
	show(uintptr(100))
	show(float32(1.5))
	show(2.5)
	show(complex64(1i))
	show(2i)
	show("s")
	show('r')
	show(byte('b'))
	show(e{})
	show([]int{})
}
