// Package unicode holds the Unicode properties our std packages need, with
// the results of Go's unicode package: the simple case mappings (ToUpper,
// ToLower, ToTitle, To, SimpleFold, from the generated tables.go),
// White_Space (IsSpace), and the category tests and range tables
// (category.go, with tables generated into categories.go).
package unicode

// Limits and the case selectors of To, as Go defines them.
const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'

	UpperCase = 0
	LowerCase = 1
	TitleCase = 2
	MaxCase   = 3
)

// A case table is a string of runs, 16 bytes each: four big-endian
// words lo, hi, stride, delta; every rune r in [lo, hi] with
// (r-lo) % stride == 0 maps to r+delta (mktables.go).

// word returns the big-endian 32-bit word at t[i:].
func word(t string, i int) uint32 {
	return uint32(t[i])<<24 | uint32(t[i+1])<<16 | uint32(t[i+2])<<8 | uint32(t[i+3])
}

// lookup applies the run of t that holds r, if any.
func lookup(t string, r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	u := uint32(r)
	n := len(t) / 16
	lo, hi := 0, n
	for lo < hi { // first run with hi >= u
		m := lo + (hi-lo)/2
		if word(t, 16*m+4) < u {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n {
		first := word(t, 16*lo)
		if first <= u && (u-first)%word(t, 16*lo+8) == 0 {
			return r + rune(int32(word(t, 16*lo+12)))
		}
	}
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return lookup(upperRuns, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return lookup(lowerRuns, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return lookup(titleRuns, r)
}

// To maps r to the case c: UpperCase, LowerCase or TitleCase; other c
// give ReplacementChar.
func To(c int, r rune) rune {
	switch c {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold returns the smallest rune greater than r that is equivalent
// to r under simple case folding, or, if there is none, the smallest
// equivalent rune (which may be r itself).
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune || r == 0x130 || r == 0x131 {
		return r // İ and ı fold to nothing else (mktables.go checks this)
	}
	if f := lookup(foldRuns, r); f != r {
		return f // an orbit of three or more runes
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
