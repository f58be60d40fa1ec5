// The print and println built-ins: the compiler brackets each statement
// with printlock/printunlock and calls one print* function per argument,
// with printsp between println's arguments and printnl at its end. Output
// goes to standard error, in gc's formats.

package runtime

import "unsafe"

// printlock and printunlock keep one statement's output together; they
// nest, as the runtime prints from inside prints (throw in print).
func printlock() {
	mp := getg().m
	mp.locks++
	mp.printlock++
}

func printunlock() {
	mp := getg().m
	mp.printlock--
	mp.locks--
}

// gwrite writes b to standard error, or to the goroutine's write buffer when
// one is set (tests capture output that way).
func gwrite(b []byte) {
	if len(b) == 0 {
		return
	}
	gp := getg()
	if gp != nil && gp.writebuf != nil && gp.m.dying == 0 {
		n := copy(gp.writebuf[len(gp.writebuf):cap(gp.writebuf)], b)
		gp.writebuf = gp.writebuf[:len(gp.writebuf)+n]
		return
	}
	writeErr(b)
}

// writeErr writes all of b to file descriptor 2.
func writeErr(b []byte) {
	if len(b) > 0 {
		writeAll(2, unsafe.Pointer(&b[0]), len(b))
	}
}

// writeAll writes n bytes at p to fd, retrying after partial writes and
// EINTR; it gives up on other errors (there is nowhere to report them).
func writeAll(fd uintptr, p unsafe.Pointer, n int) {
	for n > 0 {
		chunk := n
		if chunk > 1<<30 {
			chunk = 1 << 30
		}
		r := write1(fd, p, int32(chunk))
		if r == -_EINTR || r == -_EAGAIN {
			continue
		}
		if r <= 0 {
			return
		}
		p = add(p, uintptr(r))
		n -= int(r)
	}
}

// write writes n bytes at p to fd in one system call (os package's view).
func write(fd uintptr, p unsafe.Pointer, n int32) int32 {
	return write1(fd, p, n)
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

// printfloat prints v as gc does: NaN, ±Inf, or a sign, one digit, a
// point, six more digits and a three-digit signed exponent (+1.500000e+000).
func printfloat(v float64) {
	switch {
	case v != v:
		printstring("NaN")
		return
	case v+v == v && v > 0:
		printstring("+Inf")
		return
	case v+v == v && v < 0:
		printstring("-Inf")
		return
	}

	const ndig = 7
	buf := &printBuf
	buf[0] = '+'
	exp := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		// Scale into [1, 10), counting the exponent.
		for v >= 10 {
			exp++
			v /= 10
		}
		for v < 1 {
			exp--
			v *= 10
		}
		// Round at the last printed digit.
		half := 5.0
		for i := 0; i < ndig; i++ {
			half /= 10
		}
		v += half
		if v >= 10 {
			exp++
			v /= 10
		}
	}
	// Digits go to buf[2:2+ndig]; the first then moves before the point.
	for i := 0; i < ndig; i++ {
		d := int(v)
		buf[i+2] = byte(d + '0')
		v -= float64(d)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[ndig+2] = 'e'
	buf[ndig+3] = '+'
	if exp < 0 {
		exp = -exp
		buf[ndig+3] = '-'
	}
	buf[ndig+4] = byte(exp/100 + '0')
	buf[ndig+5] = byte(exp/10%10 + '0')
	buf[ndig+6] = byte(exp%10 + '0')
	gwrite(buf[:ndig+7])
}

func printuint(v uint64) {
	buf := &printBuf
	i := 20
	for {
		i--
		buf[i] = byte(v%10 + '0')
		v /= 10
		if v == 0 {
			break
		}
	}
	gwrite(buf[i:20])
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

// printhex prints v as 0x followed by lowercase hex digits.
func printhex(v uint64) {
	const digits = "0123456789abcdef"
	buf := &printBuf
	i := 18
	for {
		i--
		buf[i] = digits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	gwrite(buf[i:18])
}

func printuintptr(p uintptr) {
	printhex(uint64(p))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printeface and printiface print an interface value as gc does:
// (type or itab word,data word) in hex.
func printeface(e eface) {
	printstring("(")
	printpointer(unsafe.Pointer(e._type))
	printstring(",")
	printpointer(e.data)
	printstring(")")
}

func printiface(i iface) {
	printstring("(")
	printpointer(unsafe.Pointer(i.tab))
	printstring(",")
	printpointer(i.data)
	printstring(")")
}

func printstring(s string) {
	gwrite(bytes(s))
}

// printslice prints a slice as [len/cap]0xptr.
func printslice(s []byte) {
	printstring("[")
	printint(int64(len(s)))
	printstring("/")
	printint(int64(cap(s)))
	printstring("]")
	printpointer(sliceDataPtr(s))
}

// bytes returns the bytes of s without copying; they must not be written.
func bytes(s string) []byte {
	return bytesAt(stringDataPtr(s), len(s))
}

// printBuf holds the digits print is formatting (one M prints at a time:
// printlock).
var printBuf [32]byte
