// errorcheck

// Checks gc's diagnostics for: wrong argument counts of builtins, a method
// declared twice, and a goto over a variable declaration.
// Expected messages were produced by go1.19 `go tool compile`.

package main

type T int

func (T) M() {}
func (T) M() {} // ERROR "T.M redeclared in this block"

func main() {
	_ = append()  // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	copy(1, 2, 3) // ERROR "invalid operation: too many arguments for copy\(1, 2, 3\) \(expected 2, found 3\)"
	var s []int
	_ = cap(s, s) // ERROR "invalid operation: too many arguments for cap\(s, s\) \(expected 1, found 2\)"
	goto L        // ERROR "goto L jumps over declaration of x at LINE+1"
	x := 1
	_ = x
L:
}
