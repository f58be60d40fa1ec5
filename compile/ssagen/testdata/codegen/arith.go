package codegen

// Scalar arithmetic: a leaf function with no frame.
func mulAdd(a, b, c int64) int64 {
	return a*b + c
}

// Signed division and remainder by a variable (zero and -1 checks).
func divmod(a, b int32) (int32, int32) {
	return a / b, a % b
}

// Shifts by a variable count, with Go's semantics for large counts.
func shifts(x uint64, s uint) (uint64, uint64) {
	return x << s, x >> s
}
