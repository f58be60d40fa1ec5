// Compares our strconv (stdcheck/strconv) with gc's: integer formatting
// and parsing, quoting and unquoting, IsPrint over every rune, and
// FormatFloat/ParseFloat on special values and random float64/float32
// values of every magnitude, for every format and many precisions. Run by
// compare.sh.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	mine "stdcheck/strconv"
	"strconv"
)

var fails int

func check(what string, in interface{}, got, want interface{}) {
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g != w {
		fmt.Printf("%s(%#v): got %s want %s\n", what, in, g, w)
		fails++
		if fails > 30 {
			os.Exit(1)
		}
	}
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var intInputs = []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "12345", "-12345", "0x1f", "0X1F", "0b101", "0o17", "017", "08",
	"1_000", "_1", "1__0", "0x_1f", "0_17", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999", "abc", "zz", "ZZ",
	"127", "128", "-128", "-129", "255", "256", "1e3", " 1", "1 ", "0x", "0b", "0x8000000000000000", "1_", "0_", "00", "0o_7"}

func checkInts(rng *rand.Rand) {
	for _, s := range intInputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				n1, e1 := mine.ParseInt(s, base, bits)
				n2, e2 := strconv.ParseInt(s, base, bits)
				check("ParseInt", []interface{}{s, base, bits}, []interface{}{n1, errs(e1)}, []interface{}{n2, errs(e2)})
				u1, e1 := mine.ParseUint(s, base, bits)
				u2, e2 := strconv.ParseUint(s, base, bits)
				check("ParseUint", []interface{}{s, base, bits}, []interface{}{u1, errs(e1)}, []interface{}{u2, errs(e2)})
			}
		}
		a1, e1 := mine.Atoi(s)
		a2, e2 := strconv.Atoi(s)
		check("Atoi", s, []interface{}{a1, errs(e1)}, []interface{}{a2, errs(e2)})
		b1, e1 := mine.ParseBool(s)
		b2, e2 := strconv.ParseBool(s)
		check("ParseBool", s, []interface{}{b1, errs(e1)}, []interface{}{b2, errs(e2)})
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes"} {
		b1, e1 := mine.ParseBool(s)
		b2, e2 := strconv.ParseBool(s)
		check("ParseBool", s, []interface{}{b1, errs(e1)}, []interface{}{b2, errs(e2)})
	}
	check("FormatBool", true, mine.FormatBool(true)+mine.FormatBool(false), strconv.FormatBool(true)+strconv.FormatBool(false))
	for i := 0; i < 200000; i++ {
		v := int64(rng.Uint64()) >> uint(rng.Intn(64))
		base := 2 + rng.Intn(35)
		check("FormatInt", v, mine.FormatInt(v, base), strconv.FormatInt(v, base))
		check("FormatUint", v, mine.FormatUint(uint64(v), base), strconv.FormatUint(uint64(v), base))
		check("Itoa", v, mine.Itoa(int(v)), strconv.Itoa(int(v)))
		check("AppendInt", v, mine.AppendInt([]byte("x"), v, 10), strconv.AppendInt([]byte("x"), v, 10))
		s := strconv.FormatInt(v, base)
		n1, e1 := mine.ParseInt(s, base, 64)
		check("ParseInt round trip", s, []interface{}{n1, errs(e1)}, []interface{}{v, "<nil>"})
	}
	for _, v := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
		check("FormatInt", v, mine.FormatInt(v, 10)+mine.FormatInt(v, 2)+mine.FormatInt(v, 36), strconv.FormatInt(v, 10)+strconv.FormatInt(v, 2)+strconv.FormatInt(v, 36))
	}
}

var quotePieces = []string{"a", "\"", "'", "`", "\\", "\n", "\t", "\x00", "\x7f", "\x1b", "é", "世", "\xff", "\xe4\xb8", "\ufffd",
	"\u00a0", "\u00ad", "\u2003", "\ufeff", "\U0001F600", "\U000E0001", "\u0378", "\r", " ", "\a\b\f\v", "x", "\u200b"}

