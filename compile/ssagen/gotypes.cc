// Go type facts for the back end (gotypes.h).
#include "compile/ssagen/gotypes.h"

#include <map>
#include <memory>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::Type;
using compile::TypeKind;

namespace {

std::vector<std::unique_ptr<Type>>& Owned() {
  static auto* v = new std::vector<std::unique_ptr<Type>>;
  return *v;
}

Type* Own(Type* t) {
  Owned().emplace_back(t);
  return t;
}

int64_t AlignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

}  // namespace

Type* BasicType(BasicKind k) {
  static std::map<BasicKind, Type*> cache;
  auto it = cache.find(k);
  if (it != cache.end()) return it->second;
  Type* t = Own(new Type{});
  t->kind = TypeKind::Basic;
  t->basic = k;
  cache[k] = t;
  return t;
}

Type* SliceOf(Type* elem) {
  static std::map<Type*, Type*> cache;
  Type*& t = cache[elem];
  if (!t) {
    t = Own(new Type{});
    t->kind = TypeKind::Slice;
    t->elem = elem;
  }
  return t;
}

Type* PointerTo(Type* elem) {
  static std::map<Type*, Type*> cache;
  Type*& t = cache[elem];
  if (!t) {
    t = Own(new Type{});
    t->kind = TypeKind::Pointer;
    t->elem = elem;
  }
  return t;
}

Type* ArrayOf(Type* elem, int64_t n) {
  static std::map<std::pair<Type*, int64_t>, Type*> cache;
  Type*& t = cache[{elem, n}];
  if (!t) {
    t = Own(new Type{});
    t->kind = TypeKind::Array;
    t->elem = elem;
    t->len = n;
  }
  return t;
}

Type* Concrete(Type* t) {
  if (!t || t->kind != TypeKind::Basic) return t;
  switch (t->basic) {
    case BasicKind::UntypedBool: return BasicType(BasicKind::Bool);
    case BasicKind::UntypedInt: return BasicType(BasicKind::Int);
    case BasicKind::UntypedRune: return BasicType(BasicKind::Int32);
    case BasicKind::UntypedFloat: return BasicType(BasicKind::Float64);
    case BasicKind::UntypedComplex: return BasicType(BasicKind::Complex128);
    case BasicKind::UntypedString: return BasicType(BasicKind::String);
    case BasicKind::UntypedNil: return BasicType(BasicKind::UnsafePointer);
    default: return t;
  }
}

bool IsSSAType(Type* t) {
  Type* u = compile::Under(Concrete(t));
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic:
      return u->basic != BasicKind::String && u->basic != BasicKind::Complex64 &&
             u->basic != BasicKind::Complex128 && u->basic != BasicKind::Invalid;
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Func:
      return true;
    default:
      return false;
  }
}

const ssa::Type* SSAType(Type* t) {
  Type* u = compile::Under(Concrete(t));
  if (u->kind != TypeKind::Basic) return &ssa::types::kPtr;
  switch (u->basic) {
    case BasicKind::Bool: return &ssa::types::kBool;
    case BasicKind::Int8: return &ssa::types::kInt8;
    case BasicKind::Int16: return &ssa::types::kInt16;
    case BasicKind::Int32: return &ssa::types::kInt32;
    case BasicKind::Int: case BasicKind::Int64: return &ssa::types::kInt64;
    case BasicKind::Uint8: return &ssa::types::kUint8;
    case BasicKind::Uint16: return &ssa::types::kUint16;
    case BasicKind::Uint32: return &ssa::types::kUint32;
    case BasicKind::Uint: case BasicKind::Uint64: return &ssa::types::kUint64;
    case BasicKind::Uintptr: return &ssa::types::kUintptr;
    case BasicKind::Float32: return &ssa::types::kFloat32;
    case BasicKind::Float64: return &ssa::types::kFloat64;
    default: return &ssa::types::kPtr;
  }
}

int64_t Size(Type* t) { return compile::Sizeof(Concrete(t)); }
int64_t Align(Type* t) { return compile::Alignof(Concrete(t)); }

static BasicKind BK(Type* t) {
  Type* u = compile::Under(Concrete(t));
  return u && u->kind == TypeKind::Basic ? u->basic : BasicKind::Invalid;
}

bool IsSigned(Type* t) {
  switch (BK(t)) {
    case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16:
    case BasicKind::Int32: case BasicKind::Int64:
      return true;
    default:
      return false;
  }
}
bool IsUnsignedInt(Type* t) {
  switch (BK(t)) {
    case BasicKind::Uint: case BasicKind::Uint8: case BasicKind::Uint16:
    case BasicKind::Uint32: case BasicKind::Uint64: case BasicKind::Uintptr:
      return true;
    default:
      return false;
  }
}
bool IsFloatType(Type* t) {
  return BK(t) == BasicKind::Float32 || BK(t) == BasicKind::Float64;
}
bool IsStringType(Type* t) { return BK(t) == BasicKind::String; }
static TypeKind UK(Type* t) {
  Type* u = compile::Under(Concrete(t));
  return u ? u->kind : TypeKind::Basic;
}
bool IsSliceType(Type* t) { return UK(t) == TypeKind::Slice; }
bool IsArrayType(Type* t) { return UK(t) == TypeKind::Array; }
bool IsStructType(Type* t) { return UK(t) == TypeKind::Struct; }
bool IsPtrType(Type* t) { return UK(t) == TypeKind::Pointer; }

bool IsUnsupported(Type* t, std::string* what) {
  Type* u = compile::Under(Concrete(t));
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Chan: *what = "channels"; return true;
    default:
      return false;
  }
}

FrameLayout LayoutTypes(const std::vector<Type*>& params,
                        const std::vector<Type*>& results) {
  FrameLayout l;
  int64_t off = 0;
  for (Type* t : params) {
    off = AlignUp(off, Align(t));
    l.params.push_back(off);
    off += Size(t);
  }
  off = AlignUp(off, 8);
  for (Type* t : results) {
    off = AlignUp(off, Align(t));
    l.results.push_back(off);
    off += Size(t);
  }
  l.size = AlignUp(off, 8);
  return l;
}

FrameLayout LayoutSignature(Type* sig) {
  std::vector<Type*> ps, rs;
  if (sig->recv) ps.push_back(sig->recv->type);
  if (sig->params)
    for (compile::Object* o : sig->params->fields) ps.push_back(o->type);
  if (sig->results)
    for (compile::Object* o : sig->results->fields) rs.push_back(o->type);
  return LayoutTypes(ps, rs);
}

void PointerWords(Type* t, int64_t off, std::vector<bool>* words) {
  Type* u = compile::Under(Concrete(t));
  auto mark = [&](int64_t o) {
    size_t w = static_cast<size_t>(o / 8);
    if (words->size() <= w) words->resize(w + 1, false);
    (*words)[w] = true;
  };
  switch (u->kind) {
    case TypeKind::Basic:
      if (u->basic == BasicKind::String || u->basic == BasicKind::UnsafePointer) mark(off);
      return;
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Func:
    case TypeKind::Slice:
      mark(off);
      return;
    case TypeKind::Interface:
      mark(off);
      mark(off + 8);
      return;
    case TypeKind::Array: {
      if (!HasPointers(u->elem)) return;
      int64_t es = Size(u->elem);
      for (int64_t i = 0; i < u->len; i++) PointerWords(u->elem, off + i * es, words);
      return;
    }
    case TypeKind::Struct:
      for (size_t i = 0; i < u->fields.size(); i++)
        PointerWords(u->fields[i]->type, off + compile::Offsetof(u, static_cast<int>(i)), words);
      return;
    default:
      return;
  }
}

bool HasPointers(Type* t) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Basic:
      return u->basic == BasicKind::String || u->basic == BasicKind::UnsafePointer;
    case TypeKind::Array:
      return u->len > 0 && HasPointers(u->elem);
    case TypeKind::Struct:
      for (compile::Object* f : u->fields)
        if (HasPointers(f->type)) return true;
      return false;
    default:
      return true;
  }
}

int KindOf(Type* t) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->basic) {
        case BasicKind::Bool: return 1;
        case BasicKind::Int: return 2;
        case BasicKind::Int8: return 3;
        case BasicKind::Int16: return 4;
        case BasicKind::Int32: return 5;
        case BasicKind::Int64: return 6;
        case BasicKind::Uint: return 7;
        case BasicKind::Uint8: return 8;
        case BasicKind::Uint16: return 9;
        case BasicKind::Uint32: return 10;
        case BasicKind::Uint64: return 11;
        case BasicKind::Uintptr: return 12;
        case BasicKind::Float32: return 13;
        case BasicKind::Float64: return 14;
        case BasicKind::Complex64: return 15;
        case BasicKind::Complex128: return 16;
        case BasicKind::String: return 24;
        case BasicKind::UnsafePointer: return 26;
        default: return 0;
      }
    case TypeKind::Array: return 17;
    case TypeKind::Chan: return 18;
    case TypeKind::Func: return 19;
    case TypeKind::Interface: return 20;
    case TypeKind::Map: return 21;
    case TypeKind::Pointer: return 22;
    case TypeKind::Slice: return 23;
    case TypeKind::Struct: return 25;
    default: return 0;
  }
}

}  // namespace gocc::ssagen
