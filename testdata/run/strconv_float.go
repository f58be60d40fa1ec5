// run

// strconv.FormatFloat through our std: shortest and fixed precisions in
// every format, float32 and float64, special values, and values whose
// shortest form needs 17 digits.
package main

import "strconv"

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 100, 1e21, 1e20, 123456789, 1e23, 5e-324, 1.7976931348623157e308,
		2.2250738585072014e-308, 0.000001, 0.0000001, 1.5, 2.5, -0.5, 9.995, 1e-7, 3.141592653589793, 2.718281828459045, 299792458}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b'}
	for _, v := range vals {
		for _, f := range fmts {
			println(strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 0, 64), strconv.FormatFloat(v, f, 3, 64),
				strconv.FormatFloat(v, f, 17, 64), strconv.FormatFloat(v, f, -1, 32))
		}
	}
	var zero float64
	inf := 1 / zero
	println(strconv.FormatFloat(inf, 'g', -1, 64), strconv.FormatFloat(-inf, 'f', 2, 64), strconv.FormatFloat(zero/zero, 'e', 3, 64))
	println(strconv.FormatFloat(-zero*1, 'g', -1, 64), strconv.FormatFloat(1, 'z', -1, 64), string(strconv.AppendFloat([]byte("x="), 1.25, 'f', 1, 64)))
}
