// run

// Converting a slice to an array pointer (Go 1.17): the pointer shares
// the slice's array; a nil slice gives a nil pointer; a slice shorter
// than the array panics.

package main

func try(s []int, f func([]int)) {
	defer func() {
		if r := recover(); r != nil {
			println("panic:", r.(error).Error())
		}
	}()
	f(s)
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 10
	println(s[0], len(p), p[2])
	q := (*[2]int)(s[3:])
	q[1] = 50
	println(s[4])
	var ns []int
	np := (*[0]int)(ns)
	println(np == nil)
	ep := (*[0]int)(s[:0])
	println(ep != nil)
	try(s, func(s []int) { _ = (*[6]int)(s) })
	try(s[:2], func(s []int) { println((*[2]int)(s)[1]) })
	try(nil, func(s []int) { _ = (*[1]int)(s) })
	try(s[1:1], func(s []int) { _ = (*[1]int)(s) })
	b := []byte("hello")
	bp := (*[5]byte)(b)
	bp[0] = 'j'
	println(string(b))
	type A [2]string
	ss := []string{"a", "b"}
	ap := (*A)(ss)
	println(ap[1])
}
