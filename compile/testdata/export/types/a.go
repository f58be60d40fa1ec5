package a

import "unsafe"

type (
	Ch    chan<- int
	Recv  <-chan []string
	M     map[string][]*int
	Arr   [4][2]float32
	Fn    func(a int, b ...string) (int, error)
	Tag   struct {
		A int `json:"a"`
		B string
	}
	I interface {
		error
		M(x, y int) bool
	}
	Alias = map[int]string
	Rec   func(Rec) Rec
	P     unsafe.Pointer
	C     complex64
)

const (
	Big   = 1 << 100
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Str   = "hello\n\"world\""
	Typed int8 = -5
	Cplx  = 1 + 2i
	Yes   = true
	Named C = 3
)

var (
	VF  func(chan int, <-chan bool) (x, y int)
	VS  struct{ X, Y int }
	VI  interface{}
	VP  *[3]Tag
	VU  uintptr
	VR  rune
	VB  []byte
	Err error
)

func Variadic(format string, args ...interface{}) string { return format }