func checkQuotes(rng *rand.Rand) {
	for r := rune(-1); r <= 0x110001; r++ {
		if mine.IsPrint(r) != strconv.IsPrint(r) || mine.IsGraphic(r) != strconv.IsGraphic(r) {
			check("IsPrint/IsGraphic", r, []bool{mine.IsPrint(r), mine.IsGraphic(r)}, []bool{strconv.IsPrint(r), strconv.IsGraphic(r)})
		}
		if r%7 == 0 || r < 0x400 {
			check("QuoteRune", r, mine.QuoteRune(r)+mine.QuoteRuneToASCII(r)+mine.QuoteRuneToGraphic(r),
				strconv.QuoteRune(r)+strconv.QuoteRuneToASCII(r)+strconv.QuoteRuneToGraphic(r))
		}
	}
	for _, r := range []rune{-1, 0x110000, 0xD800, math.MaxInt32, math.MinInt32} {
		check("QuoteRune", r, mine.QuoteRune(r)+mine.QuoteRuneToASCII(r), strconv.QuoteRune(r)+strconv.QuoteRuneToASCII(r))
	}
	unq := []string{`""`, `''`, "``", `"a"`, `'a'`, `'ab'`, `"\x41"`, `"\u0041"`, `"\U00000041"`, `'\x41'`, `"\101"`, `"\400"`, `"\8"`,
		`"\q"`, `"\'"`, `'\"'`, `'\''`, `"\""`, "`a\rb`", "`a`b`", `"a`, `a"`, `"`, "'\n'", `"\n"`, `'世'`, `"\uD800"`, `"\U00110000"`,
		"\"\xff\"", "'\xff'", `'\377'`, `"\xff"`, `'\u00e9'`, `'\U0001F600'`, `"\a\b\f\n\r\t\v\\"`, `"\z"`, `'é'`, `"a\`, `x`}
	for _, s := range unq {
		u1, e1 := mine.Unquote(s)
		u2, e2 := strconv.Unquote(s)
		check("Unquote", s, []interface{}{u1, errs(e1)}, []interface{}{u2, errs(e2)})
		for _, t := range []string{s, s + "rest", s + `"x"`, s + "\n'"} {
			p1, e1 := mine.QuotedPrefix(t)
			p2, e2 := strconv.QuotedPrefix(t)
			check("QuotedPrefix", t, []interface{}{p1, errs(e1)}, []interface{}{p2, errs(e2)})
		}
		for _, q := range []byte{'"', '\'', '`'} {
			if len(s) < 1 {
				continue
			}
			v1, m1, t1, e1 := mine.UnquoteChar(s[1:], q)
			v2, m2, t2, e2 := strconv.UnquoteChar(s[1:], q)
			check("UnquoteChar", []interface{}{s[1:], q}, []interface{}{v1, m1, t1, errs(e1)}, []interface{}{v2, m2, t2, errs(e2)})
		}
	}
	for i := 0; i < 200000; i++ {
		s := ""
		for n := rng.Intn(6); n > 0; n-- {
			s += quotePieces[rng.Intn(len(quotePieces))]
		}
		check("Quote", s, mine.Quote(s), strconv.Quote(s))
		check("QuoteToASCII", s, mine.QuoteToASCII(s), strconv.QuoteToASCII(s))
		check("QuoteToGraphic", s, mine.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		check("CanBackquote", s, mine.CanBackquote(s), strconv.CanBackquote(s))
		check("AppendQuote", s, mine.AppendQuote([]byte("x"), s), strconv.AppendQuote([]byte("x"), s))
		for _, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), "`" + s + "`", "'" + s + "'"} {
			u1, e1 := mine.Unquote(q)
			u2, e2 := strconv.Unquote(q)
			check("Unquote", q, []interface{}{u1, errs(e1)}, []interface{}{u2, errs(e2)})
			t := q + s
			p1, e1 := mine.QuotedPrefix(t)
			p2, e2 := strconv.QuotedPrefix(t)
			check("QuotedPrefix", t, []interface{}{p1, errs(e1)}, []interface{}{p2, errs(e2)})
		}
		c := complex(randFloat(rng), randFloat(rng))
		for _, f := range []byte{'e', 'f', 'g', 'x'} {
			prec := rng.Intn(8) - 1
			check("FormatComplex", c, mine.FormatComplex(c, f, prec, 128), strconv.FormatComplex(c, f, prec, 128))
			check("FormatComplex64", c, mine.FormatComplex(c, f, prec, 64), strconv.FormatComplex(c, f, prec, 64))
		}
	}
}

