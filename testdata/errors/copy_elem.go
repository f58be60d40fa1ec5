// errorcheck

// Checks gc's diagnostics for: copy with different element types or
// non-slice arguments.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func main() {
	si := make([]int, 8)
	sf := make([]float64, 8)
	_ = copy(si, "hi") // ERROR "invalid argument: arguments to copy si \(variable of type \[\]int\) and .hi. \(untyped string constant\) have different element types int and byte"
	_ = copy(si, sf)   // ERROR "have different element types int and float64"
	_ = copy(1, si)    // ERROR "invalid argument: copy expects slice arguments; found 1 \(untyped int constant\) and si \(variable of type \[\]int\)"
	b := make([]byte, 2)
	_ = copy(b, "ok")
}
