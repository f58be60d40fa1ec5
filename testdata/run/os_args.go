// run

// os.Args without arguments, the standard files' names and descriptors,
// and os.Exit: deferred calls do not run and the status is the exit code.

// exitcode 7

package main

import (
	"os"
	"strconv"
	"strings"
)

func main() {
	defer os.Stdout.WriteString("deferred: must not run\n")
	os.Stdout.WriteString("args: " + strconv.Itoa(len(os.Args)) + "\n")
	os.Stdout.WriteString("program name ends in os_args: " + strconv.FormatBool(strings.HasSuffix(os.Args[0], "os_args") || strings.HasSuffix(os.Args[0], "prog")) + "\n")
	for _, f := range []*os.File{os.Stdin, os.Stdout, os.Stderr} {
		os.Stdout.WriteString(f.Name() + " " + strconv.Itoa(int(f.Fd())) + "\n")
	}
	os.Stderr.WriteString("to stderr\n")
	n, err := os.Stdout.Write([]byte("written\n"))
	os.Stdout.WriteString(strconv.Itoa(n) + " " + strconv.FormatBool(err == nil) + "\n")
	os.Exit(7)
}
