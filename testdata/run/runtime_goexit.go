// run

// runtime.Goexit in the main goroutine: the deferred calls of every frame
// run, innermost first, recover returns nil in them, and with no other
// goroutine left the program dies with gc's "no goroutines" error.

// exitcode 2

package main

import (
	"os"
	"runtime"
	"strconv"
)

func show(s string) { os.Stdout.WriteString(s + "\n") }

func f() {
	defer func() { show("f deferred, recover nil: " + strconv.FormatBool(recover() == nil)) }()
	func() {
		defer show("inner deferred")
		runtime.Goexit()
		show("not reached")
	}()
	show("not reached either")
}

func main() {
	defer show("main deferred")
	defer func() {
		defer show("nested deferred")
	}()
	f()
	show("not reached in main")
}
