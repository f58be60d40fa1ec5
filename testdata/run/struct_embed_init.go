// run

// Composite literals of nested and embedded structs, with field names,
// positional, partially initialized and pointer elements.

package main

type Point struct{ X, Y int }

type Circle struct {
	Point
	R int
}

type Shape struct {
	Name    string
	Center  Point
	Corners []Point
	Parent  *Shape
}

func main() {
	c := Circle{Point{1, 2}, 5}
	d := Circle{Point: Point{Y: 7}, R: 1}
	println(c.X, c.Y, c.R, d.X, d.Y, d.R)
	root := &Shape{Name: "root"}
	s := Shape{"sq", Point{0, 0}, []Point{{0, 0}, {0, 1}, {1, 1}, {1, 0}}, root}
	println(s.Name, len(s.Corners), s.Corners[2].X, s.Parent.Name, s.Parent.Parent == nil)
	ps := []*Point{{1, 1}, {2, 2}}
	println(ps[1].X)
	arr := [2]Circle{{R: 3}, {Point{4, 4}, 4}}
	println(arr[0].R, arr[1].X)
}
