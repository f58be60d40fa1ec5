// Type switches: 30,000,000 switches over six cases (concrete types and
// an interface case) on values of five dynamic types.

package main

type Stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

//go:noinline
func classify(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case *int:
		return *v
	case float64:
		return int(v)
	case Stringer:
		return len(v.String()) * 2
	default:
		return -1
	}
}

func main() {
	seven := 7
	vals := []interface{}{1, "hello", &seven, 2.5, name("abc"), struct{}{}}
	s := 0
	for i := 0; i < 30000000; i++ {
		s += classify(vals[i%len(vals)])
	}
	println(s)
}
