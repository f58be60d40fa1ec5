// run

// Method sets: *T has T's methods, methods promoted through embedded T
// and *T fields, and assertions see exactly those sets.

package main

type I interface{ Get() int }
type P interface{ Set(int) }
type IP interface {
	I
	P
}

type T struct{ v int }

func (t T) Get() int   { return t.v }
func (t *T) Set(v int) { t.v = v }

type ByVal struct{ T }
type ByPtr struct{ *T }

func main() {
	var e interface{}
	e = T{1}
	_, i := e.(I)
	_, p := e.(P)
	println("T", i, p)
	e = &T{1}
	_, i = e.(I)
	_, p = e.(P)
	println("*T", i, p)
	e = ByVal{T{2}}
	_, i = e.(I)
	_, p = e.(P)
	println("ByVal", i, p)
	e = &ByVal{T{2}}
	_, i = e.(I)
	_, p = e.(P)
	println("*ByVal", i, p)
	e = ByPtr{&T{3}}
	_, i = e.(I)
	_, p = e.(P)
	println("ByPtr", i, p)

	bp := ByPtr{&T{3}}
	var ip IP = bp
	ip.Set(30)
	println(ip.Get(), bp.T.v)
	bv := &ByVal{T{4}}
	ip = bv
	ip.Set(40)
	println(ip.Get(), bv.v)
}
