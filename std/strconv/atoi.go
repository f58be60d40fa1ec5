// The integer and boolean parsers' cores, reporting failures as an
// errKind; errors.go wraps them into ParseInt, ParseUint, Atoi and
// ParseBool with *NumError.
package strconv

// errKind says why a parse failed (the Err of gc's NumError).
type errKind int

const (
	errNone    errKind = iota
	errSyntax          // ErrSyntax: "invalid syntax"
	errRange           // ErrRange: "value out of range"
	errBase            // "invalid base N"
	errBitSize         // "invalid bit size N"
)

// lower returns c in lower case if it is an ASCII letter (and garbage for
// other bytes, which callers range-check).
func lower(c byte) byte { return c | ('x' - 'X') }

// underscoreOK reports whether the underscores in s separate digits as Go
// literals allow: only after a base prefix or a digit, and before a digit.
func underscoreOK(s string) bool {
	saw := byte('^') // '^' start, '0' digit or prefix, '_' underscore, '!' other
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			saw = '0'
			continue
		}
		if c == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// parseUint is ParseUint: base 0 reads Go's prefixes (0b, 0o, 0x, 0) and
// allows underscores; on overflow it returns the largest value.
func parseUint(s string, base int, bitSize int) (uint64, errKind) {
	if s == "" {
		return 0, errSyntax
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, errBase
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, errBitSize
	}
	cutoff := (1<<64-1)/uint64(base) + 1 // the first n with n*base overflowing
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, errSyntax
		}
		if d >= byte(base) {
			return 0, errSyntax
		}
		if n >= cutoff {
			return maxVal, errRange
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, errRange
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, errSyntax
	}
	return n, errNone
}

// parseInt is ParseInt: an optional sign, then parseUint; out-of-range
// values clamp to the type's limits.
func parseInt(s string, base int, bitSize int) (int64, errKind) {
	if s == "" {
		return 0, errSyntax
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := parseUint(s, base, bitSize)
	if err != errNone && err != errRange {
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), errRange
	}
	if neg && un > cutoff {
		return -int64(cutoff), errRange
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, errNone
}

// parseBool is ParseBool.
func parseBool(str string) (bool, errKind) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, errNone
	case "0", "f", "F", "false", "FALSE", "False":
		return false, errNone
	}
	return false, errSyntax
}
