// run

// Map elements of interface type: big structs, nil, typed nil, method
// calls on elements, assertion of elements, and replacing elements.

package main

type Shape interface{ Area() float64 }
type Rect struct {
	w, h float64
	tag  [4]string
}
type Circle struct{ r float64 }

func (r Rect) Area() float64   { return r.w * r.h }
func (c *Circle) Area() float64 {
	if c == nil {
		return -1
	}
	return 3 * c.r * c.r
}

func main() {
	m := map[string]Shape{}
	m["r"] = Rect{w: 2, h: 3}
	m["c"] = &Circle{2}
	var nc *Circle
	m["nilc"] = nc
	m["none"] = nil
	total := 0.0
	for k, s := range m {
		if s == nil {
			println("nil element", k)
			continue
		}
		total += s.Area()
	}
	println(total, len(m))
	r := m["r"].(Rect)
	r.w = 10
	println(m["r"].Area(), r.Area())
	m["r"] = r
	println(m["r"].Area())
	if c, ok := m["c"].(*Circle); ok {
		c.r = 1
	}
	println(m["c"].Area(), m["missing"] == nil)
	me := map[int]interface{}{}
	for i := 0; i < 100; i++ {
		if i%2 == 0 {
			me[i] = i
		} else {
			me[i] = Rect{w: float64(i), h: 1}
		}
	}
	sum := 0.0
	for _, v := range me {
		switch x := v.(type) {
		case int:
			sum += float64(x)
		case Shape:
			sum += x.Area()
		}
	}
	println(sum)
}
