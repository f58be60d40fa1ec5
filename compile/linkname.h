// //go:linkname (phase 3, after type checking): gives a package-level
// function or variable the linker symbol another package uses, gc's way of
// reaching runtime internals (`//go:linkname mapiterinit runtime.mapiterinit`
// in reflect) or of providing them (`//go:linkname reflect_f reflect.f` in
// runtime). The parser collects the directives (File::linknames, with gc's
// usage errors); ssagen names the object's symbol Object::linkname.
#ifndef GOCC_COMPILE_LINKNAME_H_
#define GOCC_COMPILE_LINKNAME_H_

#include <vector>

#include "compile/ast.h"
#include "compile/source.h"
#include "compile/types.h"

namespace gocc::compile {

// Resolves every file's directives against pkg's scope with gc's errors
// (the file must import "unsafe"; the name must be a declared function or
// variable; at most one directive per name). With complete (gc's
// -complete: the package has no assembly), a function without a body must
// be linknamed.
void ResolveLinknames(const std::vector<File*>& files, Package* pkg, bool complete, Diag* diag);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_LINKNAME_H_
