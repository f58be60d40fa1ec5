// run

// Matrix multiplication with [][]float64 and fixed-size arrays.

package main

func mul(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			s := 0.0
			for k := 0; k < m; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

type M3 [3][3]int

func (a M3) Mul(b M3) M3 {
	var c M3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}, {5, 6}}
	b := [][]float64{{7, 8, 9}, {10, 11, 12}}
	c := mul(a, b)
	for _, row := range c {
		println(row[0], row[1], row[2])
	}
	id := M3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := M3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	println(m.Mul(id) == m, m.Mul(m)[2][2])
	p := m
	for i := 0; i < 5; i++ {
		p = p.Mul(m)
	}
	println(p[0][0], p[1][2])
}
