// The environment, through package syscall's copy of it.

package os

import "syscall"

// Getenv returns the value of key, "" when it is not set.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets key to value.
func Setenv(key, value string) error {
	err := syscall.Setenv(key, value)
	if err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv removes key.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv removes every variable.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	return syscall.Environ()
}

// ExpandEnv replaces $var and ${var} in s by the variables' values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var). A '$' before
// anything that is not a name stays; a bad ${...} is dropped.
func Expand(s string, mapping func(string) string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] != '$' || i+1 == len(s) {
			out = append(out, s[i])
			i++
			continue
		}
		name, w := shellName(s[i+1:])
		if name != "" {
			out = append(out, mapping(name)...)
		} else if w == 0 {
			out = append(out, '$')
		}
		i += 1 + w
	}
	return string(out)
}

// shellName returns the variable name at the start of s (just after a
// '$') and how many bytes of s it spans: "" and 0 when there is none, ""
// and the bad syntax's length for "${}" (2) or an unclosed "${" (1).
func shellName(s string) (string, int) {
	if isShellSpecial(s[0]) {
		return s[:1], 1
	}
	if s[0] != '{' {
		n := 0
		for n < len(s) && isNameByte(s[n]) {
			n++
		}
		return s[:n], n
	}
	if len(s) > 2 && s[2] == '}' && isShellSpecial(s[1]) {
		return s[1:2], 3
	}
	for i := 1; i < len(s); i++ {
		if s[i] == '}' {
			if i == 1 {
				return "", 2
			}
			return s[1:i], i + 1
		}
	}
	return "", 1
}

// isShellSpecial reports whether c is a one-character special variable
// ($1, $*, $#, ...).
func isShellSpecial(c byte) bool {
	return c >= '0' && c <= '9' || c == '*' || c == '#' || c == '$' || c == '@' ||
		c == '!' || c == '?' || c == '-'
}

// isNameByte reports whether c may be in a variable name.
func isNameByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
