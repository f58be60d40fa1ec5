// run

// The environment through package os: Setenv/Getenv/LookupEnv/Unsetenv
// pairs, Environ after changes, invalid keys and values, ExpandEnv and
// Expand.

package main

import (
	"os"
	"strconv"
	"strings"
)

func show(parts ...string) { os.Stdout.WriteString(strings.Join(parts, " ") + "\n") }

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func lookup(key string) {
	v, ok := os.LookupEnv(key)
	show("lookup", strconv.Quote(key)+":", strconv.Quote(v), strconv.FormatBool(ok), strconv.Quote(os.Getenv(key)))
}

// inEnviron counts the entries of os.Environ() that are kv.
func inEnviron(kv string) int {
	n := 0
	for _, e := range os.Environ() {
		if e == kv {
			n++
		}
	}
	return n
}

func main() {
	const key = "GOCC_OS_ENV_TEST"
	lookup(key)
	show("set:", errText(os.Setenv(key, "one")))
	lookup(key)
	show("environ has it:", strconv.Itoa(inEnviron(key+"=one")))
	show("set again:", errText(os.Setenv(key, "two=2")))
	lookup(key)
	show("environ:", strconv.Itoa(inEnviron(key+"=one")), strconv.Itoa(inEnviron(key+"=two=2")))
	show("set empty:", errText(os.Setenv(key, "")))
	lookup(key)
	show("unset:", errText(os.Unsetenv(key)))
	lookup(key)
	show("environ after unset:", strconv.Itoa(inEnviron(key+"=")))
	show("unset missing:", errText(os.Unsetenv(key)))
	show("empty key:", errText(os.Setenv("", "x")))
	show("key with =:", errText(os.Setenv("A=B", "x")))
	show("key with NUL:", errText(os.Setenv("A\x00B", "x")))
	show("value with NUL:", errText(os.Setenv("AB", "x\x00y")))
	lookup("")
	lookup("A")

	os.Setenv("GOCC_X", "ex")
	os.Setenv("GOCC_Y", "why")
	for _, s := range []string{
		"plain", "$GOCC_X", "${GOCC_Y}", "a$GOCC_X.b", "$GOCC_X$GOCC_Y", "${GOCC_X}${GOCC_Y}z",
		"$", "x$", "$$", "${}", "${", "${GOCC_X", "$ GOCC_X", "$GOCC_UNSET-", "${1}", "$1x", "$*",
		"price: $9.99", "${GOCC_X}}", "$_GOCC",
	} {
		show("expand", strconv.Quote(s), "->", strconv.Quote(os.ExpandEnv(s)))
	}
	upper := func(s string) string { return "<" + strings.ToUpper(s) + ">" }
	show("mapping:", os.Expand("$a ${b.c} $@ ${#} $-x", upper))
}
