// Types: universe, predicates, identity, amd64 layout and printing (see
// types.h).
#include "compile/types.h"

#include <algorithm>

namespace gocc::compile {

bool Object::exported() const {
  if (name.empty()) return false;
  unsigned char c = name[0];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int n;
  int32_t r = DecodeRune(reinterpret_cast<const unsigned char*>(name.data()),
                         reinterpret_cast<const unsigned char*>(name.data()) + name.size(), &n);
  // Unicode upper case: approximate with "letter that is not lower case"
  // for the common ranges (Latin-1, Greek, Cyrillic).
  if ((r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) ||
      (r >= 0x410 && r <= 0x42F))
    return true;
  return false;
}

Universe* MakeUniverse(Arena* arena) {
  Universe* u = arena->New<Universe>();
  u->scope = arena->New<Scope>();
  struct B { BasicKind k; const char* name; };
  static const B kBasics[] = {
      {BasicKind::Invalid, "invalid type"}, {BasicKind::Bool, "bool"}, {BasicKind::Int, "int"},
      {BasicKind::Int8, "int8"}, {BasicKind::Int16, "int16"}, {BasicKind::Int32, "int32"},
      {BasicKind::Int64, "int64"}, {BasicKind::Uint, "uint"}, {BasicKind::Uint8, "uint8"},
      {BasicKind::Uint16, "uint16"}, {BasicKind::Uint32, "uint32"},
      {BasicKind::Uint64, "uint64"}, {BasicKind::Uintptr, "uintptr"},
      {BasicKind::Float32, "float32"}, {BasicKind::Float64, "float64"},
      {BasicKind::Complex64, "complex64"}, {BasicKind::Complex128, "complex128"},
      {BasicKind::String, "string"}, {BasicKind::UnsafePointer, "Pointer"},
      {BasicKind::UntypedBool, "untyped bool"}, {BasicKind::UntypedInt, "untyped int"},
      {BasicKind::UntypedRune, "untyped rune"}, {BasicKind::UntypedFloat, "untyped float"},
      {BasicKind::UntypedComplex, "untyped complex"},
      {BasicKind::UntypedString, "untyped string"}, {BasicKind::UntypedNil, "untyped nil"},
  };
  for (const B& b : kBasics) {
    Type* t = arena->New<Type>();
    t->kind = TypeKind::Basic;
    t->basic = b.k;
    t->basic_name = b.name;
    u->types[static_cast<int>(b.k)] = t;
    if (b.k >= BasicKind::Bool && b.k <= BasicKind::String) {
      Object* o = arena->New<Object>();
      o->kind = ObjKind::TypeName;
      o->name = b.name;
      o->type = t;
      u->scope->Insert(o);
    }
  }
  auto alias = [&](const char* name, Type* t) {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::TypeName;
    o->name = name;
    o->type = t;
    o->is_alias = true;
    u->scope->Insert(o);
  };
  // byte and rune are distinct Type objects of kind uint8 and int32, so
  // messages print the name the source used, as gc does; Identical
  // compares basic kinds.
  auto basic_alias = [&](BasicKind k, const char* name) {
    Type* t = arena->New<Type>();
    t->kind = TypeKind::Basic;
    t->basic = k;
    t->basic_name = name;
    return t;
  };
  u->byte_type = basic_alias(BasicKind::Uint8, "byte");
  u->rune_type = basic_alias(BasicKind::Int32, "rune");
  alias("byte", u->byte_type);
  alias("rune", u->rune_type);
  // any = interface{}
  Type* any = arena->New<Type>();
  any->kind = TypeKind::Interface;
  any->complete = true;
  u->any_type = any;
  alias("any", any);
  // type error interface { Error() string }
  {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::TypeName;
    o->name = "error";
    Type* named = arena->New<Type>();
    named->kind = TypeKind::Named;
    named->obj = o;
    o->type = named;
    Type* iface = arena->New<Type>();
    iface->kind = TypeKind::Interface;
    Object* m = arena->New<Object>();
    m->kind = ObjKind::Func;
    m->name = "Error";
    Type* sig = arena->New<Type>();
    sig->kind = TypeKind::Func;
    sig->params = arena->New<Type>();
    sig->params->kind = TypeKind::Tuple;
    sig->results = arena->New<Type>();
    sig->results->kind = TypeKind::Tuple;
    Object* r = arena->New<Object>();
    r->kind = ObjKind::Var;
    r->type = u->Basic(BasicKind::String);
    sig->results->fields.push_back(r);
    m->type = sig;
    iface->methods.push_back(m);
    iface->all_methods.push_back(m);
    iface->complete = true;
    named->underlying = iface;
    u->error_type = named;
    u->scope->Insert(o);
  }
  {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::TypeName;
    o->name = "comparable";
    Type* named = arena->New<Type>();
    named->kind = TypeKind::Named;
    named->obj = o;
    Type* iface = arena->New<Type>();
    iface->kind = TypeKind::Interface;
    iface->complete = true;
    named->underlying = iface;
    o->type = named;
    u->comparable_type = named;
    u->scope->Insert(o);
  }
  auto cnst = [&](const char* name, BasicKind k, Value v) {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::Const;
    o->name = name;
    o->type = u->Basic(k);
    o->val = v;
    u->scope->Insert(o);
  };
  cnst("true", BasicKind::UntypedBool, Value::MakeBool(true));
  cnst("false", BasicKind::UntypedBool, Value::MakeBool(false));
  cnst("iota", BasicKind::UntypedInt, Value::MakeInt64(0));
  {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::Nil;
    o->name = "nil";
    o->type = u->Basic(BasicKind::UntypedNil);
    u->scope->Insert(o);
  }
  static const char* const kBuiltins[] = {
      "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new",
      "panic", "print", "println", "real", "recover"};
  for (int i = 0; i <= kRecover; i++) {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::Builtin;
    o->name = kBuiltins[i];
    o->builtin = i;
    o->type = u->Basic(BasicKind::Invalid);
    u->scope->Insert(o);
  }
  // package unsafe
  Package* unsafe = arena->New<Package>();
  unsafe->path = "unsafe";
  unsafe->name = "unsafe";
  unsafe->scope = arena->New<Scope>();
  {
    Object* o = arena->New<Object>();
    o->kind = ObjKind::TypeName;
    o->name = "Pointer";
    o->pkg = unsafe;
    o->type = u->Basic(BasicKind::UnsafePointer);
    unsafe->scope->Insert(o);
    static const char* const kUnsafe[] = {"Add", "Alignof", "Offsetof", "Sizeof", "Slice"};
    for (int i = kAdd; i <= kSlice; i++) {
      Object* b = arena->New<Object>();
      b->kind = ObjKind::Builtin;
      b->name = kUnsafe[i - kAdd];
      b->builtin = i;
      b->pkg = unsafe;
      b->type = u->Basic(BasicKind::Invalid);
      unsafe->scope->Insert(b);
    }
  }
  u->unsafe_pkg = unsafe;
  return u;
}

Type* Under(Type* t) {
  int guard = 0;
  while (t && t->kind == TypeKind::Named && guard++ < 100) t = t->underlying;
  return t;
}

bool IsNamed(Type* t) { return t && (t->kind == TypeKind::Named || t->kind == TypeKind::Basic); }
bool IsBasic(Type* t, BasicKind k) {
  t = Under(t);
  return t && t->kind == TypeKind::Basic && t->basic == k;
}
static BasicKind BK(Type* t) {
  t = Under(t);
  return t && t->kind == TypeKind::Basic ? t->basic : BasicKind::Invalid;
}
static bool IsBasicType(Type* t) {
  t = Under(t);
  return t && t->kind == TypeKind::Basic;
}
bool IsInvalid(Type* t) { return !t || (t->kind == TypeKind::Basic && t->basic == BasicKind::Invalid) || !Under(t); }
bool IsUntyped(Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic >= BasicKind::UntypedBool;
}
bool IsTyped(Type* t) { return !IsUntyped(t); }
bool IsBoolean(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && (k == BasicKind::Bool || k == BasicKind::UntypedBool);
}
bool IsInteger(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && ((k >= BasicKind::Int && k <= BasicKind::Uintptr) ||
                            k == BasicKind::UntypedInt || k == BasicKind::UntypedRune);
}
bool IsUnsigned(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && k >= BasicKind::Uint && k <= BasicKind::Uintptr;
}
bool IsFloat(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && (k == BasicKind::Float32 || k == BasicKind::Float64 ||
                            k == BasicKind::UntypedFloat);
}
bool IsComplex(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && (k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
                            k == BasicKind::UntypedComplex);
}
bool IsNumeric(Type* t) { return IsInteger(t) || IsFloat(t) || IsComplex(t); }
bool IsString(Type* t) {
  BasicKind k = BK(t);
  return IsBasicType(t) && (k == BasicKind::String || k == BasicKind::UntypedString);
}
bool IsConstType(Type* t) { return IsBoolean(t) || IsNumeric(t) || IsString(t); }
bool IsInterface(Type* t) {
  t = Under(t);
  return t && t->kind == TypeKind::Interface;
}
bool IsPointer(Type* t) {
  t = Under(t);
  return t && t->kind == TypeKind::Pointer;
}

bool Comparable(Type* t0) {
  Type* t = Under(t0);
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Basic: return t->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (Object* f : t->fields)
        if (!Comparable(f->type)) return false;
      return true;
    case TypeKind::Array: return Comparable(t->elem);
    default: return false;
  }
}

