// Conversions to interface{}: 5,000,000 each of small ints (gc keeps
// those below 256 in a static table), larger ints and strings (convT64,
// convTstring), then a sum through type assertions.

package main

var sink []interface{}

//go:noinline
func box(i int, s string) (interface{}, interface{}, interface{}) {
	return i & 0xff, i * 1000, s
}

func main() {
	strs := []string{"a", "bb", "ccc", "dddd"}
	sum := 0
	for i := 0; i < 5000000; i++ {
		a, b, c := box(i, strs[i&3])
		sum += a.(int) + b.(int)&0xff + len(c.(string))
	}
	println(sum)
}
