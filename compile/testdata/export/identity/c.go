package c

import (
	"a"
	"b"
)

func use() {
	var t a.T = b.Get()
	var l *a.List = b.GetList()
	l = l.Next.Next
	t = l.Val
	var bt b.BT = b.Wrap(t)
	_ = bt.Name() + bt.T.Name()
	bt.SetName("x")
	var n a.Namer = bt
	n = b.V
	o := a.New()
	_ = o.Hidden() + o.H + o.X
	_ = o.Next.Val.X
	_ = o.Name()
	var _ int = b.Get()
	var _ int = b.GetList
	var _ int = bt
	var _ a.Namer = &a.List{}
	_ = o.hidden
	_ = t.name
	_ = n
}