bool HasNil(Type* t0) {
  Type* t = Under(t0);
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Basic: return t->basic == BasicKind::UnsafePointer;
    case TypeKind::Slice: case TypeKind::Pointer: case TypeKind::Func: case TypeKind::Interface:
    case TypeKind::Map: case TypeKind::Chan:
      return true;
    default: return false;
  }
}

static bool Ident(Type* a, Type* b, bool tags, int depth) {
  if (a == b) return true;
  if (!a || !b || depth > 64) return false;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic: return a->basic == b->basic;  // byte == uint8, rune == int32
    case TypeKind::Named: return false;
    case TypeKind::Array:
      return a->len == b->len && Ident(a->elem, b->elem, tags, depth + 1);
    case TypeKind::Slice: case TypeKind::Pointer:
      return Ident(a->elem, b->elem, tags, depth + 1);
    case TypeKind::Map:
      return Ident(a->key, b->key, tags, depth + 1) && Ident(a->elem, b->elem, tags, depth + 1);
    case TypeKind::Chan:
      return a->dir == b->dir && Ident(a->elem, b->elem, tags, depth + 1);
    case TypeKind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        Object* f = a->fields[i];
        Object* g = b->fields[i];
        if (f->embedded != g->embedded || f->name != g->name) return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (tags && a->tags[i] != b->tags[i]) return false;
        if (!Ident(f->type, g->type, tags, depth + 1)) return false;
      }
      return true;
    case TypeKind::Tuple:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++)
        if (!Ident(a->fields[i]->type, b->fields[i]->type, tags, depth + 1)) return false;
      return true;
    case TypeKind::Func:
      return a->variadic == b->variadic && Ident(a->params, b->params, tags, depth + 1) &&
             Ident(a->results, b->results, tags, depth + 1);
    case TypeKind::Interface: {
      if (a->all_methods.size() != b->all_methods.size()) return false;
      for (size_t i = 0; i < a->all_methods.size(); i++) {
        Object* f = a->all_methods[i];
        Object* g = b->all_methods[i];
        if (f->name != g->name) return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (!Ident(f->type, g->type, tags, depth + 1)) return false;
      }
      return true;
    }
  }
  return false;
}

