package a

type T struct{ X int; y int }
func (T) M(int) string { return "" }
func F(x int, s string) (int, error) { return 0, nil }
var V []T
const C = 1
func g() {}
var v int
