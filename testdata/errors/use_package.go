// errorcheck

// Checks gc's diagnostic for: use package.
// Expected messages were produced by go1.19 `go tool compile`.

package main

import "unsafe" // ERROR "imported and not used: .unsafe."

func main() {
	_ = unsafe // ERROR "use of package unsafe not in selector"
}
