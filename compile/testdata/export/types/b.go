package b

import "a"

func use() {
	var _ int = a.Ch(nil)
	var _ int = a.Recv(nil)
	var _ int = a.M(nil)
	var _ int = a.Arr{}
	var _ int = a.Fn(nil)
	var _ int = a.Tag{}
	var _ int = a.I(nil)
	var _ int = a.Alias(nil)
	var _ int = a.Rec(nil)
	var _ int = a.P(nil)
	var _ int = a.C(0)
	var _ int = a.VF
	var _ int = a.VS
	var _ int = a.VI
	var _ int = a.VP
	var _ string = a.VU
	var _ string = a.Err
	var _ int8 = a.Big
	var _ int = a.Pi
	var _ int = a.Str
	var _ string = a.Typed
	var _ int = a.Cplx
	var _ int = a.Yes
	var _ int = a.Named
	var _ int = a.Variadic
	_ = a.Variadic("x", 1, 2) + a.Variadic()
	_ = len(a.Arr{}) + int(a.Typed) + a.Big>>98
	_ = a.Tag{A: 1, C: 2}
	var _ int = a.I.M
	var _ int = (*a.Tag).A
}

func more() {
	var _ int = a.VR
	var _ int = a.VB
	var _ int = *new(a.Tag)
	var _ int = a.Tag.B
}
