// run

// Comparing an interface with a concrete value: different dynamic types
// are unequal without a panic; the same uncomparable type panics. A switch
// on an interface value compares case by case.

package main

func try(f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			println("panic:", r.(error).Error())
		}
	}()
	println(f())
}

func kind(e interface{}) string {
	switch e {
	case 1:
		return "one"
	case "a":
		return "a"
	case 2.5:
		return "two and a half"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var e interface{} = []int{1}
	try(func() bool { return e == 3 })
	try(func() bool { return e == "x" })
	try(func() bool { return e == e })
	var m interface{} = map[string]int{}
	try(func() bool { return m != nil })
	try(func() bool { return m == m })
	println(kind(1), kind("a"), kind(2.5), kind(nil), kind(int8(1)))
	try(func() bool { return kind([]int{}) == "" })
	try(func() bool { return kind(func() {}) != "" })
}
