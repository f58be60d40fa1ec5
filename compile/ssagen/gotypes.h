// Go types as the back end sees them: which Go types are SSA values (and
// of which ssa::Type), sizes, the ABI0 layout of a signature, pointer maps
// for type descriptors, and the mangled names of descriptors.
#ifndef GOCC_COMPILE_SSAGEN_GOTYPES_H_
#define GOCC_COMPILE_SSAGEN_GOTYPES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compile/ssa/types.h"
#include "compile/types.h"

namespace gocc::compile {
struct File;
}  // namespace gocc::compile

namespace gocc::ssagen {

// A predeclared basic type (owned by this library; compare by kind).
compile::Type* BasicType(compile::BasicKind k);
// []elem, *elem, [n]elem built on the fly (owned by this library).
compile::Type* SliceOf(compile::Type* elem);
compile::Type* PointerTo(compile::Type* elem);
compile::Type* ArrayOf(compile::Type* elem, int64_t n);

// Untyped constant types map to their default type.
compile::Type* Concrete(compile::Type* t);
// complex64 or complex128 (complex.cc).
bool IsComplexType(compile::Type* t);
// True for types that live in one register: integers, floats, bools,
// pointers (incl. unsafe.Pointer, maps, chans, funcs).
bool IsSSAType(compile::Type* t);
const ssa::Type* SSAType(compile::Type* t);
int64_t Size(compile::Type* t);
int64_t Align(compile::Type* t);
bool IsSigned(compile::Type* t);
bool IsUnsignedInt(compile::Type* t);
bool IsFloatType(compile::Type* t);
bool IsStringType(compile::Type* t);
bool IsSliceType(compile::Type* t);
bool IsArrayType(compile::Type* t);
bool IsStructType(compile::Type* t);
bool IsPtrType(compile::Type* t);  // *T
bool IsUnsupported(compile::Type* t, std::string* what);

// ABI0 frame of a signature: offsets from 0(FP) of the receiver (if any),
// params and results, and the total size.
struct FrameLayout {
  std::vector<int64_t> params;  // receiver first when present
  std::vector<int64_t> results;
  int64_t size = 0;
};
FrameLayout LayoutSignature(compile::Type* sig);
// The same for explicit lists of argument and result types.
FrameLayout LayoutTypes(const std::vector<compile::Type*>& params,
                        const std::vector<compile::Type*>& results);

// Pointer words of t (8-byte units) starting at base offset `off`.
void PointerWords(compile::Type* t, int64_t off, std::vector<bool>* words);
bool HasPointers(compile::Type* t);
// gc's reflect kind number (runtime/typekind.go) of t.
int KindOf(compile::Type* t);
// Descriptor name for t without the "type." prefix (reflectdata.cc): gc's
// for predeclared and named types ("int", "main.T"), ".ptr.main.T",
// ".slice.int", ".array4.int" and ".anon.<fnv64>" for the others.
std::string TypeMangle(compile::Type* t);
// The plan9 spelling of a type., go.itab. or other generated data symbol:
// every '.' as U+00B7 and every '/' as U+2215 (asm maps them back).
std::string TypeAsmSymbol(const std::string& linker_name);
// t as the runtime prints it (reflect's String): "*main.T", "[]uint8",
// "interface {}", "struct { X int }", "func(int) string".
std::string RuntimeTypeString(compile::Type* t);
// The string that names t's descriptor (".anon.<fnv64 of it>"): the
// runtime string, with named types and unexported field and method names
// qualified by their package path, local types numbered, and renamed
// embedded fields as "Int = int", so that
// distinct types that print alike get distinct descriptors (gc's
// LinkString).
std::string LinkTypeString(compile::Type* t);
// Values of t are stored in the data word of an interface (gc's
// isdirectiface: pointers, chans, maps, funcs, unsafe.Pointer, and
// one-element arrays/structs of those).
bool IsDirectIface(compile::Type* t);
// The declared methods in t's method set (t a named type or a pointer to
// one), sorted by name.
std::vector<compile::Object*> MethodSet(compile::Type* t);
// Interface types (iface.cc); EmptyInterface is interface{}.
bool IsInterfaceType(compile::Type* t);
bool IsEmptyInterface(compile::Type* t);
// The complete method set of interface type t, sorted by name.
const std::vector<compile::Object*>& IfaceMethods(compile::Type* t);
compile::Type* EmptyInterface();
// A method a named struct type gets from an embedded field: the synthetic
// method object (receiver N or *N, linker name path.N.m), the method it
// calls and the embedded-field path to that method's receiver.
struct PromotedMethod {
  compile::Object* method;
  compile::Object* target;
  std::vector<int> path;
};
// The promoted methods MethodSet created since the last call (Generate
// builds their wrappers).
std::vector<PromotedMethod> TakePromotedMethods();
// Types declared inside functions get gc's vargen: the N-th local type
// declaration (aliases excluded) of the package in source order, function
// literals included. NumberLocalTypes numbers them before code is
// generated; LocalTypeSuffix(tn) is ".N" for local type name tn (gc's
// `main.T·N`: plan9 assembly reads '·' as '.'), "" for the others.
void NumberLocalTypes(const std::vector<compile::File*>& files);
std::string LocalTypeSuffix(const compile::Object* tn);
// Method m's signature without the receiver.
compile::Type* MethodFuncType(compile::Object* m);

}  // namespace gocc::ssagen

#endif  // GOCC_COMPILE_SSAGEN_GOTYPES_H_
