// value.go: what fmt needs from reflection. This version serves only
// the basic types, whose names and kinds a type switch knows; printing
// any other operand (composite values, named types without methods, %T
// of them, %p) stops with a "not implemented" panic until std/reflect
// exists.
package fmt

// reflectValue stands for reflect.Value: the operand when it came from
// reflection. Without reflection there are none.
type reflectValue struct{}

// basicTypeString is the name of a basic-typed operand, "" for others.
func basicTypeString(arg any) string {
	switch arg.(type) {
	case bool:
		return "bool"
	case int:
		return "int"
	case int8:
		return "int8"
	case int16:
		return "int16"
	case int32:
		return "int32"
	case int64:
		return "int64"
	case uint:
		return "uint"
	case uint8:
		return "uint8"
	case uint16:
		return "uint16"
	case uint32:
		return "uint32"
	case uint64:
		return "uint64"
	case uintptr:
		return "uintptr"
	case float32:
		return "float32"
	case float64:
		return "float64"
	case complex64:
		return "complex64"
	case complex128:
		return "complex128"
	case string:
		return "string"
	case []byte:
		return "[]uint8"
	}
	return ""
}

func notImplemented(what string) {
	panic("fmt: not implemented: " + what + " (needs reflect)")
}

// typeString is reflect.TypeOf(arg).String().
func typeString(arg any) string {
	s := basicTypeString(arg)
	if s == "" {
		notImplemented("type names of non-basic types")
	}
	return s
}

// isStringKind reports whether arg's kind is string.
func isStringKind(arg any) bool {
	_, ok := arg.(string)
	return ok
}

// isNilPointer reports whether arg is a nil pointer.
func isNilPointer(arg any) bool { return false }

// printPointerArg is %p.
func (p *pp) printPointerArg(arg any) { notImplemented("%p") }

// printReflectArg prints a reflect.Value operand; false if arg is not one.
func (p *pp) printReflectArg(arg any, verb rune) bool { return false }

// printOther prints an operand that is not a basic type and has no
// method for the verb.
func (p *pp) printOther(arg any, verb rune) { notImplemented("printing non-basic types") }

// badVerbValue writes "type=value" for a reflected operand; false if
// there is none.
func (p *pp) badVerbValue() bool { return false }

// intFromOther is a * width operand of a named integer type.
func intFromOther(arg any) (int, bool) { return 0, false }

// printBytesValue prints a []byte with a verb that is not for text: as
// a list of numbers, each with the verb.
func (p *pp) printBytesValue(v []byte, verb rune) {
	p.buf.writeByte('[')
	for i, c := range v {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		p.arg = c
		p.fmtInteger(uint64(c), unsigned, verb)
	}
	p.buf.writeByte(']')
}