bool Identical(Type* a, Type* b) { return Ident(a, b, true, 0); }
bool IdenticalIgnoreTags(Type* a, Type* b) { return Ident(a, b, false, 0); }

Type* DefaultType(Universe* u, Type* t) {
  if (!t || t->kind != TypeKind::Basic) return t;
  switch (t->basic) {
    case BasicKind::UntypedBool: return u->Basic(BasicKind::Bool);
    case BasicKind::UntypedInt: return u->Basic(BasicKind::Int);
    case BasicKind::UntypedRune: return u->rune_type;
    case BasicKind::UntypedFloat: return u->Basic(BasicKind::Float64);
    case BasicKind::UntypedComplex: return u->Basic(BasicKind::Complex128);
    case BasicKind::UntypedString: return u->Basic(BasicKind::String);
    default: return t;
  }
}

static void Layout(Type* t, int depth);

int64_t Sizeof(Type* t) {
  Layout(t, 0);
  return t->size;
}
int64_t Alignof(Type* t) {
  Layout(t, 0);
  return t->align;
}
int64_t Offsetof(Type* st, int field) {
  Type* u = Under(st);
  Layout(u, 0);
  return field < static_cast<int>(u->offsets.size()) ? u->offsets[field] : 0;
}

static void Layout(Type* t, int depth) {
  if (!t || t->size >= 0) return;
  if (depth > 200) {
    t->size = 0;
    t->align = 1;
    return;
  }
  int64_t size = 8, align = 8;
  switch (t->kind) {
    case TypeKind::Named:
      Layout(t->underlying, depth + 1);
      if (t->underlying) {
        size = t->underlying->size;
        align = t->underlying->align;
      }
      break;
    case TypeKind::Basic:
      switch (t->basic) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: size = align = 1; break;
        case BasicKind::Int16: case BasicKind::Uint16: size = align = 2; break;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: size = align = 4; break;
        case BasicKind::Complex64: size = 8; align = 4; break;
        case BasicKind::Complex128: size = 16; align = 8; break;
        case BasicKind::String: size = 16; break;
        default: break;
      }
      break;
    case TypeKind::Slice: size = 24; break;
    case TypeKind::Interface: size = 16; break;
    case TypeKind::Array: {
      Layout(t->elem, depth + 1);
      int64_t es = t->elem ? t->elem->size : 0;
      size = t->len > 0 ? es * t->len : 0;
      align = t->elem ? t->elem->align : 1;
      break;
    }
    case TypeKind::Struct: {
      int64_t off = 0;
      align = 1;
      t->offsets.clear();
      for (Object* f : t->fields) {
        Layout(f->type, depth + 1);
        int64_t a = f->type ? f->type->align : 1;
        if (a < 1) a = 1;
        off = (off + a - 1) / a * a;
        t->offsets.push_back(off);
        off += f->type ? f->type->size : 0;
        if (a > align) align = a;
      }
      // A trailing zero-size field gets one byte so &last is in bounds.
      if (!t->fields.empty() && off > 0 && t->fields.back()->type &&
          t->fields.back()->type->size == 0)
        off++;
      size = (off + align - 1) / align * align;
      break;
    }
    case TypeKind::Tuple: size = 0; break;
    default: break;
  }
  t->size = size;
  t->align = align;
}

