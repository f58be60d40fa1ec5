// run
// exitcode 2

// An uncaught panic with a Stringer prints its String() text.

package main

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "other"
}

func main() {
	panic(Color(1))
}
