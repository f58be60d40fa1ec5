// run

// break with a label leaving a for loop from inside a switch, and an
// unlabeled break leaving only the switch.

package main

func main() {
	found := -1
search:
	for i := 0; i < 10; i++ {
		switch {
		case i*i > 30:
			found = i
			break search
		case i%2 == 0:
			break
		}
		println("odd or small", i)
	}
	println(found)
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	println(n)
}
