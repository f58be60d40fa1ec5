// printf.go: the format-string interpreter of the Printf family. Each
// %-directive is flags, an optional width and precision (numbers, or *
// taking an int operand), explicit operand indexes [n], and a verb;
// mistakes are reported inline as gc does (%!d(MISSING), %!(EXTRA ...),
// %!(BADWIDTH), %!(BADPREC), %!d(BADINDEX), %!(NOVERB)).
package fmt

import "unicode/utf8"

// tooLarge: widths and precisions beyond a million are refused.
func tooLarge(x int) bool {
	const max = 1000000
	return x > max || x < -max
}

// parsenum reads a decimal number from s[start:end]; isnum is false when
// there is none (or it is absurdly long, then newi is end).
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	newi = start
	for newi < end && '0' <= s[newi] && s[newi] <= '9' {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
		newi++
	}
	return num, isnum, newi
}

// intFromArg takes a[argNum] as a * width or precision: any integer type
// whose value fits an int and is not tooLarge.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	if argNum >= len(a) {
		return 0, false, argNum
	}
	switch v := a[argNum].(type) {
	case int:
		num, isInt = v, true
	case int8:
		num, isInt = int(v), true
	case int16:
		num, isInt = int(v), true
	case int32:
		num, isInt = int(v), true
	case int64:
		num, isInt = int(v), true
	case uint:
		num, isInt = int(v), int(v) >= 0
	case uint8:
		num, isInt = int(v), true
	case uint16:
		num, isInt = int(v), true
	case uint32:
		num, isInt = int(v), true
	case uint64:
		num, isInt = int(v), int(v) >= 0
	case uintptr:
		num, isInt = int(v), int(v) >= 0
	default:
		num, isInt = intFromOther(a[argNum])
	}
	if !isInt {
		num = 0
	}
	if tooLarge(num) {
		num, isInt = 0, false
	}
	return num, isInt, argNum + 1
}

// parseArgNumber reads "[n]" at the start of format: the zero-based
// index, the length of the bracket, and whether it was a number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, isnum, newi := parsenum(format, 1, i)
			if !isnum || newi != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber handles an optional [n] at format[i]: the operand index to
// use next, the position after it, and whether one was there.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && index >= 0 && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

// setV turns the sharp and plus flags into %#v and %+v.
func (p *pp) setV() {
	p.fmt.sharpV = p.fmt.sharp
	p.fmt.sharp = false
	p.fmt.plusV = p.fmt.plus
	p.fmt.plus = false
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the last thing parsed was an [n]
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf.writeString(format[start:i])
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.fmt.clearflags()

		// Flags, and the common case of a plain lower-case verb.
		simple := false
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = !p.fmt.minus
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
				p.fmt.zero = false
			case ' ':
				p.fmt.space = true
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.setV()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					simple = true
				}
				break flags
			}
		}
		if simple {
			continue
		}

		// Width: [n]* or a number.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent {
				p.goodArgNum = false
			}
		}

		// Precision: '.' then [n]* or a number (none means 0).
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// %% takes no operand and ignores width and precision.
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'v' {
				p.setV()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over, unless the format chose them by index.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if arg == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(typeString(arg))
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}
