// Quoting: Quote*, AppendQuote*, CanBackquote, IsPrint, IsGraphic, and
// the cores of Unquote and UnquoteChar (errors.go exports them with an
// error result). Escapes and their spelling are Go's: \a \b \f \n \r \t
// \v, \xhh for other control bytes and invalid UTF-8, \uhhhh and
// \Uhhhhhhhh for non-printable runes.
package strconv

import "unicode/utf8"

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it: letters,
// marks, numbers, punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool {
	if r <= 0xFF {
		if 0x20 <= r && r <= 0x7E {
			return true
		}
		return 0xA1 <= r && r <= 0xFF && r != 0xAD
	}
	if r > utf8.MaxRune {
		return false
	}
	u := uint32(r)
	lo, hi := 0, len(printRanges)/2
	for lo < hi { // first range whose end is >= u
		m := lo + (hi-lo)/2
		if printRanges[2*m+1] < u {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(printRanges)/2 && printRanges[2*lo] <= u
}

// isGraphicExtra reports whether r is a space IsGraphic accepts.
func isGraphicExtra(r rune) bool {
	if r == 0xA0 {
		return true
	}
	for _, g := range graphicExtra {
		if uint32(r) == g {
			return true
		}
	}
	return false
}

// IsGraphic reports whether r is printable or a Unicode space (Zs).
func IsGraphic(r rune) bool { return IsPrint(r) || r >= 0 && isGraphicExtra(r) }

// appendEscapedRune appends r as it appears inside a quote.
func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && r >= 0 && isGraphicExtra(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, '\\', 'a')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\v':
		return append(buf, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

// appendQuotedWith appends s quoted with quote; invalid UTF-8 bytes
// become \xhh.
func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for len(s) > 0 {
		r, width := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
		} else {
			buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
		}
		s = s[width:]
	}
	return append(buf, quote)
}

// appendQuotedRuneWith appends r quoted with quote; an invalid rune is
// quoted as U+FFFD.
func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, quote)
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

// Quote returns s as a double-quoted Go string literal.
func Quote(s string) string { return string(appendQuotedWith(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string { return string(appendQuotedWith(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote leaving Unicode spaces unescaped.
func QuoteToGraphic(s string) string { return string(appendQuotedWith(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', false, true)
}

// QuoteRune returns r as a single-quoted Go character literal.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune escaping a non-ASCII rune.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', true, false))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune leaving Unicode spaces unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, true)
}

// CanBackquote reports whether s can be a raw string literal: one line,
// valid UTF-8, no control characters other than tab, no '`', no BOM.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		if width > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

// unhex returns the value of the hexadecimal digit c.
func unhex(c byte) (v rune, ok bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// unquoteChar decodes the first character or escape of s, the body of a
// literal quoted with quote; ok is false for a syntax error.
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool) {
	if s == "" {
		return 0, false, "", false
	}
	c := s[0]
	switch {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", false
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], true
	case c != '\\':
		return rune(c), false, s[1:], true
	}
	if len(s) <= 1 {
		return 0, false, "", false
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", false
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", false
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v // a byte, not a rune
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", false
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", false
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", false
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", false
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", false
		}
		value = rune(c)
	default:
		return 0, false, "", false
	}
	return value, multibyte, s, true
}

// unquote interprets s as a Go string, rune or raw string literal and
// returns the value it denotes.
func unquote(s string) (string, bool) {
	n := len(s)
	if n < 2 {
		return "", false
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", false
	}
	s = s[1 : n-1]
	if quote == '`' {
		if indexByte(s, '`') >= 0 {
			return "", false
		}
		if indexByte(s, '\r') >= 0 { // raw literals drop carriage returns
			buf := make([]byte, 0, len(s))
			for i := 0; i < len(s); i++ {
				if s[i] != '\r' {
					buf = append(buf, s[i])
				}
			}
			return string(buf), true
		}
		return s, true
	}
	if quote != '"' && quote != '\'' {
		return "", false
	}
	if indexByte(s, '\n') >= 0 {
		return "", false
	}
	// Without escapes or quotes, the body is the value.
	if indexByte(s, '\\') < 0 && indexByte(s, quote) < 0 {
		switch quote {
		case '"':
			if utf8.ValidString(s) {
				return s, true
			}
		case '\'':
			r, size := utf8.DecodeRuneInString(s)
			if size == len(s) && (r != utf8.RuneError || size != 1) {
				return s, true
			}
		}
	}
	var buf []byte
	for len(s) > 0 {
		c, multibyte, tail, ok := unquoteChar(s, quote)
		if !ok {
			return "", false
		}
		s = tail
		if c < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, c)
		}
		if quote == '\'' && len(s) != 0 {
			return "", false // a rune literal holds one character
		}
	}
	if quote == '\'' && len(buf) == 0 {
		return "", false
	}
	return string(buf), true
}

// indexByte returns the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at
// the start of s, or ErrSyntax.
func QuotedPrefix(s string) (string, error) {
	if len(s) == 0 {
		return "", ErrSyntax
	}
	switch quote := s[0]; quote {
	case '`':
		if i := indexByte(s[1:], '`'); i >= 0 {
			return s[:i+2], nil
		}
	case '"', '\'':
		rest := s[1:]
		for len(rest) > 0 && rest[0] != quote {
			if rest[0] == '\n' {
				return "", ErrSyntax
			}
			_, _, tail, ok := unquoteChar(rest, quote)
			if !ok {
				return "", ErrSyntax
			}
			rest = tail
		}
		if len(rest) > 0 {
			p := s[:len(s)-len(rest)+1]
			if _, ok := unquote(p); ok {
				return p, nil
			}
		}
	}
	return "", ErrSyntax
}
