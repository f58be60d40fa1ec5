// run

// Maps printed by fmt in internal/fmtsort's key order: integers, unsigned,
// strings, floats (NaNs first, -0 and +0), complex, bools, arrays,
// structs field by field, pointers by address, nil interfaces first,
// interfaces of mixed types by type.

package main

import (
	"fmt"
	"math"
)

type key struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 0: "z", -100: "m"})
	fmt.Println(map[int8]bool{127: true, -128: false, 0: true})
	fmt.Println(map[uint64]int{1 << 63: 1, 0: 2, 5: 3})
	fmt.Println(map[string]int{"b": 1, "a": 2, "": 3, "ab": 4, "B": 5})
	nan := math.NaN()
	fmt.Println(map[float64]string{2.5: "x", nan: "nan", math.Inf(-1): "-inf", math.Inf(1): "inf", 0: "zero", -1: "neg"})
	fmt.Println(map[float32]int{1.5: 1, -2: 2})
	fmt.Println(map[complex128]int{1 + 2i: 1, 1 + 1i: 2, -1 + 5i: 3, complex(nan, 0): 4})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Println(map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%v %d\n", map[rune]int{'z': 1, 'a': 2}, map[uintptr]int{9: 1, 3: 2})
	fmt.Println(map[any]int{nil: 0})
	fmt.Println(map[any]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[any]int{"b": 1, "a": 2})
	// Mixed dynamic types: by the descriptors' addresses, then by value.
	fmt.Println(map[any]int{1: 1, "a": 2, 2.5: 3, true: 4, key{1, "x"}: 5, int8(3): 6, uint(7): 7, 0: 8})
	fmt.Println(map[error]int{nil: 1})
	a, b, c := new(int), new(int), new(int)
	pm := map[*int]int{c: 3, a: 1, b: 2}
	fmt.Println(len(fmt.Sprint(pm)) > 0)
	fmt.Printf("%v\n", map[string][]int{"y": {1}, "x": {2, 3}})
	fmt.Printf("%+v\n", map[key]key{{1, "x"}: {2, "y"}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Println(map[int]map[string]int{2: {"b": 1, "a": 2}, 1: nil})
}
