// run

// A typed nil pointer inside an interface matches its pointer case, not
// case nil; a nil interface matches case nil only.

package main

type T struct{}

func (*T) Error() string { return "T" }

func which(e interface{}) string {
	switch v := e.(type) {
	case nil:
		return "nil"
	case *T:
		if v == nil {
			return "*T(nil)"
		}
		return "*T"
	case error:
		return "error"
	}
	return "other"
}

func main() {
	var p *T
	var err error = p
	println(which(nil), which(p), which(&T{}), which(err))
	var err2 error
	println(which(err2))
	var pp **T
	println(which(pp))
	switch err.(type) {
	case nil:
		println("nil error")
	default:
		println("non-nil error holding nil pointer")
	}
}
