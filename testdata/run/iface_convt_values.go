// run

// Converting values of every size class to interfaces and back: small
// integers, large integers, strings, slices, floats, pointers, structs.

package main

type S3 struct{ a, b, c byte }

func round(e interface{}) interface{} { return e }

func main() {
	for _, v := range []int{0, 1, 255, 256, -1, 1 << 40} {
		print(round(v).(int), " ")
	}
	println()
	println(round(uint8(200)).(uint8), round(int16(-300)).(int16), round(uint32(1<<31)).(uint32))
	println(round(uint64(1<<63)).(uint64), round(int64(-1<<63)).(int64))
	println(round("").(string) == "", round("hello").(string))
	s := []int{1, 2, 3}
	back := round(s).([]int)
	back[0] = 9
	println(s[0], len(back), cap(back))
	println(round(float32(0.5)).(float32), round(-2.25).(float64))
	x := 5
	p := round(&x).(*int)
	*p = 6
	println(x)
	println(round(S3{1, 2, 3}).(S3).c, round(true).(bool), round(false).(bool))
	println(round('x').(rune), round(byte(0)).(byte))
	var e interface{} = round(round(round(7)))
	println(e.(int))
	m := map[string]int{"a": 1}
	round(m).(map[string]int)["b"] = 2
	println(len(m))
	f := func() int { return 42 }
	println(round(f).(func() int)())
	arr := [3]string{"x", "y", "z"}
	println(round(arr).([3]string)[2])
}
