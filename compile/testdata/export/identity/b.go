package b

import "a"

type BT struct {
	a.T
	Extra int
}

func Get() a.T          { return a.T{} }
func GetList() *a.List  { return nil }
func Wrap(n a.Namer) BT { return BT{} }

var V a.Namer = a.T{}
