// run

// Type switch cases with several types keep the interface type for the
// bound variable; single-type cases bind the concrete type; nil and
// default; fallthrough is not allowed, so each case stands alone.

package main

type Stringer interface{ String() string }
type N int

func (n N) String() string { return "N" }

func describe(e interface{}) {
	switch v := e.(type) {
	case nil:
		println("nil", v == nil)
	case int, int8, int16:
		_, isInt := v.(int)
		println("small int", isInt)
	case string:
		println("string", len(v))
	case Stringer:
		println("stringer", v.String())
	case error, bool:
		println("error or bool", v != nil)
	case []byte, []rune:
		println("slice")
	default:
		println("default")
	}
}

type errT struct{}

func (errT) Error() string { return "e" }

func main() {
	describe(nil)
	describe(1)
	describe(int8(2))
	describe(int16(3))
	describe(int32(4))
	describe("hello")
	describe(N(5))
	describe(errT{})
	describe(true)
	describe([]byte("x"))
	describe([]rune("x"))
	describe(3.5)
	var s Stringer
	describe(s)
}
