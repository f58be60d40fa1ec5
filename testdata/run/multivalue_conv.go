// run

// Multi-value calls whose results convert on the way: return f() into
// interface results, g(f()) into interface and variadic parameters, and
// the builtins that take a multi-value call (append, copy, complex,
// delete), also deferred.

package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type error2 interface{ Error() string }

type Num int

func (n Num) String() string { return "Num" }

type Stringer interface{ String() string }

func pair() (int, string)           { return 7, "seven" }
func numErr() (Num, *E)             { return 3, &E{"bad"} }
func numNil() (Num, *E)             { return 4, nil }
func slices() ([]int, int)          { return []int{1, 2, 3}, 9 }
func sliceStr() ([]byte, string)    { return make([]byte, 3), "hello" }
func parts() (float64, float64)     { return 1.5, -2 }
func parts32() (float32, float32)   { return 3, 4 }
func three() ([]int, int, int)      { return []int{1}, 2, 3 }
func mapKey() (map[string]int, string) {
	return map[string]int{"a": 1, "b": 2}, "a"
}

func conv() (interface{}, interface{}) { return pair() }
func conv2() (Stringer, error2)        { return numErr() }
func conv3() (Stringer, error)         { return numNil() }
func mixed() (int, interface{})        { return pair() }

func show(a interface{}, b interface{}) {
	switch x := a.(type) {
	case int:
		print("int ", x)
	case string:
		print("string ", x)
	}
	switch y := b.(type) {
	case int:
		println(" int", y)
	case string:
		println(" string", y)
	}
}

func showS(s Stringer, e error2) { println(s.String(), e.Error()) }

func vari(xs ...interface{}) {
	print(len(xs), ":")
	for _, x := range xs {
		switch v := x.(type) {
		case int:
			print(" i", v)
		case string:
			print(" s", v)
		case float64:
			print(" f", v)
		}
	}
	println()
}

func vari2(first int, rest ...string) {
	println(first, len(rest))
	for _, r := range rest {
		println(" ", r)
	}
}

func ints(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func twoInts() (int, int) { return 20, 22 }

func main() {
	a, b := conv()
	show(a, b)
	s, e := conv2()
	println(s.String(), e.Error())
	s2, e2 := conv3()
	println(s2.String(), e2 == nil)
	n, m := mixed()
	println(n, m.(string))

	show(pair())
	showS(numErr())
	vari(pair())
	vari(parts())
	vari2(pair())
	println(ints(twoInts()))

	x := append(slices())
	println(len(x), x[3])
	y := append(three())
	println(len(y), y[0], y[1], y[2])
	buf, _ := sliceStr()
	_ = buf
	println(copy(sliceStr()))
	dst := make([]int, 2)
	src := []int{5, 6, 7}
	get := func() ([]int, []int) { return dst, src }
	println(copy(get()), dst[0], dst[1])
	c := complex(parts())
	println(real(c), imag(c))
	c32 := complex(parts32())
	println(real(c32), imag(c32))
	mk := map[string]int{"a": 1, "b": 2}
	getm := func() (map[string]int, string) { return mk, "a" }
	delete(getm())
	println(len(mk), mk["b"])
	delete(mapKey())

	func() {
		defer println("deferred println")
		defer vari(pair())
		defer show(pair())
		defer copy(get())
		defer delete(getm())
		mk["a"] = 5
		src[0] = 100
		println("body", len(mk))
	}()
	println(dst[0], len(mk))
}
