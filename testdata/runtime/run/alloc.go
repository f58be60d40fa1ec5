// run

// The allocator: many small objects of every class, large objects, and
// memory always zeroed.

package main

type node struct {
	next *node
	val  int
	pad  [5]int
}

func main() {
	var head *node
	for i := 0; i < 100000; i++ {
		n := new(node)
		if n.val != 0 || n.next != nil || n.pad[4] != 0 {
			println("not zeroed")
		}
		n.val = i
		n.pad[4] = i
		n.next = head
		head = n
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.val + n.pad[4]
	}
	println(sum)
	total := 0
	for size := 1; size < 70000; size = size*3/2 + 1 {
		b := make([]byte, size)
		for i := 0; i < len(b); i++ {
			if b[i] != 0 {
				println("not zeroed at", size)
			}
			b[i] = byte(i)
		}
		total += len(b)
	}
	println(total)
	big := make([]int, 10000000)
	big[len(big)-1] = 7
	println(len(big), big[0], big[len(big)-1])
}
