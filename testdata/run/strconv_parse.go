// run

// strconv parsing through our std: ParseInt, ParseUint, Atoi, ParseBool,
// ParseFloat (correctly rounded, hex, special values), Unquote and
// UnquoteChar, with *NumError messages and errors.Is; strings.Builder's
// Write methods.
package main

import (
	"errors"
	"strconv"
	"strings"
)

func msg(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	for _, s := range []string{"0", "-12", "+7", "0x1F", "0b101", "0o17", "017", "1_000", "_1", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "abc", "", "-"} {
		i, err := strconv.ParseInt(s, 0, 64)
		println(s, i, msg(err))
		u, err := strconv.ParseUint(s, 10, 8)
		println(s, u, msg(err))
		a, err := strconv.Atoi(s)
		println(s, a, msg(err), errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	}
	_, err := strconv.ParseInt("1", 1, 64)
	println(msg(err))
	_, err = strconv.ParseInt("1", 10, 65)
	println(msg(err))
	for _, s := range []string{"true", "F", "yes"} {
		b, err := strconv.ParseBool(s)
		println(b, msg(err))
	}
	for _, s := range []string{"1.5", "-0", "1e308", "1e309", "-1e400", "4.9e-324", "2e-324", "0x1p-2", "0x1.8p1", "inf", "-Infinity",
		"NaN", "1_0.5", ".5e1", "1e", "0.1", "0.30000000000000004", "123456789012345678901234567890", "3.4028235e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		println(s, f, strconv.FormatFloat(f, 'g', -1, 64), msg(err), strconv.FormatFloat(g, 'g', -1, 32), msg(err32))
	}
	for _, s := range []string{`"hello\n"`, "`raw\\n`", `'x'`, `'\u00e9'`, `"\x41\101\u0041"`, `"bad`, `'ab'`, `"\q"`} {
		u, err := strconv.Unquote(s)
		println(s, "["+u+"]", msg(err))
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	println(v, mb, tail, msg(err))
	var b strings.Builder
	n, _ := b.WriteString("abc")
	b.WriteByte(' ')
	m, _ := b.WriteRune('世')
	k, _ := b.Write([]byte("!"))
	println(b.String(), n, m, k, b.Len())
}
