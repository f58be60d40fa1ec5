// run

// Conversions between named types with identical underlying types:
// structs (tags ignored), slices, maps, funcs, pointers, and back.

package main

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type A struct {
	X int `json:"x"`
	Y string
}
type B struct {
	X int
	Y string `tag:"y"`
}

type IntSlice []int
type Set map[string]bool
type Handler func(int) int
type PA *A
type Bytes []byte

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	println(CToF(100), CToF(-40))
	c := Celsius(Fahrenheit(12.5))
	println(c)
	a := A{1, "a"}
	b := B(a)
	b.X++
	println(a.X, b.X, B(a) == B{1, "a"})
	anon := struct {
		X int
		Y string
	}(b)
	println(anon.Y, A(anon).X)
	raw := []int{1, 2, 3}
	is := IntSlice(raw)
	is[0] = 10
	println(raw[0], is.Sum(), IntSlice(raw[1:]).Sum())
	m := map[string]bool{"a": true}
	s := Set(m)
	s["b"] = true
	println(len(m))
	h := Handler(func(x int) int { return x * 3 })
	f := (func(int) int)(h)
	println(f(2), h(3))
	pa := PA(&a)
	println((*A)(pa).Y)
	bs := Bytes("hi")
	str := string(bs)
	println(str, len(Bytes(str)))
	type R rune
	println(string(R('x')), string(rune(R(65))))
	type MyStr string
	ms := MyStr("héllo")
	println(len([]rune(string(ms))), len([]byte(ms)), string([]rune(ms)[1]))
}
