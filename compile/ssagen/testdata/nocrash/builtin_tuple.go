// Builtins applied to a multi-value call, f(g()) style: the builtins read
// their arguments one by one and crashed on the tuple (print and println
// take them; the others report not implemented).
package main

import "unsafe"

func two() (int, int)           { return 1, 2 }
func sl() ([]int, []int)        { return nil, nil }
func ap() ([]int, int)          { return nil, 1 }
func fl() (float64, float64)    { return 1, 2 }
func ua() (unsafe.Pointer, int) { return nil, 0 }

func main() {
	print(two())
	println(two())
	copy(sl())
	_ = append(ap())
	_ = complex(fl())
	_ = unsafe.Add(ua())
}
