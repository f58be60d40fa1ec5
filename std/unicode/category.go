// Range tables and the category tests: RangeTable, Is, In, IsOneOf and
// IsLetter, IsUpper, IsLower, IsTitle, IsDigit, IsNumber, IsMark,
// IsPunct, IsSymbol, IsControl, IsGraphic, IsPrint.
//
// A RangeTable lists sorted runs {Lo, Hi, Stride} (16-bit runs, then
// 32-bit ones) as gc's does; the tables themselves are generated from
// gc's Unicode data by mkcategories.go into categories.go (as packed
// strings that decodeTable unpacks at start-up). Runes up to
// U+00FF are answered from the latin1Props bit table, the others by a
// binary search of the table.
package unicode

// Range16 is a run of 16-bit code points: Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is a run of code points above 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable is a set of code points as sorted runs. LatinOffset is the
// number of R16 entries with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// GraphicRanges are the categories of IsGraphic: L, M, N, P, S, Zs.
var GraphicRanges = []*RangeTable{_L, _M, _N, _P, _S, _Zs}

// PrintRanges are the categories of IsPrint (besides U+0020): L, M, N,
// P, S.
var PrintRanges = []*RangeTable{_L, _M, _N, _P, _S}

// in16 reports whether r is in the runs t.
func in16(t []Range16, r uint16) bool {
	lo, hi := 0, len(t)
	for lo < hi { // first run with Hi >= r
		m := int(uint(lo+hi) >> 1)
		if t[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t) && t[lo].Lo <= r && (r-t[lo].Lo)%t[lo].Stride == 0
}

func in32(t []Range32, r uint32) bool {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m].Hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t) && t[lo].Lo <= r && (r-t[lo].Lo)%t[lo].Stride == 0
}

// Is reports whether r is in the range table.
func Is(rangeTab *RangeTable, r rune) bool {
	u := uint32(r) // negative runes become huge and match nothing
	if r16 := rangeTab.R16; len(r16) > 0 && u <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(u))
	}
	if r32 := rangeTab.R32; len(r32) > 0 && u >= r32[0].Lo {
		return in32(r32, u)
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

// latin1 reports whether r (in U+0000-U+00FF) has property p.
func latin1(r rune, p uint16) bool {
	i := int(uint8(r)) * 2
	return (uint16(latin1Props[i])|uint16(latin1Props[i+1])<<8)&p != 0
}

// decodeTable unpacks a RangeTable from mkcategories.go's strings: 6
// bytes a Range16 and 12 a Range32, big-endian.
func decodeTable(r16, r32 string, latinOffset int) *RangeTable {
	t := &RangeTable{R16: make([]Range16, len(r16)/6), R32: make([]Range32, len(r32)/12), LatinOffset: latinOffset}
	for i := range t.R16 {
		s := r16[6*i:]
		t.R16[i] = Range16{uint16(s[0])<<8 | uint16(s[1]), uint16(s[2])<<8 | uint16(s[3]), uint16(s[4])<<8 | uint16(s[5])}
	}
	for i := range t.R32 {
		s := r32[12*i:]
		t.R32[i] = Range32{be32(s), be32(s[4:]), be32(s[8:])}
	}
	return t
}

func be32(s string) uint32 {
	return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pLetter)
	}
	return Is(_L, r)
}

// IsUpper reports whether r is an upper case letter (Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pUpper)
	}
	return Is(_Lu, r)
}

// IsLower reports whether r is a lower case letter (Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pLower)
	}
	return Is(_Ll, r)
}

// IsTitle reports whether r is a title case letter (Lt).
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return Is(_Lt, r)
}

// IsDigit reports whether r is a decimal digit (Nd).
func IsDigit(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(_Nd, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pNumber)
	}
	return Is(_N, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return Is(_M, r) }

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pPunct)
	}
	return Is(_P, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pSymbol)
	}
	return Is(_S, r)
}

// IsControl reports whether r is a control character (U+0000-U+001F,
// U+007F-U+009F). Other Cc-like code points such as surrogates are not.
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pControl)
	}
	return false
}

// IsGraphic reports whether r is graphic: a letter, mark, number,
// punctuation, symbol or space separator (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pGraphic)
	}
	return In(r, GraphicRanges...)
}

// IsPrint reports whether r is printable as Go defines it: a letter,
// mark, number, punctuation, symbol or U+0020 (no other spaces).
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pPrint)
	}
	return In(r, PrintRanges...)
}
