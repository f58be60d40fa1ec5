// Package fmtsort orders a map's entries the way fmt prints them, as gc's
// internal/fmtsort: numbers, strings, bools, pointers and channels by
// value or address, structs and arrays element by element, interfaces by
// dynamic type then value, NaNs before other floats.
package fmtsort

import "reflect"

// SortedMap is a map's keys and values, in key order (Key[i] maps to
// Value[i]).
type SortedMap struct {
	Key   []reflect.Value
	Value []reflect.Value
}

func (o *SortedMap) Len() int           { return len(o.Key) }
func (o *SortedMap) Less(i, j int) bool { return compare(o.Key[i], o.Key[j]) < 0 }
func (o *SortedMap) Swap(i, j int) {
	o.Key[i], o.Key[j] = o.Key[j], o.Key[i]
	o.Value[i], o.Value[j] = o.Value[j], o.Value[i]
}

// Sort returns mapValue's entries sorted by key (nil for a non-map).
// Keys that compare equal (NaNs) keep their iteration order.
func Sort(mapValue reflect.Value) *SortedMap {
	if mapValue.Type().Kind() != reflect.Map {
		return nil
	}
	n := mapValue.Len()
	key := make([]reflect.Value, 0, n)
	value := make([]reflect.Value, 0, n)
	iter := mapValue.MapRange()
	for iter.Next() {
		key = append(key, iter.Key())
		value = append(value, iter.Value())
	}
	sorted := &SortedMap{Key: key, Value: value}
	mergeSort(sorted, 0, len(key))
	return sorted
}

// mergeSort sorts o[lo:hi] stably: short runs by insertion, longer ones
// as two sorted halves merged into new slices.
func mergeSort(o *SortedMap, lo, hi int) {
	if hi-lo < 2 {
		return
	}
	if hi-lo <= 12 {
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && o.Less(j, j-1); j-- {
				o.Swap(j, j-1)
			}
		}
		return
	}
	mid := lo + (hi-lo)/2
	mergeSort(o, lo, mid)
	mergeSort(o, mid, hi)
	keys := make([]reflect.Value, 0, hi-lo)
	values := make([]reflect.Value, 0, hi-lo)
	i, j := lo, mid
	for i < mid || j < hi {
		if j >= hi || i < mid && !o.Less(j, i) {
			keys = append(keys, o.Key[i])
			values = append(values, o.Value[i])
			i++
		} else {
			keys = append(keys, o.Key[j])
			values = append(values, o.Value[j])
			j++
		}
	}
	copy(o.Key[lo:hi], keys)
	copy(o.Value[lo:hi], values)
}

// compare orders two keys of one map: -1, 0 or 1. Keys of different
// dynamic types never compare equal.
func compare(a, b reflect.Value) int {
	at, bt := a.Type(), b.Type()
	if at != bt {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return order(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return order(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return order(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		return floatCompare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := floatCompare(real(x), real(y)); c != 0 {
			return c
		}
		return floatCompare(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		return order(!x && y, x && !y)
	case reflect.Pointer, reflect.UnsafePointer:
		x, y := a.Pointer(), b.Pointer()
		return order(x < y, x > y)
	case reflect.Chan:
		if c, ok := nilFirst(a, b); ok {
			return c
		}
		x, y := a.Pointer(), b.Pointer()
		return order(x < y, x > y)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := nilFirst(a, b); ok {
			return c
		}
		// By dynamic type (the descriptors' addresses), then by value.
		if c := compare(reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type())); c != 0 {
			return c
		}
		return compare(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + at.String())
}

func order(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// nilFirst orders nil before non-nil; ok is false when neither is nil.
func nilFirst(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}

// floatCompare orders floats with NaNs first (equal to each other).
func floatCompare(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}
