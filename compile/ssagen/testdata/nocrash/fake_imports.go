// Uses of packages that -fakeimports accepts without export data have no
// types: code generation used to crash on them (comparisons, arithmetic,
// composite literals, range). Such a package is now only type-checked.
package main

import (
	"fmt"
	"os"
	"strings"
)

type T struct {
	a interface{}
	b [2]int
}

func main() {
	if os.Args[0] == strings.ToUpper("x") {
		fmt.Println(1 + os.Getpid())
	}
	t := T{fmt.Sprint(1), [2]int{os.Getpid(), 2}}
	u := t
	println(t == u, t.b[0]<<os.Getpid())
	for i, a := range os.Args {
		_, _ = i, a
	}
	var m map[string]int = fmt.M
	_ = m[os.Args[1]]
}
