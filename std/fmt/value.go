// value.go: printing through reflection: composite values (structs,
// pointers, slices, arrays, maps in sorted key order, interfaces), named
// types without methods, %T, %p, and the type names of error reports.
package fmt

import (
	"internal/fmtsort"
	"reflect"
)

// reflectValue is the operand when it came from reflection.
type reflectValue = reflect.Value

// typeString is the name of arg's dynamic type.
func typeString(arg any) string { return reflect.TypeOf(arg).String() }

// isStringKind reports whether arg's kind is string.
func isStringKind(arg any) bool { return reflect.TypeOf(arg).Kind() == reflect.String }

// isNilPointer reports whether arg is a nil pointer.
func isNilPointer(arg any) bool {
	v := reflect.ValueOf(arg)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// printPointerArg is %p.
func (p *pp) printPointerArg(arg any) { p.fmtPointer(reflect.ValueOf(arg), 'p') }

// printReflectArg prints a reflect.Value operand as the value it holds,
// methods included; false if arg is not a reflect.Value.
func (p *pp) printReflectArg(arg any, verb rune) bool {
	v, ok := arg.(reflect.Value)
	if !ok {
		return false
	}
	if v.IsValid() && v.CanInterface() {
		p.arg = v.Interface()
		if p.handleMethods(verb) {
			return true
		}
	}
	p.printValue(v, verb, 0)
	return true
}

// printOther prints an operand that is not a basic type and has no
// method for the verb.
func (p *pp) printOther(arg any, verb rune) { p.printValue(reflect.ValueOf(arg), verb, 0) }

// badVerbValue writes "type=value" for a reflected operand; false if
// there is none.
func (p *pp) badVerbValue() bool {
	if !p.value.IsValid() {
		return false
	}
	p.buf.writeString(p.value.Type().String())
	p.buf.writeByte('=')
	p.printValue(p.value, 'v', 0)
	return true
}

// intFromOther is a * width operand of a named integer type.
func intFromOther(arg any) (int, bool) {
	v := reflect.ValueOf(arg)
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n := v.Uint()
		return int(n), int64(n) >= 0
	}
	return 0, false
}

// printBytesValue prints a []byte with a verb that is not for text.
func (p *pp) printBytesValue(v []byte, verb rune) { p.printValue(reflect.ValueOf(v), verb, 0) }

// fmtPointer formats a pointer-shaped value (chan, func, map, pointer,
// slice, unsafe.Pointer) as an address for %p and %v, or as a number.
func (p *pp) fmtPointer(value reflect.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(value.Type().String())
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else if u == 0 {
			p.fmt.padString(nilAngleString)
		} else {
			p.fmt0x64(uint64(u), !p.fmt.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// sep writes the separator between elements: ", " for %#v, else ' '.
func (p *pp) sep() {
	if p.fmt.sharpV {
		p.buf.writeString(commaSpaceString)
	} else {
		p.buf.writeByte(' ')
	}
}

// printValue prints a reflected value. depth is 0 for the operand
// itself: below it, methods of the elements are honoured, and pointers
// print as addresses (only the operand's own pointer to a composite
// prints as &{...}).
func (p *pp) printValue(value reflect.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	f := value
	switch f.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else if verb == 'v' {
			p.buf.writeString(nilAngleString)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(f.Int()), signed, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(f.Uint(), unsigned, verb)
	case reflect.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(f.Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(f.Complex(), 128, verb)
	case reflect.String:
		p.fmtString(f.String(), verb)
	case reflect.Map:
		p.printMap(f, verb, depth)
	case reflect.Struct:
		p.printStruct(f, verb, depth)
	case reflect.Interface:
		elem := f.Elem()
		if elem.IsValid() {
			p.printValue(elem, verb, depth+1)
		} else if p.fmt.sharpV {
			p.buf.writeString(f.Type().String())
			p.buf.writeString(nilParenString)
		} else {
			p.buf.writeString(nilAngleString)
		}
	case reflect.Array, reflect.Slice:
		p.printList(f, verb, depth)
	case reflect.Pointer:
		if depth == 0 && f.Pointer() != 0 {
			switch elem := f.Elem(); elem.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf.writeByte('&')
				p.printValue(elem, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.buf.writeByte('?')
		p.buf.writeString(f.Type().String())
		p.buf.writeByte('?')
	}
}

// printMap: map[k:v k:v] in fmtsort's key order, or T{k:v, k:v}.
func (p *pp) printMap(f reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
		if f.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapString)
	}
	sorted := fmtsort.Sort(f)
	for i, key := range sorted.Key {
		if i > 0 {
			p.sep()
		}
		p.printValue(key, verb, depth+1)
		p.buf.writeByte(':')
		p.printValue(sorted.Value[i], verb, depth+1)
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

// printStruct: {1 2}, {A:1 B:2} with %+v, T{A:1, B:2} with %#v.
func (p *pp) printStruct(f reflect.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
	}
	p.buf.writeByte('{')
	for i := 0; i < f.NumField(); i++ {
		if i > 0 {
			p.sep()
		}
		if p.fmt.plusV || p.fmt.sharpV {
			if name := f.Type().Field(i).Name; name != "" {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
		}
		field := f.Field(i)
		if field.Kind() == reflect.Interface && !field.IsNil() {
			field = field.Elem()
		}
		p.printValue(field, verb, depth+1)
	}
	p.buf.writeByte('}')
}

// printList: slices and arrays; of bytes as text for %s %q %x %X.
func (p *pp) printList(f reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		t := f.Type()
		if t.Elem().Kind() == reflect.Uint8 {
			var bytes []byte
			if f.Kind() == reflect.Slice {
				bytes = f.Bytes()
			} else {
				bytes = make([]byte, f.Len())
				for i := range bytes {
					bytes[i] = byte(f.Index(i).Uint())
				}
			}
			p.fmtBytes(bytes, verb, t.String())
			return
		}
	}
	if p.fmt.sharpV {
		p.buf.writeString(f.Type().String())
		if f.Kind() == reflect.Slice && f.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeByte('[')
	}
	for i := 0; i < f.Len(); i++ {
		if i > 0 {
			p.sep()
		}
		p.printValue(f.Index(i), verb, depth+1)
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}
