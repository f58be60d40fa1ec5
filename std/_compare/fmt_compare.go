// Compares our fmt (stdcheck/fmt) with gc's: Sprintf of every flags x
// width x precision x verb combination over edge values of every kind
// (integers, floats with NaN and infinities, complex, strings, bytes,
// runes, structs, pointers, slices, arrays, maps, named types, Stringer,
// error, GoStringer, Formatter, panicking methods), the Print spacing
// rules, argument errors, * widths and [n] indexes, Errorf with %w. Run
// by compare.sh, which keeps gc's reflect and os under our fmt.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	myfmt "stdcheck/fmt"
)

type S struct {
	A int
	B string
	c []int
}
type Inner struct{ X, Y float64 }
type Outer struct {
	I   Inner
	P   *Inner
	M   map[string]int
	E   error
	Any interface{}
}
type MyInt int
type MyStr string
type MyBytes []byte
type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("Str<%d>", s.n) }

type PStr struct{ n int }

func (s *PStr) String() string { return fmt.Sprint("PStr", s.n) }

type GoS struct{}

func (GoS) GoString() string { return "GoS!" }

type Err struct{ msg string }

func (e *Err) Error() string { return "err:" + e.msg }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilPanic struct{ x int }

func (n *NilPanic) String() string { return fmt.Sprint(n.x) }

type Fm struct{}

func (Fm) Format(s fmt.State, c rune) {
	// Width and precision only when set: unset, they are whatever the
	// printer last held, which depends on when gc's pool was emptied.
	w, wok := s.Width()
	pr, pok := s.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		pr = -1
	}
	fmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, pr, pok, s.Flag('+'), s.Flag('-'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type MyFm struct{}

func (MyFm) Format(s myfmt.State, c rune) {
	// Width and precision only when set: unset, they are whatever the
	// printer last held, which depends on when gc's pool was emptied.
	w, wok := s.Width()
	pr, pok := s.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		pr = -1
	}
	myfmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v%v%v]", c, w, wok, pr, pok, s.Flag('+'), s.Flag('-'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}

type Arr [3]int8
type Key struct {
	A int
	B string
}

