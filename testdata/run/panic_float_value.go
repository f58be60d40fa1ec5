// run
// exitcode 2

// Panic values of basic types print in println's formats, each panic of
// the chain on its own line.

package main

func main() {
	defer func() {
		defer func() {
			panic(false)
		}()
		panic(complex(1, -2))
	}()
	defer func() {
		panic(uint8(200))
	}()
	panic(-1.5)
}
