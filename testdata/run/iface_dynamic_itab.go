// run

// Interface-to-interface conversions the compiler cannot resolve: the
// runtime builds itabs from the dynamic type's method table.

package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Namer interface{ Name() string }

type File struct {
	name string
	data string
}

func (f *File) Read() string        { return f.data }
func (f *File) Write(s string) int  { f.data += s; return len(s) }
func (f *File) Name() string        { return f.name }

type RO string

func (r RO) Read() string { return string(r) }

func upgrade(r Reader) {
	if w, ok := r.(Writer); ok {
		w.Write("+")
		println("writer", r.Read())
	} else {
		println("read-only", r.Read())
	}
	if n, ok := r.(Namer); ok {
		println("name", n.Name())
	}
	if rw, ok := r.(ReadWriter); ok {
		var w Writer = rw // static iface->iface (convI2I)
		w.Write("!")
		var r2 Reader = rw
		println("rw", r2.Read())
	}
}

func toAny(x interface{}) interface{} { return x }

func main() {
	f := &File{name: "f", data: "abc"}
	upgrade(f)
	upgrade(RO("ro"))
	upgrade(f)
	// The same conversion again hits the itab cache.
	for i := 0; i < 3; i++ {
		n := toAny(f).(Namer)
		println(n.Name())
	}
	var e interface{} = RO("x")
	r := e.(Reader)
	println(r.Read())
	_, ok := e.(Writer)
	println(ok)
	var rw ReadWriter = f
	var e2 interface{} = rw
	println(e2.(*File).data)
	var r3 Reader = rw
	println(r3.(Namer).Name())
}
