// stdout.go: the Print family, which writes to os.Stdout.
package fmt

import "os"

// Printf formats by format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Print writes the operands in their default formats to standard
// output, with spaces between operands when neither is a string.
func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

// Println writes the operands in their default formats to standard
// output, spaces between all of them, and a newline.
func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }
