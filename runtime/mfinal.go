// Finalizers. Without a garbage collector no object ever becomes
// unreachable to the runtime, so a finalizer can never be due:
// SetFinalizer checks its arguments as gc does and records nothing.

package runtime

import "unsafe"

// SetFinalizer sets the function to run when obj, a pointer to an
// allocated object, becomes unreachable (never, until there is a
// collector); a nil finalizer clears it.
func SetFinalizer(obj any, finalizer any) {
	e := (*eface)(unsafe.Pointer(&obj))
	etyp := e._type
	if etyp == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if etyp.kind&kindMask != kindPtr {
		throw("runtime.SetFinalizer: first argument is " + etyp.string() + ", not pointer")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	ftyp := f._type
	if ftyp == nil {
		return
	}
	if ftyp.kind&kindMask != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + ftyp.string() + ", not a function")
	}
}
