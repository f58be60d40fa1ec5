// Run-time errors as values, as gc's runtime/error.go: the runtime.Error
// interface, TypeAssertionError (failed interface conversions), errorString
// and plainError (fixed messages), boundsError's Error text; and how a
// panic's value is printed (printpanicval): an error by its Error(), a
// Stringer by its String(), basic kinds by value, other named types as
// gc's printanycustomtype does.

package runtime

import "unsafe"

// Error identifies a run-time error (gc's runtime.Error).
type Error interface {
	error
	RuntimeError()
}

// A TypeAssertionError is a failed type assertion or interface conversion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // one method needed by the interface, missing
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.string()
	}
	as := e.asserted.string()
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.string()
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			// Same spelling, different types.
			if e.concrete.pkgpath() != e.asserted.pkgpath() {
				msg += " (types from different packages)"
			} else {
				msg += " (types from different scopes)"
			}
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as +
		": missing method " + e.missingMethod
}

// An errorString is a run-time error with a fixed message.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// A plainError is a run-time error whose message has no "runtime error: "
// prefix ("assignment to entry in nil map" is gc's).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

func (e boundsError) RuntimeError() {}

// Error is gc's text of a failed bounds check, e.g.
// "runtime error: index out of range [5] with length 3".
func (e boundsError) Error() string {
	x := itoa64(e.x)
	if !e.signed {
		x = utoa64(uint64(e.x))
	}
	y := itoa64(int64(e.y))
	neg := e.signed && e.x < 0
	s := "runtime error: "
	switch e.code {
	case boundsIndex:
		if neg {
			return s + "index out of range [" + x + "]"
		}
		return s + "index out of range [" + x + "] with length " + y
	case boundsSliceAlen:
		if neg {
			return s + "slice bounds out of range [:" + x + "]"
		}
		return s + "slice bounds out of range [:" + x + "] with length " + y
	case boundsSliceAcap:
		if neg {
			return s + "slice bounds out of range [:" + x + "]"
		}
		return s + "slice bounds out of range [:" + x + "] with capacity " + y
	case boundsSliceB:
		if neg {
			return s + "slice bounds out of range [" + x + ":]"
		}
		return s + "slice bounds out of range [" + x + ":" + y + "]"
	case boundsSlice3Alen:
		if neg {
			return s + "slice bounds out of range [::" + x + "]"
		}
		return s + "slice bounds out of range [::" + x + "] with length " + y
	case boundsSlice3Acap:
		if neg {
			return s + "slice bounds out of range [::" + x + "]"
		}
		return s + "slice bounds out of range [::" + x + "] with capacity " + y
	case boundsSlice3B:
		if neg {
			return s + "slice bounds out of range [:" + x + ":]"
		}
		return s + "slice bounds out of range [:" + x + ":" + y + "]"
	case boundsSlice3C:
		if neg {
			return s + "slice bounds out of range [" + x + "::]"
		}
		return s + "slice bounds out of range [" + x + ":" + y + ":]"
	}
	return s + "cannot convert slice with length " + y + " to pointer to array with length " + x
}

// utoa64 and itoa64 format integers in decimal.
func utoa64(v uint64) string {
	if v == 0 {
		return "0"
	}
	n := 0
	for w := v; w > 0; w /= 10 {
		n++
	}
	b := mallocgc(uintptr(n), nil, false)
	for i := n - 1; i >= 0; i-- {
		*(*byte)(add(b, uintptr(i))) = byte('0' + v%10)
		v /= 10
	}
	return makeStringNoCopy(b, n)
}

func itoa64(v int64) string {
	if v < 0 {
		return "-" + utoa64(uint64(-v))
	}
	return utoa64(uint64(v))
}

type stringer interface {
	String() string
}

// printpanicval prints a panic's value as gc does: "panic: " is already
// out; an error prints its Error(), a Stringer its String() (gc's
// preprintpanics), basic kinds their value, other types "(T) 0xADDR".
func printpanicval(e eface) {
	if e._type == nil {
		printstring("nil")
		return
	}
	v := *(*any)(unsafe.Pointer(&e))
	if err, ok := v.(error); ok {
		printstring(err.Error())
		return
	}
	if s, ok := v.(stringer); ok {
		printstring(s.String())
		return
	}
	t := e._type
	if t.tflag&tflagNamed != 0 && t.uncommon() != nil && t.pkgpath() != "" {
		printanycustomtype(e)
		return
	}
	if !printbasic(e) {
		printstring("(")
		printstring(t.string())
		printstring(") ")
		printpointer(e.data)
	}
}

// printanycustomtype prints a value of a named type: T(v) for basic
// kinds (T("s") for strings), "(T) 0xADDR" for the others.
func printanycustomtype(e eface) {
	t := e._type
	k := t.kind & kindMask
	if k == kindString {
		printstring(t.string())
		printstring("(\"")
		printstring(*(*string)(e.data))
		printstring("\")")
		return
	}
	if k == kindComplex64 || k == kindComplex128 {
		printstring(t.string()) // printcomplex brings the parentheses
		printbasic(e)
		return
	}
	if k <= kindFloat64 {
		printstring(t.string())
		printstring("(")
		printbasic(e)
		printstring(")")
		return
	}
	printstring("(")
	printstring(t.string())
	printstring(") ")
	printpointer(e.data)
}

// printbasic prints a value of a basic kind as print does; false for the
// other kinds.
func printbasic(e eface) bool {
	p := e.data
	switch e._type.kind & kindMask {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		printint(int64(*(*int)(p)))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindInt64:
		printint(*(*int64)(p))
	case kindUint:
		printuint(uint64(*(*uint)(p)))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindUint64:
		printuint(*(*uint64)(p))
	case kindUintptr:
		printuint(uint64(*(*uintptr)(p)))
	case kindFloat32:
		printfloat(float64(*(*float32)(p)))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindComplex64:
		printcomplex(complex128(*(*complex64)(p)))
	case kindComplex128:
		printcomplex(*(*complex128)(p))
	case kindString:
		printstring(*(*string)(p))
	default:
		return false
	}
	return true
}

// panicwrap is called by the (*T).m wrapper of value method T.m when the
// pointer is nil, with gc's message "value method main.T.m called using
// nil *T pointer". The wrapper is named path.T.m.ptrwrap (gc's
// path.(*T).m, which plan9 assembly cannot spell).
func panicwrap() {
	name := funcname(findfunc(getcallerpc()))
	const suffix = ".ptrwrap"
	if len(name) > len(suffix) && name[len(name)-len(suffix):] == suffix {
		name = name[:len(name)-len(suffix)]
	}
	start := 0
	for i := 0; i < len(name); i++ {
		if name[i] == '/' {
			start = i + 1
		}
	}
	dot := -1
	for i := start; i < len(name); i++ {
		if name[i] == '.' {
			dot = i
			break
		}
	}
	last := -1
	for i := len(name) - 1; i > dot; i-- {
		if name[i] == '.' {
			last = i
			break
		}
	}
	if dot < 0 || last < 0 {
		throw("panicwrap: unexpected wrapper name " + name)
	}
	typ := name[dot+1 : last]
	panic(plainError("value method " + name + " called using nil *" + typ + " pointer"))
}
