// isComparable: whether == on an error value is safe (its dynamic type is
// comparable), as gc's Is checks before comparing.

package errors

import "reflect"

func isComparable(err error) bool { return reflect.TypeOf(err).Comparable() }
