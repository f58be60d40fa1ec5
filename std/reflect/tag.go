// StructTag: the conventional key:"value" lists of struct field tags.

package reflect

import "unicode/utf8"

// A StructTag is a struct field's tag.
type StructTag string

// Get returns the value for key in tag, or "".
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value for key in tag and whether key is present.
// Tags that are not in the conventional format give unspecified results,
// as in gc (here: the search stops at the first malformed pair).
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// The quoted value, backslash escapes skipped over.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			v, err := unquote(qvalue)
			if err {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote decodes a double-quoted Go string literal; true on a bad one.
func unquote(q string) (string, bool) {
	q = q[1 : len(q)-1]
	plain := true
	for i := 0; i < len(q); i++ {
		if q[i] == '\\' || q[i] == '"' || q[i] == '\n' {
			plain = false
			break
		}
	}
	if plain {
		return q, !utf8.ValidString(q)
	}
	var b []byte
	for i := 0; i < len(q); {
		c := q[i]
		if c == '"' || c == '\n' {
			return "", true
		}
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		if i+1 >= len(q) {
			return "", true
		}
		e := q[i+1]
		i += 2
		switch e {
		case 'a':
			b = append(b, '\a')
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, '\v')
		case '\\', '"':
			b = append(b, e)
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if i+n > len(q) {
				return "", true
			}
			r := rune(0)
			for _, d := range []byte(q[i : i+n]) {
				var x byte
				switch {
				case '0' <= d && d <= '9':
					x = d - '0'
				case 'a' <= d && d <= 'f':
					x = d - 'a' + 10
				case 'A' <= d && d <= 'F':
					x = d - 'A' + 10
				default:
					return "", true
				}
				r = r<<4 | rune(x)
			}
			i += n
			if e == 'x' {
				b = append(b, byte(r))
			} else {
				if !utf8.ValidRune(r) {
					return "", true
				}
				b = utf8.AppendRune(b, r)
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if i+2 > len(q) {
				return "", true
			}
			r := rune(e - '0')
			for _, d := range []byte(q[i : i+2]) {
				if d < '0' || d > '7' {
					return "", true
				}
				r = r<<3 | rune(d-'0')
			}
			if r > 255 {
				return "", true
			}
			i += 2
			b = append(b, byte(r))
		default:
			return "", true
		}
	}
	return string(b), false
}
