// Package fmt implements formatted I/O with the API and output of Go's
// fmt package: the Print, Sprint, Fprint and Append families, Errorf
// with %w, the Stringer, GoStringer, Formatter and error interfaces.
//
// print.go: the printer (pp), the non-format entry points and the
// dispatch of one operand to the formatter by its type. printf.go parses
// format strings; value.go prints through reflection what is not a basic
// type; format.go does the digits and padding.
package fmt

import (
	"io"
	"unicode/utf8"
)

// Fixed strings of the output.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

// State is what a Formatter sees of the printer: a Writer for its output
// and the flags, width and precision of the verb.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is a value that formats itself for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is a value with a native string form, used by %v, %s, %q, %x,
// %X and the Print functions.
type Stringer interface {
	String() string
}

// GoStringer is a value with its own Go-syntax form, used by %#v.
type GoStringer interface {
	GoString() string
}

// buffer is the printer's output.
type buffer []byte

func (b *buffer) write(p []byte) { *b = append(*b, p...) }

func (b *buffer) writeString(s string) { *b = append(*b, s...) }

func (b *buffer) writeByte(c byte) { *b = append(*b, c) }

func (b *buffer) writeRune(r rune) { *b = utf8.AppendRune(*b, r) }

// pp is one printing operation's state.
type pp struct {
	buf buffer
	// arg is the operand being printed; value is set instead when the
	// operand came from reflection (a field, an element).
	arg   any
	value reflectValue
	fmt   fmt
	// reordered: the format used an explicit index [n]; goodArgNum: the
	// last index was valid.
	reordered  bool
	goodArgNum bool
	// panicking guards catchPanic against recursion; erroring stops
	// methods being called while writing a %!verb(...) report.
	panicking bool
	erroring  bool
	// wrapErrs: Errorf, where %w is allowed; wrappedErr: its operand.
	wrapErrs   bool
	wrappedErr error
}

// Printers are reused in the order gc's sync.Pool hands them out on one
// goroutine: a private slot first, then a stack. A reused printer keeps
// its buffer and the width and precision of its last verb, which a
// Formatter can see through State, as with gc.
var (
	ppPrivate *pp
	ppShared  []*pp
)

func newPrinter() *pp {
	p := ppPrivate
	if p != nil {
		ppPrivate = nil
	} else if n := len(ppShared); n > 0 {
		p = ppShared[n-1]
		ppShared[n-1] = nil
		ppShared = ppShared[:n-1]
	} else {
		p = new(pp)
	}
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.fmt.init(&p.buf)
	return p
}

// free keeps p for reuse unless its buffer grew large (64 KiB).
func (p *pp) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.arg = nil
	p.value = reflectValue{}
	p.wrappedErr = nil
	if ppPrivate == nil {
		ppPrivate = p
	} else {
		ppShared = append(ppShared, p)
	}
}

// State's methods.

func (p *pp) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *pp) Flag(c int) bool {
	switch c {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

func (p *pp) Write(b []byte) (n int, err error) {
	p.buf.write(b)
	return len(b), nil
}

func (p *pp) WriteString(s string) (n int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// The entry points.

// Fprintf formats by format and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Sprintf formats by format and returns the string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats by format and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprint writes the operands in their default formats, with spaces
// between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Sprint is Fprint to a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append is Fprint appending to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// Fprintln writes the operands in their default formats, spaces between
// all of them, and a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Sprintln is Fprintln to a string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln is Fprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && isStringKind(arg)
		if i > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}

// badVerb writes %!verb(type=value) for a verb that does not apply to
// the operand, or %!verb(<nil>).
func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	if p.arg != nil {
		p.buf.writeString(typeString(p.arg))
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	} else if !p.badVerbValue() {
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.fmt.fmtBoolean(v)
	} else {
		p.badVerb(verb)
	}
}

// fmt0x64 formats v in hex, with a 0x prefix when leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat: %v is shortest %g; %e %f %F default to precision 6.
func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex writes (re+imi), the imaginary part always signed.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.fmt.plus
		p.buf.writeByte('(')
		p.fmtFloat(real(v), size/2, verb)
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf.writeString("i)")
		p.fmt.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats a byte slice (or array, through reflection) whose
// type is typeString: as text for %s %q %x %X, as numbers otherwise.
func (p *pp) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if v == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
			return
		}
		p.buf.writeByte('[')
		for i, c := range v {
			if i > 0 {
				p.buf.writeByte(' ')
			}
			p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
		}
		p.buf.writeByte(']')
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printBytesValue(v, verb)
	}
}

// catchPanic, deferred around a call of the operand's method, turns a
// panic into %!verb(PANIC=Method method: value). A nil pointer receiver
// that panicked prints as <nil>.
func (p *pp) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if isNilPointer(arg) {
		p.buf.writeString(nilAngleString)
		return
	}
	if p.panicking {
		// The panic value's own method panicked too.
		panic(err)
	}
	flags := p.fmt.fmtFlags
	p.fmt.clearflags()
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(panicString)
	p.buf.writeString(method)
	p.buf.writeString(" method: ")
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.buf.writeByte(')')
	p.fmt.fmtFlags = flags
}

// handleMethods prints p.arg through its Format, GoString, Error or
// String method when the verb calls for one, and reports whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	// handled is set before each call: a method that panics still
	// counts as handled once catchPanic has written its report.
	if f, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.fmt.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmt.fmtS(g.GoString())
		}
		return
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
		}
	}
	return
}

// printArg prints one operand: nil, %T and %p first, then the basic
// types directly, then methods, then reflection.
func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflectValue{}
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.fmt.padString(nilAngleString)
		} else {
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmt.fmtS(typeString(arg))
		return
	case 'p':
		p.printPointerArg(arg)
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case complex64:
		p.fmtComplex(complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(f, 128, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	case string:
		p.fmtString(f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte")
	default:
		if !p.printReflectArg(arg, verb) && !p.handleMethods(verb) {
			p.printOther(arg, verb)
		}
	}
}
