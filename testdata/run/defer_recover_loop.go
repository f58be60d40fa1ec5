// run

// Recovering panics in a loop through a helper with a deferred
// recover, continuing with the next iteration each time.

package main

import "strconv"

func safe(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case string:
				res = "string " + v
			case error:
				res = "error " + v.Error()
			case int:
				res = "int " + strconv.Itoa(v)
			}
		}
	}()
	var arr [3]int
	switch i % 4 {
	case 0:
		return "ok " + strconv.Itoa(i)
	case 1:
		panic("p" + strconv.Itoa(i))
	case 2:
		return strconv.Itoa(arr[i])
	}
	panic(i)
}

func main() {
	for i := 0; i < 8; i++ {
		println(safe(i))
	}
}
