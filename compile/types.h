// Types, objects and scopes of the type checker (phase 3). Types carry amd64
// sizes and alignments (Sizeof/Alignof/Offsetof and the back end use them).
// Named types are unique, so identity is pointer equality for them; basic
// types compare by kind (byte and rune are distinct objects that print as
// the source wrote them) and the rest structurally (Identical).
#ifndef GOCC_COMPILE_TYPES_H_
#define GOCC_COMPILE_TYPES_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compile/ast.h"
#include "compile/constant.h"

namespace gocc::compile {

enum class TypeKind : uint8_t { Basic, Array, Slice, Struct, Pointer, Func, Interface, Map, Chan, Named, Tuple };

enum class BasicKind : uint8_t {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
};

enum class ObjKind : uint8_t { Const, TypeName, Var, Func, PkgName, Builtin, Nil, Label };

struct Package;
struct Scope;
struct DeclInfo;

struct Object {
  ObjKind kind;
  std::string name;
  Pos pos;
  Type* type = nullptr;
  Package* pkg = nullptr;     // nil for universe objects
  Value val;                  // Const
  int builtin = -1;           // Builtin id
  bool used = false;
  bool is_field = false;      // struct field (Var)
  bool embedded = false;      // embedded field
  bool is_param = false;
  bool is_alias = false;      // TypeName declared with '='
  Package* imported = nullptr;  // PkgName
  DeclInfo* decl = nullptr;   // package-level declaration (lazy checking)
  int color = 0;              // 0 white, 1 grey (in progress), 2 black
  Scope* parent = nullptr;
  Expr* decl_expr = nullptr;  // Name node that declared it
  std::string linkname;       // //go:linkname's symbol (linkname.h), or empty
  bool exported() const;
};

struct Type {
  TypeKind kind;
  BasicKind basic = BasicKind::Invalid;
  std::string basic_name;
  int64_t len = 0;                 // Array (-1: unknown)
  Type* elem = nullptr;            // Array, Slice, Pointer, Map value, Chan
  Type* key = nullptr;             // Map
  ChanDir dir = ChanDir::Both;
  std::vector<Object*> fields;     // Struct fields, Tuple vars
  std::vector<std::string> tags;   // Struct tags
  // Func
  Object* recv = nullptr;
  Type* params = nullptr;          // Tuple
  Type* results = nullptr;         // Tuple
  bool variadic = false;
  // Interface
  std::vector<Object*> methods;    // explicit methods (Func objects)
  std::vector<Type*> embeddeds;
  std::vector<Object*> all_methods;  // complete method set, sorted by name
  bool complete = false;
  // Named
  Object* obj = nullptr;
  Type* underlying = nullptr;
  std::vector<Object*> named_methods;
  // Layout cache (amd64)
  int64_t size = -1;
  int64_t align = -1;
  std::vector<int64_t> offsets;  // Struct field offsets
};

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> names;
  bool is_func = false;
  bool is_pkg = false;
  std::vector<Object*> order;  // insertion order
  Object* Lookup(const std::string& name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
  Object* LookupParent(const std::string& name, Scope** where = nullptr) {
    for (Scope* s = this; s; s = s->parent) {
      if (Object* o = s->Lookup(name)) {
        if (where) *where = s;
        return o;
      }
    }
    return nullptr;
  }
  // Inserts obj; returns the existing object of that name, if any.
  Object* Insert(Object* obj) {
    auto [it, ok] = names.emplace(obj->name, obj);
    if (!ok) return it->second;
    order.push_back(obj);
    if (!obj->parent) obj->parent = this;
    return nullptr;
  }
};

struct Package {
  std::string path;
  std::string name;
  Scope* scope = nullptr;
  bool fake = false;  // missing import accepted with -fakeimports
  bool complete = true;
};

// The predeclared types and objects.
struct Universe {
  Scope* scope;
  Type* types[static_cast<int>(BasicKind::UntypedNil) + 1];
  Type* byte_type;  // alias of uint8: kind Uint8, printed "byte" (Identical to uint8)
  Type* rune_type;  // alias of int32: kind Int32, printed "rune"
  Type* error_type;
  Type* any_type;   // interface{}
  Type* comparable_type;
  Package* unsafe_pkg;
  Type* Basic(BasicKind k) const { return types[static_cast<int>(k)]; }
};

// Builtin function ids (universe and unsafe).
enum Builtin {
  kAppend, kCap, kClose, kComplex, kCopy, kDelete, kImag, kLen, kMake, kNew, kPanic,
  kPrint, kPrintln, kReal, kRecover,
  kAdd, kAlignof, kOffsetof, kSizeof, kSlice,
};

Universe* MakeUniverse(Arena* arena);

// Type predicates.
Type* Under(Type* t);
bool IsNamed(Type* t);  // named or basic (has a name)
bool IsBasic(Type* t, BasicKind k);
bool IsUntyped(Type* t);
bool IsTyped(Type* t);
bool IsBoolean(Type* t);
bool IsInteger(Type* t);
bool IsUnsigned(Type* t);
bool IsFloat(Type* t);
bool IsComplex(Type* t);
bool IsNumeric(Type* t);
bool IsString(Type* t);
bool IsConstType(Type* t);
bool IsInterface(Type* t);
bool IsPointer(Type* t);
bool IsInvalid(Type* t);
inline bool IsUntypedNil(Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil;
}
bool Comparable(Type* t);
bool HasNil(Type* t);
bool Identical(Type* a, Type* b);
bool IdenticalIgnoreTags(Type* a, Type* b);
// Default type of an untyped type.
Type* DefaultType(Universe* u, Type* t);

// amd64 layout.
int64_t Sizeof(Type* t);
int64_t Alignof(Type* t);
int64_t Offsetof(Type* st, int field);

// Formats t the way types2 does in gc's messages; types of package `self`
// are unqualified.
std::string TypeString(Type* t, const Package* self);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_TYPES_H_
