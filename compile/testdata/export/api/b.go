package b

import "a"

type L struct{}

func (L) M(int) string { return "" }

func use() {
	a.F("x", 1)
	a.g()
	a.v = 1
	a.nothere()
	var t a.T
	t.y = 1
	t.M("s")
	var _ int = a.V
	_ = a.T{1, 2}
	_ = a.T{y: 1}
	var _ string = a.C
	_, _ = a.F(1, "")
	var _ interface{ M(int) string } = t
	var _ interface{ M(int) string } = L{}
	var _ a.T = L{}
}