func main() {
	var nilp *Inner
	var nilNP *NilPanic
	var nilm map[string]int
	var nils []int
	var nilerr error
	vals := []interface{}{
		0, 1, -1, 42, math.MaxInt64, math.MinInt64, int8(-128), int8(127), int16(-300), int32(70000), int64(-5),
		uint(7), uint8(255), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead),
		0.0, 1.0, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 123456789.0, 0.000123, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1),
		float32(0.1), float32(1e10), float32(-2.5), math.MaxFloat64, math.SmallestNonzeroFloat64,
		complex(1, 2), complex(-1.5, 0), complex64(complex(0.1, -0.2)), complex(math.Inf(1), math.NaN()),
		"", "a", "hello", "héllo, 世界", "a\"b\\c\n\t\x00\xff", "`back`", "\u2028",
		[]byte(""), []byte("abc"), []byte{0, 1, 255}, []byte(nil),
		'x', 'é', '世', rune(0x1F600), rune(-1), rune(0x110000),
		true, false, nil,
		S{1, "x", []int{1, 2}}, &S{2, "y", nil}, []int{1, 2, 3}, []string{"a", "b c"}, [2]bool{true, false}, Arr{1, -2, 3},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", 1: "a", -2: "z"}, map[Key]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true},
		map[float64]int{math.NaN(): 1, 2.5: 2, math.Inf(-1): 3}, map[bool]int{true: 1, false: 0}, map[interface{}]int{1: 1, "a": 2, 2.5: 3, false: 4},
		Outer{Inner{1, 2}, &Inner{3, 4}, map[string]int{"x": 1}, errors.New("e"), 5}, Outer{}, &Outer{Any: []interface{}{1, "a", nil}},
		nilp, nilm, nils, nilerr, []interface{}{nil, 1, "x"}, [][]int{{1}, {2, 3}, nil}, &[]int{9}, &[2]string{"p", "q"}, &map[string]bool{"k": true},
		MyInt(5), MyStr("ms"), MyBytes("mb"), []MyInt{1, 2}, map[MyStr]MyInt{"k": 1},
		Str{3}, &Str{4}, PStr{5}, &PStr{6}, []Str{{1}, {2}}, map[Str]int{{2}: 1, {1}: 2}, GoS{}, &GoS{}, []GoS{{}},
		&Err{"bad"}, errors.New("plain"), fmt.Errorf("w %w", errors.New("in")),
		Panicky{}, nilNP, []*NilPanic{nil}, struct{ P Panicky }{},
		struct{}{}, struct{ a, b int }{1, 2}, struct {
			X interface{}
			Y *int
		}{nil, nil}, [0]int{}, []struct{ A int }{{1}},
		func() {} == nil, (func())(nil), (chan int)(nil), (*int)(nil),
	}
	flags := []string{"", "+", "-", "#", " ", "0", "+#", "-0", " 0", "#0", "+0", "-#", "# ", "+ "}
	widths := []string{"", "1", "8", "15"}
	precs := []string{"", ".0", ".2", ".5", "."}
	verbs := "vdbouxXcqUeEfFgGsStTO"
	bad := 0
	total := 0
	for _, v := range vals {
		for _, fl := range flags {
			for _, w := range widths {
				for _, pr := range precs {
					for _, verb := range verbs {
						f := "%" + fl + w + pr + string(verb)
						a := fmt.Sprintf(f, v)
						b := myfmt.Sprintf(f, v)
						total++
						if a != b {
							bad++
							if bad < 60 {
								fmt.Printf("%-8s %T\n  gc: %q\n  us: %q\n", f, v, a, b)
							}
						}
					}
				}
			}
		}
		a := fmt.Sprint(v, v, "s", v) + fmt.Sprintln(v, v)
		b := myfmt.Sprint(v, v, "s", v) + myfmt.Sprintln(v, v)
		total++
		if a != b {
			bad++
			fmt.Printf("Sprint %T\n  gc: %q\n  us: %q\n", v, a, b)
		}
	}
	// Formatter: flags via State
	for _, f := range []string{"%v", "%+v", "%#v", "%-8.3x", "% 05d", "%s", "%[1]q"} {
		a := fmt.Sprintf(f, Fm{})
		b := myfmt.Sprintf(f, MyFm{})
		total++
		if a != b {
			bad++
			fmt.Printf("Formatter %s\n  gc: %q\n  us: %q\n", f, a, b)
		}
	}
	// format-level errors
	type fa struct {
		f string
		a []interface{}
	}
	fas := []fa{
		{"%d %d", []interface{}{1}}, {"%d", []interface{}{1, 2, "x", nil}}, {"%", nil}, {"%!", nil}, {"%[2]d %[1]d", []interface{}{1, 2}},
		{"%[3]d", []interface{}{1, 2}}, {"%[0]d", []interface{}{1}}, {"%[x]d", []interface{}{1}}, {"%[1]*d", []interface{}{3, 4}}, {"%*d", []interface{}{"x", 4}},
		{"%.*d", []interface{}{-1, 4}}, {"%*d", []interface{}{-5, 4}}, {"%-*d|", []interface{}{5, 4}}, {"%[2]*[1]d", []interface{}{12, 5}}, {"%[1]2d", []interface{}{1}},
		{"%[1].2d", []interface{}{1}}, {"%3.[2]d", []interface{}{1, 2}}, {"%.[2]d", []interface{}{1, 2}}, {"%[5]d %d", []interface{}{1, 2}}, {"%d %[1]d %d", []interface{}{1, 2}},
		{"%[2]d %d", []interface{}{1, 2, 3}}, {"%.", []interface{}{1}}, {"%5", []interface{}{1}}, {"%-", nil}, {"%*", []interface{}{1}}, {"%10000000d", []interface{}{1}},
		{"%.10000000d", []interface{}{1}}, {"%*d", []interface{}{10000000, 1}}, {"%*d", []interface{}{uint64(1 << 63), 1}}, {"%*d", []interface{}{MyInt(4), 1}}, {"%*d", []interface{}{int8(-3), 1}},
		{"%w", []interface{}{errors.New("x")}}, {"%w", []interface{}{1}}, {"%é", []interface{}{1}}, {"%!d", []interface{}{1}}, {"abc%%def%5%", nil}, {"%d%%", []interface{}{1, 2}},
		{"%v %v", []interface{}{nil, nil}}, {"%s", []interface{}{nil}}, {"%T %T", []interface{}{nil, 1}}, {"%p", []interface{}{1}}, {"%#p %p", []interface{}{nilp, nilm}},
		{"%x %X %o %b %d", []interface{}{nilp, nilp, nilp, nilp, nilp}}, {"%v %+v %#v", []interface{}{nilp, nilerr, nils}},
		{"%x", []interface{}{[]string{"ab", "cd"}}}, {"%q", []interface{}{[]string{"ab", "cd"}}}, {"% x", []interface{}{[3]byte{1, 2, 3}}}, {"%s", []interface{}{[]interface{}{"a", 1}}},
		{"%d", []interface{}{[]interface{}{"a", 1, nil}}}, {"%s", []interface{}{map[string]interface{}{"a": nil}}}, {"%v", []interface{}{[]error{nil, errors.New("x")}}},
		{"%c|%-4c|%4c", []interface{}{65, 'b', '世'}}, {"%q %+q %#q %#+q", []interface{}{'\n', 'é', '`', 'é'}}, {"%U %#U %#8U %.6U %#.6U", []interface{}{0x41, 0x1F600, 'a', 1, 0x2028}},
		{"%6.2f%%", []interface{}{99.5}}, {"%#v %#v %#v", []interface{}{1.0, 1e21, float32(2)}}, {"%v", []interface{}{[]float64{1, 2.5, 1e-9}}},
	}
	for _, x := range fas {
		a := fmt.Sprintf(x.f, x.a...)
		b := myfmt.Sprintf(x.f, x.a...)
		ea := fmt.Errorf(x.f, x.a...)
		eb := myfmt.Errorf(x.f, x.a...)
		total += 2
		if a != b {
			bad++
			fmt.Printf("%q\n  gc: %q\n  us: %q\n", x.f, a, b)
		}
		if ea.Error() != eb.Error() || (errors.Unwrap(ea) == nil) != (errors.Unwrap(eb) == nil) {
			bad++
			fmt.Printf("Errorf %q\n  gc: %q\n  us: %q\n", x.f, ea, eb)
		}
	}
	var sb strings.Builder
	myfmt.Fprintf(&sb, "%d-%s", 1, "x")
	myfmt.Fprint(&sb, 1, 2, "a", "b", 3)
	myfmt.Fprintln(&sb, 1, 2, "a", "b", 3)
	if sb.String() != "1-x1 2ab31 2 a b 3\n" {
		bad++
		fmt.Printf("Fprint: %q\n", sb.String())
	}
	fmt.Println(total, "checks,", bad, "mismatches")
	if bad > 0 {
		os.Exit(1)
	}
}
