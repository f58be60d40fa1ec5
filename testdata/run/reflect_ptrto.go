// run

// reflect.PointerTo and New for element types whose pointer type the
// program never spells (*Lonely, **Point) and for ones it does (*Point,
// found in the binary: the assertion on New's value works).

package main

import "reflect"

type Lonely int16

type Point struct{ X, Y int }

func main() {
	lt := reflect.TypeOf(Lonely(0))
	pt := reflect.PointerTo(lt)
	println(pt.String(), pt.Kind().String(), pt.Elem() == lt, pt.Name() == "", pt.Size(), reflect.PointerTo(lt) == pt)
	v := reflect.New(lt)
	v.Elem().SetInt(-7)
	println(v.Type().String(), v.Elem().Int(), reflect.Indirect(v).Type().Name(), v.IsNil())

	ppt := reflect.PointerTo(reflect.TypeOf(&Point{}))
	println(ppt.String(), ppt.Elem().String(), ppt.Elem().Elem().String())
	pp := reflect.New(reflect.TypeOf(&Point{}))
	pp.Elem().Set(reflect.ValueOf(&Point{1, 2}))
	println(pp.Type().String(), pp.Elem().Elem().Field(1).Int())

	np := reflect.New(reflect.TypeOf(Point{}))
	p := np.Interface().(*Point)
	p.X = 42
	println(np.Elem().Field(0).Int(), reflect.TypeOf(p) == np.Type())
}
