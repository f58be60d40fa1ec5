// run

// Methods on array and slice types with value receivers (copies) and
// pointer receivers (in place).

package main

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v Vec) Scaled(k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}
func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Ints []int

func (s Ints) Max() int {
	m := s[0]
	for _, x := range s[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	v := Vec{1, 2, 3}
	w := v.Scaled(2)
	println(v[0], w[0], v.Dot(w))
	v.Scale(10)
	println(v[2])
	println(Ints{3, 9, -2, 7}.Max())
}
