// The process: Args, Exit and the process and user ids.

package os

import "syscall"

// Args holds the command-line arguments, the program name first.
var Args []string

// runtime_args returns the runtime's copy of the arguments
// (runtime1.go, by //go:linkname).
func runtime_args() []string

// runtime_beforeExit runs the runtime's work before Exit
// (runtime1.go, by //go:linkname).
func runtime_beforeExit()

func init() {
	Args = runtime_args()
}

// Exit ends the program with status code at once; deferred calls do not
// run.
func Exit(code int) {
	runtime_beforeExit()
	syscall.Exit(code)
}

// Getpid returns the process id.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the parent's process id.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the user id.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the effective user id.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the group id.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the effective group id.
func Getegid() int { return syscall.Getegid() }

// Getpagesize returns the memory page size.
func Getpagesize() int { return syscall.Getpagesize() }
