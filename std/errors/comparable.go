//go:build gocc_iface

// isComparable: whether == on an error value is safe (its dynamic type is
// comparable). Pointers, the common case, are; this conservative version
// compares every error and is refined when our runtime exposes type
// kinds to Go code.
package errors

func isComparable(err error) bool { return true }
