// isComparable: whether == on an error value is safe (its dynamic type is
// comparable). Pointers, the common case, are; this version assumes every
// error is (an incomparable one panics in Is, where gc's would not) until
// our runtime exposes type kinds to Go code.
package errors

func isComparable(err error) bool { return true }
