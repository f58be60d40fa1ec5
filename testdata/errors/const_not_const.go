// errorcheck

// Checks gc's diagnostic for: const not const.
// Expected messages were produced by go1.19 `go tool compile`.

package main

func f() int { return 1 }

const c = f() // ERROR "f\(\) \(value of type int\) is not constant"

func main() {}
