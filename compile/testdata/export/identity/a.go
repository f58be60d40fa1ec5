package a

type T struct {
	X    int
	name string
}

func (t T) Name() string { return t.name }
func (t *T) SetName(s string) { t.name = s }

type List struct {
	Next *List
	Val  T
}

type Namer interface{ Name() string }

type hidden struct{ H int }

func (hidden) Hidden() int { return 0 }

type Outer struct {
	hidden
	*List
	T
}

func New() *Outer { return &Outer{} }
