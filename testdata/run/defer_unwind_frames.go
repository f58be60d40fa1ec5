// run

// A panic deep in a recursion unwinds through every frame, running each
// frame's defers in order, until a frame recovers; frames above it then
// return normally with their own results.

package main

var ran []int

func down(n int) (r int) {
	defer func() { ran = append(ran, n) }()
	if n == 50 {
		defer func() {
			if p := recover(); p != nil {
				r = -1000
			}
		}()
	}
	if n == 100 {
		panic("bottom")
	}
	return down(n+1) + 1
}

func main() {
	println(down(0))
	println(len(ran), ran[0], ran[50], ran[100])
	ok := true
	for i := 1; i < len(ran); i++ {
		if ran[i] != ran[i-1]-1 {
			ok = false
		}
	}
	println(ok)
}
