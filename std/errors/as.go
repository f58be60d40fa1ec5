// As: finding an error of a given type in an Unwrap chain (reflection).

package errors

import "reflect"

// errorType is the interface type error.
var errorType = reflect.TypeOf((*error)(nil)).Elem()

// As finds the first error in err's Unwrap chain that is assignable to
// the variable target points to, or whose As(target) method reports
// true; in the first case it sets *target to it. It panics, as gc's, when
// target is not a non-nil pointer to an interface type or to a type
// implementing error.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	if targetType.Kind() != reflect.Interface && !targetType.Implements(errorType) {
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if reflect.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