func randFloat(rng *rand.Rand) float64 {
	switch rng.Intn(5) {
	case 0:
		return math.Float64frombits(rng.Uint64())
	case 1:
		return float64(math.Float32frombits(rng.Uint32()))
	case 2:
		return float64(rng.Intn(100000)) / float64([]int{1, 10, 100, 1000, 8, 3}[rng.Intn(6)])
	case 3:
		return math.Ldexp(float64(rng.Int63n(1<<53)), rng.Intn(2200)-1150)
	}
	return floatSpecials[rng.Intn(len(floatSpecials))]
}

var floatSpecials = []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1e23, 1e22, 5e-324, math.MaxFloat64, -math.MaxFloat64,
	math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308, math.Inf(1), math.Inf(-1), math.NaN(),
	math.MaxFloat32, math.SmallestNonzeroFloat32, 1 << 60, 123456789, 0.000123, 1e21, 1e20, 100, 9.5, 0.5, 2.5, 1.5,
	float64(1<<53 + 1), 9007199254740993, 1e-7, 123456, 1234567, 0.0001, 0.00001}

func checkFloat(f float64, rng *rand.Rand) {
	for _, bits := range []int{64, 32} {
		if bits == 32 {
			f = float64(float32(f))
		}
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, rng.Intn(40)} {
				if fm == 'f' && prec > 20 && math.Abs(f) > 1e30 {
					continue
				}
				check("FormatFloat", []interface{}{f, string(fm), prec, bits}, mine.FormatFloat(f, fm, prec, bits), strconv.FormatFloat(f, fm, prec, bits))
			}
		}
		s := strconv.FormatFloat(f, 'g', -1, bits)
		p1, e1 := mine.ParseFloat(s, bits)
		p2, e2 := strconv.ParseFloat(s, bits)
		check("ParseFloat", []interface{}{s, bits}, []interface{}{math.Float64bits(p1), errs(e1)}, []interface{}{math.Float64bits(p2), errs(e2)})
		// Inputs near halfway points: many digits, perturbed.
		s = strconv.FormatFloat(f, 'e', 16+rng.Intn(25), bits)
		if rng.Intn(2) == 0 {
			s = s[:len(s)/2] + "5" + s[len(s)/2:]
		}
		p1, e1 = mine.ParseFloat(s, bits)
		p2, e2 = strconv.ParseFloat(s, bits)
		check("ParseFloat", []interface{}{s, bits}, []interface{}{math.Float64bits(p1), errs(e1)}, []interface{}{math.Float64bits(p2), errs(e2)})
	}
}

var parseInputs = []string{"", "inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "nan", "NaN", "+nan", "-nan", "1", "-1",
	"1.", ".5", ".", "-.", "1e", "1e+", "1e-5", "1E5", "0x1p-2", "0x1P+2", "0x1", "0x.8p1", "0x1.8p0", "0x", "1_000", "1_000.5",
	"0x_1p0", "_1", "1__0", "1e1_0", "1e400", "-1e400", "1e-400", "4e-324", "2e-324", "2.4703282292062328e-324",
	"2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.797693134862315808e308",
	"1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1e39", "0x1p1024", "0x1p-1075", "0x1p-1074",
	"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "00001", "0.000", "-0", "+0.0e0", "1e-10000000", "1e10000000",
	"0x1.0000000000000800000001p0", "0x1.00000000000008p0", "123456789012345678901234567890e-10", " 1", "1 ", "1x", "0e0",
	"100000000000000016777215", "100000000000000016777216", "7.038531e-26", "9007199254740993", "0.1e-999999"}

func main() {
	rng := rand.New(rand.NewSource(1))
	checkInts(rng)
	checkQuotes(rng)
	for _, s := range parseInputs {
		for _, bits := range []int{64, 32} {
			p1, e1 := mine.ParseFloat(s, bits)
			p2, e2 := strconv.ParseFloat(s, bits)
			check("ParseFloat", []interface{}{s, bits}, []interface{}{math.Float64bits(p1), errs(e1)}, []interface{}{math.Float64bits(p2), errs(e2)})
		}
	}
	check("FormatFloat bad fmt", 'z', mine.FormatFloat(1, 'z', 2, 64), strconv.FormatFloat(1, 'z', 2, 64))
	for _, f := range floatSpecials {
		checkFloat(f, rng)
	}
	n := 100000
	if len(os.Args) > 1 {
		fmt.Sscan(os.Args[1], &n)
	}
	for i := 0; i < n; i++ {
		checkFloat(randFloat(rng), rng)
	}
	if fails > 0 {
		os.Exit(1)
	}
}
