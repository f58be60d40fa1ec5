// The error-returning API: NumError, ErrRange, ErrSyntax, and the Parse*,
// Atoi, Unquote and UnquoteChar wrappers of the cores in atoi.go,
// atof.go and quote.go.
package strconv

import "errors"

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ...)
	Num  string // the input
	Err  error  // the reason: ErrRange, ErrSyntax, or another error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the *NumError for kind (nil for errNone).
func numError(fn, s string, kind errKind, base, bitSize int) error {
	var err error
	switch kind {
	case errNone:
		return nil
	case errSyntax:
		err = ErrSyntax
	case errRange:
		err = ErrRange
	case errBase:
		err = errors.New("invalid base " + Itoa(base))
	case errBitSize:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

// ParseUint is ParseInt for unsigned numbers; a sign is a syntax error.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, kind := parseUint(s, base, bitSize)
	return n, numError("ParseUint", s, kind, base, bitSize)
}

// ParseInt interprets s in base (0, or 2 to 36) as an integer of bitSize
// bits (0 means int).
func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, kind := parseInt(s, base, bitSize)
	return n, numError("ParseInt", s, kind, base, bitSize)
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	n, kind := parseInt(s, 10, 0)
	return int(n), numError("Atoi", s, kind, 10, 0)
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false,
// False.
func ParseBool(str string) (bool, error) {
	b, kind := parseBool(str)
	return b, numError("ParseBool", str, kind, 0, 0)
}

// ParseFloat converts s to the nearest float of bitSize bits (32 or 64).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, kind := parseFloat(s, bitSize)
	return f, numError("ParseFloat", s, kind, 0, 0)
}

// Unquote interprets s as a quoted Go string, rune or raw string literal.
func Unquote(s string) (string, error) {
	t, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return t, nil
}

// UnquoteChar decodes the first character or escape of s, a literal's
// body quoted with quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}
