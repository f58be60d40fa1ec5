// run

// Defers in loops each get their own record and arguments, and all run at
// function exit in reverse order; closures see the loop variable's final
// value (Go 1.19) unless passed as an argument.

package main

func loop() {
	for i := 0; i < 4; i++ {
		defer print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { print("c", i, " ") }()
	}
	for _, s := range []string{"x", "y"} {
		defer func(s string) { print(s, " ") }(s)
	}
}

func many(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func(k int) { sum += k }(i)
	}
	return 0
}

func main() {
	loop()
	println()
	println(many(1000))
	for j := 0; j < 3; j++ {
		func() {
			defer print(j, ";")
		}()
	}
	println()
}
