// run

package main

import "runtime"

// Panic values of every kind come back from recover with their dynamic
// type; run-time errors are runtime.Error values with gc's text.

type E struct{ code int }

func (e E) Error() string { return "E" }

type Str string

func catch(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			println("nil")
		case int:
			println("int", v)
		case string:
			println("string", v)
		case Str:
			println("Str", string(v))
		case runtime.Error:
			println("runtime.Error", v.Error())
		case error:
			println("error", v.Error())
		case []int:
			println("slice", len(v))
		case *int:
			println("ptr", *v)
		default:
			println("other")
		}
	}()
	f()
}

func main() {
	catch(func() { panic(42) })
	catch(func() { panic("s") })
	catch(func() { panic(Str("t")) })
	catch(func() { panic(E{1}) })
	catch(func() { panic([]int{1, 2}) })
	x := 7
	catch(func() { panic(&x) })
	catch(func() { panic(3.5) })
	catch(func() {
		var a []int
		_ = a[3]
	})
	catch(func() {
		var e interface{} = 1
		_ = e.(string)
	})
	catch(func() {
		var a, b interface{} = map[int]int(nil), 1
		println(a == b)
		a = []int{}
		println(a == a)
	})
	catch(func() {})
}