static void Write(std::string* out, Type* t, const Package* self, int depth);

static void WriteTuple(std::string* out, Type* tup, bool variadic, const Package* self,
                       int depth) {
  *out += "(";
  if (tup) {
    for (size_t i = 0; i < tup->fields.size(); i++) {
      if (i) *out += ", ";
      Object* v = tup->fields[i];
      if (!v->name.empty()) *out += v->name + " ";
      if (variadic && i + 1 == tup->fields.size() && v->type && v->type->kind == TypeKind::Slice) {
        *out += "...";
        Write(out, v->type->elem, self, depth + 1);
      } else {
        Write(out, v->type, self, depth + 1);
      }
    }
  }
  *out += ")";
}

static void WriteSig(std::string* out, Type* t, const Package* self, int depth) {
  WriteTuple(out, t->params, t->variadic, self, depth);
  if (!t->results || t->results->fields.empty()) return;
  *out += " ";
  if (t->results->fields.size() == 1 && t->results->fields[0]->name.empty()) {
    Write(out, t->results->fields[0]->type, self, depth + 1);
    return;
  }
  WriteTuple(out, t->results, false, self, depth);
}

static void Write(std::string* out, Type* t, const Package* self, int depth) {
  if (!t) {
    *out += "invalid type";
    return;
  }
  if (depth > 50) {
    *out += "…";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic:
      if (t->basic == BasicKind::UnsafePointer) *out += "unsafe.Pointer";
      else *out += t->basic_name;
      return;
    case TypeKind::Named:
      if (t->obj->pkg && t->obj->pkg != self) *out += t->obj->pkg->name + ".";
      *out += t->obj->name;
      return;
    case TypeKind::Array:
      *out += "[" + std::to_string(t->len) + "]";
      Write(out, t->elem, self, depth + 1);
      return;
    case TypeKind::Slice:
      *out += "[]";
      Write(out, t->elem, self, depth + 1);
      return;
    case TypeKind::Pointer:
      *out += "*";
      Write(out, t->elem, self, depth + 1);
      return;
    case TypeKind::Map:
      *out += "map[";
      Write(out, t->key, self, depth + 1);
      *out += "]";
      Write(out, t->elem, self, depth + 1);
      return;
    case TypeKind::Chan: {
      bool paren = false;
      if (t->dir == ChanDir::Recv) *out += "<-chan ";
      else if (t->dir == ChanDir::Send) *out += "chan<- ";
      else {
        *out += "chan ";
        paren = t->elem && t->elem->kind == TypeKind::Chan && t->elem->dir == ChanDir::Recv;
      }
      if (paren) *out += "(";
      Write(out, t->elem, self, depth + 1);
      if (paren) *out += ")";
      return;
    }
    case TypeKind::Struct:
      *out += "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) *out += "; ";
        Object* f = t->fields[i];
        if (!f->embedded) *out += f->name + " ";
        Write(out, f->type, self, depth + 1);
        if (i < t->tags.size() && !t->tags[i].empty()) *out += " " + QuoteString(t->tags[i]);
      }
      *out += "}";
      return;
    case TypeKind::Func:
      *out += "func";
      WriteSig(out, t, self, depth);
      return;
    case TypeKind::Interface: {
      *out += "interface{";
      bool first = true;
      for (Type* e : t->embeddeds) {
        if (!first) *out += "; ";
        first = false;
        Write(out, e, self, depth + 1);
      }
      for (Object* m : t->methods) {
        if (!first) *out += "; ";
        first = false;
        *out += m->name;
        WriteSig(out, m->type, self, depth + 1);
      }
      *out += "}";
      return;
    }
    case TypeKind::Tuple:
      WriteTuple(out, t, false, self, depth);
      return;
  }
}

std::string TypeString(Type* t, const Package* self) {
  std::string s;
  Write(&s, t, self, 0);
  return s;
}

}  // namespace gocc::compile
