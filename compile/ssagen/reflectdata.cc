// Type descriptors, names and itabs in gc's Go 1.19 layout (the data half
// of interfaces; README.md "Type descriptors"). PackageState::TypeSym emits
// a type's runtime._type (48-byte header, the per-kind tail, the uncommon
// type and its method table) as DUPOK read-only data, and everything it
// refers to: element types, name data, the equality function value, the
// pointer bitmap. ItabSym emits a go.itab.T.I for a static conversion.
// The runtime (runtime/type.go, runtime/iface.go) reads all of it.
//
// Offsets that gc's linker resolves relative to a section (nameOff,
// typeOff, textOff) are written as `DATA x+off(SB)/4, $target(SB)`: our
// asm and link turn that into the offset of target from runtime.types (or
// runtime.text for functions), gc's R_ADDROFF.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "compile/ssa/emit.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::Type;
using compile::TypeKind;

namespace {

// tflag bits (runtime/type.go).
constexpr int kTflagUncommon = 1, kTflagExtraStar = 2, kTflagNamed = 4,
              kTflagRegularMemory = 8;
constexpr int kKindDirectIface = 32;

uint64_t Fnv64(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// One data symbol's DATA lines, written in offset order.
class DataWriter {
 public:
  explicit DataWriter(std::string linker_name) : sym_(TypeAsmSymbol(linker_name)) {}
  void Int(int64_t off, int width, uint64_t v) {
    if (v == 0) return;
    std::string val = width == 8 ? absl::StrCat(static_cast<int64_t>(v)) : absl::StrCat(v);
    lines_.push_back({off, absl::StrFormat("DATA %s+%d(SB)/%d, $%s\n", sym_, off, width, val)});
  }
  // An 8-byte address of target+add (a linker name).
  void Addr(int64_t off, const std::string& target, int64_t add = 0) {
    lines_.push_back({off, absl::StrFormat("DATA %s+%d(SB)/8, $%s+%d(SB)\n", sym_, off,
                                           TypeAsmSymbol(target), add)});
  }
  // A 4-byte offset of target from its section (nameOff/typeOff/textOff).
  void Off(int64_t off, const std::string& target, int64_t add = 0) {
    lines_.push_back({off, absl::StrFormat("DATA %s+%d(SB)/4, $%s+%d(SB)\n", sym_, off,
                                           TypeAsmSymbol(target), add)});
  }
  void Bytes(int64_t off, const std::string& b) {
    for (size_t i = 0; i < b.size(); i++)
      Int(off + static_cast<int64_t>(i), 1, static_cast<unsigned char>(b[i]));
  }
  std::string Finish(int64_t size, const std::string& flags) {
    std::stable_sort(lines_.begin(), lines_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& l : lines_) out += l.second;
    absl::StrAppendFormat(&out, "GLOBL %s(SB), %s, $%d\n", sym_, flags, std::max<int64_t>(size, 1));
    return out;
  }

 private:
  std::string sym_;
  std::vector<std::pair<int64_t, std::string>> lines_;
};

std::string Varint(uint64_t n) {
  std::string out;
  do {
    unsigned char c = n & 0x7f;
    n >>= 7;
    if (n) c |= 0x80;
    out += static_cast<char>(c);
  } while (n);
  return out;
}

bool Exported(const std::string& name) {
  if (name.empty()) return false;
  unsigned char c = name[0];
  return c >= 0x80 || (c >= 'A' && c <= 'Z');  // non-ASCII: approximate
}

std::string Mangle(Type* t);

std::string MangleName(Type* t) {
  std::string path = t->obj && t->obj->pkg ? t->obj->pkg->path + "." : std::string();
  return path + (t->obj ? t->obj->name + LocalTypeSuffix(t->obj) : "?");
}

std::map<const compile::Object*, int>& LocalTypeNumbers() {
  static auto* m = new std::map<const compile::Object*, int>;
  return *m;
}

void NumberTypesStmt(compile::Stmt* s, int* n);

void NumberTypesExpr(compile::Expr* e, int* n) {
  if (!e) return;
  if (e->kind == compile::ExprKind::FuncLit) {
    NumberTypesStmt(e->body, n);
    return;
  }
  NumberTypesExpr(e->x, n);
  NumberTypesExpr(e->y, n);
  NumberTypesExpr(e->z, n);
  NumberTypesExpr(e->w, n);
  for (compile::Expr* a : e->list) NumberTypesExpr(a, n);
}

void NumberTypesStmt(compile::Stmt* s, int* n) {
  if (!s) return;
  NumberTypesStmt(s->init, n);
  NumberTypesExpr(s->x, n);
  for (compile::Expr* e : s->lhs) NumberTypesExpr(e, n);
  for (compile::Expr* e : s->rhs) NumberTypesExpr(e, n);
  NumberTypesExpr(s->y, n);
  for (compile::Decl* d : s->decls) {
    if (d->kind == compile::DeclKind::Type && !d->alias && !d->names.empty() && d->names[0]->obj)
      LocalTypeNumbers()[d->names[0]->obj] = ++*n;
    for (compile::Expr* v : d->values) NumberTypesExpr(v, n);
  }
  NumberTypesStmt(s->post, n);
  NumberTypesStmt(s->then, n);
  NumberTypesStmt(s->els, n);
  for (compile::Stmt* c : s->list) NumberTypesStmt(c, n);
  for (compile::CaseClause* c : s->clauses) {
    for (compile::Expr* e : c->list) NumberTypesExpr(e, n);
    NumberTypesStmt(c->comm, n);
    for (compile::Stmt* b : c->body) NumberTypesStmt(b, n);
  }
}

}  // namespace

void NumberLocalTypes(const std::vector<compile::File*>& files) {
  int n = 0;
  for (compile::File* f : files) {
    for (compile::Decl* d : f->decls) {
      if (d->kind == compile::DeclKind::Func) NumberTypesStmt(d->body, &n);
      for (compile::Expr* v : d->values) NumberTypesExpr(v, &n);
    }
  }
}

std::string LocalTypeSuffix(const compile::Object* tn) {
  auto it = LocalTypeNumbers().find(tn);
  return it == LocalTypeNumbers().end() ? "" : absl::StrCat(".", it->second);
}

// The linker-name fragment of a type: gc's name for predeclared and named
// types; ".ptr.", ".slice.", ".arrayN." and ".chanN." prefixes (which no
// named type can start with) before the element, ".anon.<fnv64>" for the
// other composite types.
std::string TypeMangle(Type* t);
std::string TypeMangle(Type* t) { return Mangle(t); }

namespace {

std::string Mangle(Type* t) {
  t = Concrete(t);
  switch (t->kind) {
    case TypeKind::Basic:
      switch (t->basic) {
        case BasicKind::Bool: return "bool";
        case BasicKind::Int: return "int";
        case BasicKind::Int8: return "int8";
        case BasicKind::Int16: return "int16";
        case BasicKind::Int32: return "int32";
        case BasicKind::Int64: return "int64";
        case BasicKind::Uint: return "uint";
        case BasicKind::Uint8: return "uint8";
        case BasicKind::Uint16: return "uint16";
        case BasicKind::Uint32: return "uint32";
        case BasicKind::Uint64: return "uint64";
        case BasicKind::Uintptr: return "uintptr";
        case BasicKind::Float32: return "float32";
        case BasicKind::Float64: return "float64";
        case BasicKind::Complex64: return "complex64";
        case BasicKind::Complex128: return "complex128";
        case BasicKind::String: return "string";
        case BasicKind::UnsafePointer: return "unsafe.Pointer";
        default: return "invalid";
      }
    case TypeKind::Named: return MangleName(t);
    case TypeKind::Pointer: return ".ptr." + Mangle(t->elem);
    case TypeKind::Slice: return ".slice." + Mangle(t->elem);
    case TypeKind::Array: return absl::StrCat(".array", t->len, ".", Mangle(t->elem));
    default:
      return absl::StrFormat(".anon.%016x", Fnv64(LinkTypeString(t)));
  }
}

}  // namespace

std::string TypeAsmSymbol(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == '.') {
      out += "\xc2\xb7";
    } else if (c == '/') {
      out += "\xe2\x88\x95";
    } else {
      out += c;
    }
  }
  return out;
}

// ------------------------------------------------------------ type strings

namespace {

// The name a field or method shows: in link strings an unexported name is
// qualified by its package path, since struct { x int } (or interface
// { m() }) written in two packages are two types.
std::string FieldName(compile::Object* f, bool link) {
  if (!link || f->name.empty() || f->name == "_" || Exported(f->name) || !f->pkg)
    return f->name;
  return f->pkg->path + "." + f->name;
}

// The field name that embedding t gives (T for T and *T, the basic
// type's name). An embedded alias (type Int = int; struct { Int })
// renames the field: the link string writes "Int = int" then, as gc's.
std::string EmbeddedTypeName(Type* t) {
  if (t->kind == TypeKind::Pointer) t = t->elem;
  t = Concrete(t);
  if (t->kind == TypeKind::Named) return t->obj ? t->obj->name : "";
  return Mangle(t);
}

void TypeStr(Type* t, std::string* out, bool link);

void TupleStr(Type* tuple, bool variadic, std::string* out, bool link) {
  if (!tuple) return;
  for (size_t i = 0; i < tuple->fields.size(); i++) {
    if (i) *out += ", ";
    Type* pt = tuple->fields[i]->type;
    if (variadic && i + 1 == tuple->fields.size() && pt->kind == TypeKind::Slice) {
      *out += "...";
      TypeStr(pt->elem, out, link);
    } else {
      TypeStr(pt, out, link);
    }
  }
}

void SigStr(Type* f, std::string* out, bool link) {
  *out += "(";
  TupleStr(f->params, f->variadic, out, link);
  *out += ")";
  size_t n = f->results ? f->results->fields.size() : 0;
  if (n == 1) {
    *out += " ";
    TypeStr(f->results->fields[0]->type, out, link);
  } else if (n > 1) {
    *out += " (";
    TupleStr(f->results, false, out, link);
    *out += ")";
  }
}

void TypeStr(Type* t, std::string* out, bool link) {
  t = Concrete(t);
  switch (t->kind) {
    case TypeKind::Basic:
      *out += Mangle(t);
      return;
    case TypeKind::Named:
      if (t->obj && t->obj->pkg) *out += (link ? t->obj->pkg->path : t->obj->pkg->name) + ".";
      *out += t->obj ? t->obj->name : "?";
      if (link && t->obj) *out += LocalTypeSuffix(t->obj);  // local types differ
      return;
    case TypeKind::Pointer:
      *out += "*";
      TypeStr(t->elem, out, link);
      return;
    case TypeKind::Slice:
      *out += "[]";
      TypeStr(t->elem, out, link);
      return;
    case TypeKind::Array:
      absl::StrAppend(out, "[", t->len, "]");
      TypeStr(t->elem, out, link);
      return;
    case TypeKind::Map:
      *out += "map[";
      TypeStr(t->key, out, link);
      *out += "]";
      TypeStr(t->elem, out, link);
      return;
    case TypeKind::Chan: {
      Type* e = t->elem;
      bool paren = false;
      if (t->dir == compile::ChanDir::Recv) {
        *out += "<-chan ";
      } else if (t->dir == compile::ChanDir::Send) {
        *out += "chan<- ";
      } else {
        *out += "chan ";
        paren = e->kind == TypeKind::Chan && e->dir == compile::ChanDir::Recv;
      }
      if (paren) *out += "(";
      TypeStr(e, out, link);
      if (paren) *out += ")";
      return;
    }
    case TypeKind::Func:
      *out += "func";
      SigStr(t, out, link);
      return;
    case TypeKind::Interface: {
      const std::vector<compile::Object*>& ms = IfaceMethods(t);
      if (ms.empty()) {
        *out += "interface {}";
        return;
      }
      *out += "interface { ";
      for (size_t i = 0; i < ms.size(); i++) {
        if (i) *out += "; ";
        *out += FieldName(ms[i], link);
        SigStr(ms[i]->type, out, link);
      }
      *out += " }";
      return;
    }
    case TypeKind::Struct: {
      if (t->fields.empty()) {
        *out += "struct {}";
        return;
      }
      *out += "struct { ";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) *out += "; ";
        compile::Object* f = t->fields[i];
        if (!f->embedded) *out += FieldName(f, link) + " ";
        else if (link && f->name != EmbeddedTypeName(f->type)) *out += f->name + " = ";
        TypeStr(f->type, out, link);
        if (i < t->tags.size() && !t->tags[i].empty()) {
          *out += " \"";
          for (char c : t->tags[i]) {
            if (c == '"' || c == '\\') *out += '\\';
            *out += c;
          }
          *out += "\"";
        }
      }
      *out += " }";
      return;
    }
    default:
      *out += "?";
  }
}

}  // namespace

std::string RuntimeTypeString(Type* t) {
  std::string s;
  TypeStr(t, &s, false);
  return s;
}

std::string LinkTypeString(Type* t) {
  std::string s;
  TypeStr(t, &s, true);
  return s;
}

// ----------------------------------------------------------- type facts

bool IsDirectIface(Type* t) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Map: case TypeKind::Func:
      return true;
    case TypeKind::Basic:
      return u->basic == BasicKind::UnsafePointer;
    case TypeKind::Array:
      return u->len == 1 && IsDirectIface(u->elem);
    case TypeKind::Struct:
      return u->fields.size() == 1 && IsDirectIface(u->fields[0]->type);
    default:
      return false;
  }
}

namespace {

enum class Alg { kMem, kNoEq, kString, kInter, kNilInter, kF32, kF64, kC64, kC128, kSpecial };

// gc's algtype: how values of t compare.
Alg AlgOf(Type* t) {
  Type* u = compile::Under(Concrete(t));
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->basic) {
        case BasicKind::String: return Alg::kString;
        case BasicKind::Float32: return Alg::kF32;
        case BasicKind::Float64: return Alg::kF64;
        case BasicKind::Complex64: return Alg::kC64;
        case BasicKind::Complex128: return Alg::kC128;
        default: return Alg::kMem;
      }
    case TypeKind::Interface: return IfaceMethods(u).empty() ? Alg::kNilInter : Alg::kInter;
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Func: return Alg::kNoEq;
    case TypeKind::Array: {
      if (u->len == 0) return Alg::kMem;
      Alg a = AlgOf(u->elem);
      if (a == Alg::kNoEq) return a;
      if (a == Alg::kMem) return Alg::kMem;
      return u->len == 1 ? a : Alg::kSpecial;
    }
    case TypeKind::Struct: {
      bool mem = true;
      int64_t end = 0;
      for (size_t i = 0; i < u->fields.size(); i++) {
        compile::Object* f = u->fields[i];
        Alg a = AlgOf(f->type);
        if (a == Alg::kNoEq) return a;
        int64_t off = compile::Offsetof(u, static_cast<int>(i));
        if (a != Alg::kMem || f->name == "_" || off != end) mem = false;
        end = off + Size(f->type);
      }
      if (end != Size(u)) mem = false;
      if (mem) return Alg::kMem;
      if (u->fields.size() == 1) return AlgOf(u->fields[0]->type);
      return Alg::kSpecial;
    }
    default:
      return Alg::kMem;
  }
}

}  // namespace

// ------------------------------------------------------------- symbols

std::string PackageState::NameSym(const std::string& s, bool exported, const std::string& tag,
                                  const std::string& pkgpath) {
  std::string bytes;
  bytes += static_cast<char>((exported ? 1 : 0) | (tag.empty() ? 0 : 2) | (pkgpath.empty() ? 0 : 4));
  bytes += Varint(s.size()) + s;
  if (!tag.empty()) bytes += Varint(tag.size()) + tag;
  std::string name = absl::StrFormat("type..namedata.%016x", Fnv64(bytes + pkgpath));
  if (!data_syms_.count(name)) {
    std::string ip = pkgpath.empty() ? "" : ImportPathSym(pkgpath);
    DataWriter w(name);
    w.Bytes(0, bytes);
    int64_t size = static_cast<int64_t>(bytes.size());
    if (!ip.empty()) {
      w.Off(size, ip);  // nameOff of the package path
      size += 4;
    }
    data_syms_[name] = w.Finish(size, "DUPOK|RODATA|NOPTR");
  }
  return name;
}

std::string PackageState::ImportPathSym(const std::string& path) {
  std::string bytes = std::string(1, '\0') + Varint(path.size()) + path;
  std::string name = absl::StrFormat("type..importpath.%016x", Fnv64(path));
  if (!data_syms_.count(name)) {
    DataWriter w(name);
    w.Bytes(0, bytes);
    data_syms_[name] = w.Finish(static_cast<int64_t>(bytes.size()), "DUPOK|RODATA|NOPTR");
  }
  return name;
}

std::string PackageState::GCBitsSym(Type* t, int64_t* ptrdata) {
  std::vector<bool> words;
  PointerWords(t, 0, &words);
  *ptrdata = 0;
  for (size_t i = 0; i < words.size(); i++)
    if (words[i]) *ptrdata = static_cast<int64_t>(i + 1) * 8;
  if (*ptrdata == 0) return "";
  std::string bits((*ptrdata / 8 + 7) / 8, '\0');
  for (int64_t i = 0; i < *ptrdata / 8; i++)
    if (words[i]) bits[i / 8] = static_cast<char>(bits[i / 8] | (1 << (i % 8)));
  std::string hex;
  for (unsigned char c : bits) absl::StrAppendFormat(&hex, "%02x", c);
  // Past 2048 bytes gc describes the type by a GC program instead; the
  // bitmap's symbol is then named by a hash, not by megabytes of hex
  // digits repeated on every DATA line.
  std::string name = bits.size() <= 2048 ? "gcbits." + hex
                                         : absl::StrFormat("gcbits.big%016x", Fnv64(hex));
  if (!data_syms_.count(name)) {
    DataWriter w(name);
    w.Bytes(0, bits);
    data_syms_[name] = w.Finish(static_cast<int64_t>(bits.size()), "DUPOK|RODATA|NOPTR");
  }
  return name;
}

// The equality function value of t ("" for none).
std::string PackageState::EqualFuncSym(Type* t) {
  switch (AlgOf(t)) {
    case Alg::kNoEq: return "";
    case Alg::kString: return FuncValueSym("runtime.strequal");
    case Alg::kInter: return FuncValueSym("runtime.interequal");
    case Alg::kNilInter: return FuncValueSym("runtime.nilinterequal");
    case Alg::kF32: return FuncValueSym("runtime.f32equal");
    case Alg::kF64: return FuncValueSym("runtime.f64equal");
    case Alg::kC64: return FuncValueSym("runtime.c64equal");
    case Alg::kC128: return FuncValueSym("runtime.c128equal");
    case Alg::kMem:
      switch (Size(t)) {
        case 0: return FuncValueSym("runtime.memequal0");
        case 1: return FuncValueSym("runtime.memequal8");
        case 2: return FuncValueSym("runtime.memequal16");
        case 4: return FuncValueSym("runtime.memequal32");
        case 8: return FuncValueSym("runtime.memequal64");
        case 16: return FuncValueSym("runtime.memequal128");
        default: break;
      }
      // Other sizes: the runtime compares size bytes of a type with
      // tflagRegularMemory and no equal function (gc: a memequal_varlen
      // closure).
      return "";
    case Alg::kSpecial: {
      std::string fn = "type..eq." + Mangle(t);
      if (!eq_funcs_.count(fn)) {
        eq_funcs_.insert(fn);
        pending_eq_.push_back({fn, Concrete(t)});
      }
      return FuncValueSym(fn);
    }
  }
  return "";
}

namespace {

// A method of a type's method set, as the descriptor lists it.
struct MethodEntry {
  std::string name;
  compile::Object* fn;  // the declared method
  bool exported;
  std::string pkg;      // package path (unexported methods)
};

}  // namespace

namespace {

// Keyed by the type's mangled name: identical unnamed struct types may be
// different Type objects.
std::map<std::pair<std::string, std::string>, compile::Object*>& PromotedObjs() {
  static auto* m = new std::map<std::pair<std::string, std::string>, compile::Object*>;
  return *m;
}
std::map<compile::Object*, compile::Object*>& PromotedTargets() {
  static auto* m = new std::map<compile::Object*, compile::Object*>;
  return *m;
}

// The package path an unexported method name belongs to: its declaring
// package (a promoted method's target's).
std::string MethodPkgPath(compile::Object* m) {
  auto it = PromotedTargets().find(m);
  if (it != PromotedTargets().end()) m = it->second;
  return m->pkg ? m->pkg->path : "";
}

// gc's typePkg: the package of a named type (unsafe for unsafe.Pointer),
// or of the element of an unnamed pointer, slice, array or chan type; ""
// otherwise.
std::string TypePkgPath(Type* t) {
  t = Concrete(t);
  if (t->kind == TypeKind::Pointer || t->kind == TypeKind::Slice || t->kind == TypeKind::Array ||
      t->kind == TypeKind::Chan)
    t = Concrete(t->elem);
  if (t->kind == TypeKind::Named && t->obj && t->obj->pkg) return t->obj->pkg->path;
  if (t->kind == TypeKind::Basic && t->basic == compile::BasicKind::UnsafePointer) return "unsafe";
  return "";
}

std::vector<PromotedMethod>& NewPromoted() {
  static auto* v = new std::vector<PromotedMethod>;
  return *v;
}

// The methods a named struct type n gets from its embedded fields, as the
// spec's selector rule finds them: the shallowest depth wins, two at the
// same depth cancel, and n's own methods and fields hide deeper ones. Each
// is a synthetic method object of n (receiver n, or *n when the method
// needs an addressable receiver), whose wrapper `path.N.m` Generate builds.
std::vector<compile::Object*> Promoted(Type* n) {
  std::vector<compile::Object*> out;
  Type* su = compile::Under(n);
  if (su->kind != TypeKind::Struct) return out;
  struct Entry {
    Type* t;
    std::vector<int> path;
    bool indirect;
  };
  std::set<std::string> seen;
  for (compile::Object* m : n->named_methods) seen.insert(m->name);
  std::vector<Entry> level;
  for (size_t i = 0; i < su->fields.size(); i++) {
    seen.insert(su->fields[i]->name);
    if (su->fields[i]->embedded) level.push_back({su->fields[i]->type, {static_cast<int>(i)}, false});
  }
  for (int depth = 0; depth < 8 && !level.empty(); depth++) {
    struct Cand {
      int count = 0;
      compile::Object* target = nullptr;
      std::vector<int> path;
      bool needs_ptr = false;
    };
    std::map<std::string, Cand> cands;
    std::set<std::string> names;
    std::vector<Entry> next;
    for (const Entry& e : level) {
      Type* t = Concrete(e.t);
      bool indirect = e.indirect;
      if (t->kind == TypeKind::Pointer) {
        t = t->elem;
        indirect = true;
      }
      Type* u = compile::Under(t);
      auto add = [&](compile::Object* m, bool needs_ptr) {
        if (m->name == "_") return;
        Cand& c = cands[m->name];
        c.count++;
        c.target = m;
        c.path = e.path;
        c.needs_ptr = needs_ptr;
      };
      if (u->kind == TypeKind::Interface) {
        for (compile::Object* m : IfaceMethods(u)) add(m, false);
        continue;
      }
      if (t->kind == TypeKind::Named)
        for (compile::Object* m : t->named_methods) {
          if (!m->type || !m->type->recv) continue;
          bool ptr_recv = m->type->recv->type->kind == TypeKind::Pointer;
          add(m, ptr_recv && !indirect);
        }
      if (u->kind == TypeKind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          names.insert(u->fields[i]->name);
          if (!u->fields[i]->embedded) continue;
          std::vector<int> path = e.path;
          path.push_back(static_cast<int>(i));
          next.push_back({u->fields[i]->type, path, indirect});
        }
      }
    }
    for (auto& [name, c] : cands) {
      if (seen.count(name) || c.count != 1) continue;
      compile::Object*& o = PromotedObjs()[{Mangle(n), name}];
      if (!o) {
        o = new compile::Object{};
        o->kind = compile::ObjKind::Func;
        o->name = name;
        o->pkg = n->obj ? n->obj->pkg : nullptr;
        o->type = new Type(*c.target->type);
        auto* recv = new compile::Object{};
        recv->kind = compile::ObjKind::Var;
        recv->name = "recv";
        recv->type = c.needs_ptr ? static_cast<Type*>(PointerTo(n)) : n;
        o->type->recv = recv;
        NewPromoted().push_back({o, c.target, c.path});
        PromotedTargets()[o] = c.target;
      }
      out.push_back(o);
    }
    for (auto& [name, c] : cands) seen.insert(name);
    for (const std::string& f : names) seen.insert(f);
    level = std::move(next);
  }
  return out;
}

}  // namespace

std::vector<PromotedMethod> TakePromotedMethods() {
  std::vector<PromotedMethod> out;
  out.swap(NewPromoted());
  return out;
}

// Methods of named type n's method set for receiver type t (n or *n),
// sorted by name: declared methods and the promoted ones.
std::vector<compile::Object*> MethodSet(Type* t) {
  t = Concrete(t);
  bool ptr = t->kind == TypeKind::Pointer;
  Type* n = ptr ? Concrete(t->elem) : t;
  std::vector<compile::Object*> out;
  // Named types, and unnamed struct types with promoted methods.
  if (n->kind != TypeKind::Named && n->kind != TypeKind::Struct) return out;
  if (compile::Under(n)->kind == TypeKind::Interface) return out;
  std::vector<compile::Object*> all = n->named_methods;
  for (compile::Object* m : Promoted(n)) all.push_back(m);
  for (compile::Object* m : all) {
    if (!m->type || !m->type->recv || m->name == "_") continue;
    bool ptr_recv = m->type->recv->type->kind == TypeKind::Pointer;
    if (ptr_recv && !ptr) continue;
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(),
            [](compile::Object* a, compile::Object* b) { return a->name < b->name; });
  return out;
}

// The signature of method m without its receiver, as a func type.
Type* MethodFuncType(compile::Object* m) {
  static std::map<compile::Object*, Type*> cache;
  Type*& f = cache[m];
  if (!f) {
    f = new Type(*m->type);
    f->recv = nullptr;
  }
  return f;
}

std::string PackageState::MethodSym(compile::Object* m, Type* recv) {
  bool ptr_recv = m->type->recv->type->kind == TypeKind::Pointer;
  std::string sym = SymName(m);
  if (ptr_recv || !IsPtrType(recv)) return sym;
  // A value method called with a pointer receiver: gc's (*T).m wrapper.
  std::string w = sym + ".ptrwrap";
  if (!wrappers_.count(w)) {
    wrappers_.insert(w);
    pending_wrappers_.push_back({w, m, nullptr, ""});
  }
  return w;
}

std::string PackageState::TypeSym(Type* t) {
  t = Concrete(t);
  std::string name = "type." + Mangle(t);
  if (type_syms_.count(name)) return name;
  type_syms_[name] = "";  // recursion guard: filled in below
  Type* u = compile::Under(t);
  bool named = t->kind == TypeKind::Named || t->kind == TypeKind::Basic;
  std::vector<compile::Object*> methods;
  if (u->kind != TypeKind::Interface) methods = MethodSet(t);
  bool uncommon = named || !methods.empty();

  DataWriter w(name);
  int64_t ptrdata = 0;
  std::string gcbits = GCBitsSym(t, &ptrdata);
  w.Int(0, 8, static_cast<uint64_t>(Size(t)));
  w.Int(8, 8, static_cast<uint64_t>(ptrdata));
  std::string str = RuntimeTypeString(t);
  w.Int(16, 4, static_cast<uint32_t>(Fnv64(name)));
  Alg alg = AlgOf(t);
  int tflag = (uncommon ? kTflagUncommon : 0) | (named ? kTflagNamed : 0) |
              (alg == Alg::kMem ? kTflagRegularMemory : 0);
  std::string strname = str;
  if (str.empty() || str[0] != '*') {
    strname = "*" + str;
    tflag |= kTflagExtraStar;
  }
  w.Int(20, 1, static_cast<uint64_t>(tflag));
  w.Int(21, 1, static_cast<uint64_t>(Align(t)));
  w.Int(22, 1, static_cast<uint64_t>(Align(t)));
  w.Int(23, 1, static_cast<uint64_t>(KindOf(t) | (IsDirectIface(t) ? kKindDirectIface : 0)));
  std::string eq = EqualFuncSym(t);
  if (!eq.empty()) w.Addr(24, eq);
  if (!gcbits.empty()) w.Addr(32, gcbits);
  w.Off(40, NameSym(strname, false, ""));
  // ptrToThis (44) stays 0, as gc leaves it when *T has no descriptor.

  // The per-kind tail; `extra` is where the uncommon type goes, `trail`
  // the arrays that follow it (func params, struct fields, imethods).
  int64_t extra = 48;
  std::function<void(int64_t)> trail;  // writes the arrays at offset
  int64_t trail_size = 0;
  std::string pkgpath = t->kind == TypeKind::Named && t->obj && t->obj->pkg ? t->obj->pkg->path
                        : t->kind == TypeKind::Basic
                            ? (t->basic == compile::BasicKind::UnsafePointer ? "unsafe" : "")
                            : pkg_->path;
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Slice:
      w.Addr(48, TypeSym(u->elem));
      extra = 56;
      break;
    case TypeKind::Array:
      w.Addr(48, TypeSym(u->elem));
      w.Addr(56, TypeSym(SliceOf(u->elem)));
      w.Int(64, 8, static_cast<uint64_t>(u->len));
      extra = 72;
      break;
    case TypeKind::Chan: {
      w.Addr(48, TypeSym(u->elem));
      int dir = u->dir == compile::ChanDir::Recv ? 1 : u->dir == compile::ChanDir::Send ? 2 : 3;
      w.Int(56, 8, static_cast<uint64_t>(dir));
      extra = 64;
      break;
    }
    case TypeKind::Func: {
      std::vector<Type*> types;
      size_t nin = u->params ? u->params->fields.size() : 0;
      size_t nout = u->results ? u->results->fields.size() : 0;
      for (size_t i = 0; i < nin; i++) types.push_back(u->params->fields[i]->type);
      for (size_t i = 0; i < nout; i++) types.push_back(u->results->fields[i]->type);
      w.Int(48, 2, nin);
      w.Int(50, 2, nout | (u->variadic ? 0x8000 : 0));
      extra = 56;
      trail_size = static_cast<int64_t>(8 * types.size());
      trail = [this, &w, types](int64_t at) {
        for (size_t i = 0; i < types.size(); i++)
          w.Addr(at + 8 * static_cast<int64_t>(i), TypeSym(types[i]));
      };
      break;
    }
    case TypeKind::Map: {
      // The map type's key, elem, bucket, hasher (map.cc) and sizes
      // (runtime/type.go maptype).
      Type* key = u->key;
      Type* elem = u->elem;
      w.Addr(48, TypeSym(key));
      w.Addr(56, TypeSym(elem));
      Type* bucket = MapBucketType(key, elem);
      w.Addr(64, TypeSym(bucket));
      std::string hasher = MapHasherSym(key);
      if (!hasher.empty()) w.Addr(72, hasher);
      int64_t ks = Size(key), es = Size(elem);
      int flags = 0;
      if (ks > 128) {
        ks = 8;
        flags |= 1;
      }
      if (es > 128) {
        es = 8;
        flags |= 2;
      }
      Alg ka = AlgOf(key);
      if (ka != Alg::kF32 && ka != Alg::kF64 && ka != Alg::kC64 && ka != Alg::kC128 &&
          ka != Alg::kInter && ka != Alg::kNilInter && ka != Alg::kSpecial)
        flags |= 4;  // reflexive key
      if (ka != Alg::kMem) flags |= 8;  // need key update
      if (ka == Alg::kInter || ka == Alg::kNilInter || ka == Alg::kSpecial) flags |= 16;
      w.Int(80, 1, static_cast<uint64_t>(ks));
      w.Int(81, 1, static_cast<uint64_t>(es));
      w.Int(82, 2, static_cast<uint64_t>(Size(bucket)));
      w.Int(84, 4, static_cast<uint64_t>(flags));
      extra = 88;
      break;
    }
    case TypeKind::Interface: {
      const std::vector<compile::Object*>& ms = IfaceMethods(u);
      if (t->kind == TypeKind::Named) w.Addr(48, ImportPathSym(pkgpath));
      extra = 80;
      trail_size = static_cast<int64_t>(8 * ms.size());
      // Unexported names of another package than the interface's (all,
      // for an unnamed interface) carry their package path.
      std::string ipkg = t->kind == TypeKind::Named ? pkgpath : "";
      trail = [this, &w, ms, name, ipkg](int64_t at) {
        if (!ms.empty()) {
          w.Addr(56, name, at);
          w.Int(64, 8, ms.size());
          w.Int(72, 8, ms.size());
        }
        for (size_t i = 0; i < ms.size(); i++) {
          int64_t o = at + 8 * static_cast<int64_t>(i);
          std::string mp = ms[i]->exported() ? "" : MethodPkgPath(ms[i]);
          w.Off(o, NameSym(ms[i]->name, ms[i]->exported(), "", mp == ipkg ? "" : mp));
          w.Off(o + 4, TypeSym(MethodFuncType(ms[i])));
        }
      };
      break;
    }
    case TypeKind::Struct: {
      std::vector<compile::Object*> fs = u->fields;
      bool has_unexported = false;
      for (compile::Object* f : fs) has_unexported = has_unexported || !f->exported();
      if (has_unexported || t->kind == TypeKind::Named) w.Addr(48, ImportPathSym(pkgpath));
      extra = 80;
      trail_size = static_cast<int64_t>(24 * fs.size());
      trail = [this, &w, fs, u, name](int64_t at) {
        if (!fs.empty()) {
          w.Addr(56, name, at);
          w.Int(64, 8, fs.size());
          w.Int(72, 8, fs.size());
        }
        for (size_t i = 0; i < fs.size(); i++) {
          int64_t o = at + 24 * static_cast<int64_t>(i);
          std::string tag = i < u->tags.size() ? u->tags[i] : "";
          std::string fname = fs[i]->name;
          if (fs[i]->embedded) {
            Type* ft = Concrete(fs[i]->type);
            if (ft->kind == TypeKind::Pointer) ft = ft->elem;
            if (ft->obj) fname = ft->obj->name;
          }
          w.Addr(o, NameSym(fname, Exported(fname), tag));
          w.Addr(o + 8, TypeSym(fs[i]->type));
          int64_t off = compile::Offsetof(u, static_cast<int>(i));
          w.Int(o + 16, 8, static_cast<uint64_t>(off << 1 | (fs[i]->embedded ? 1 : 0)));
        }
      };
      break;
    }
    default:
      break;
  }
  int64_t size = extra;
  int64_t trail_at = extra + (uncommon ? 16 : 0);
  int64_t methods_at = trail_at + trail_size;
  std::string mpkg = TypePkgPath(t);
  if (uncommon) {
    if (!mpkg.empty()) w.Off(extra, ImportPathSym(mpkg));
    int xcount = 0;
    for (compile::Object* m : methods) xcount += m->exported() ? 1 : 0;
    w.Int(extra + 4, 2, methods.size());
    w.Int(extra + 6, 2, static_cast<uint64_t>(xcount));
    w.Int(extra + 8, 4, static_cast<uint64_t>(methods_at - extra));
  }
  if (trail) trail(trail_at);
  size = methods_at;
  for (compile::Object* m : methods) {
    std::string mp = m->exported() ? "" : MethodPkgPath(m);
    w.Off(size, NameSym(m->name, m->exported(), "", mp == mpkg ? "" : mp));
    w.Off(size + 4, TypeSym(MethodFuncType(m)));
    std::string ifn = MethodSym(m, IsDirectIface(t) ? t : PointerTo(t));
    std::string tfn = MethodSym(m, t);
    w.Off(size + 8, ifn);
    w.Off(size + 12, tfn);
    size += 16;
  }
  type_syms_[name] = w.Finish(size, "DUPOK|RODATA");
  return name;
}

// gc's map bucket: tophash [8]uint8, keys [8]K, elems [8]V, overflow
// pointer (uintptr when neither key nor elem has pointers), with keys or
// elems over 128 bytes stored indirectly.
Type* PackageState::MapBucketType(Type* key, Type* elem) {
  Type* k = Size(key) > 128 ? PointerTo(key) : key;
  Type* e = Size(elem) > 128 ? PointerTo(elem) : elem;
  auto field = [](const std::string& n, Type* ft) {
    auto* o = new compile::Object{};
    o->kind = compile::ObjKind::Var;
    o->name = n;
    o->type = ft;
    o->is_field = true;
    return o;
  };
  auto* b = new Type{};
  b->kind = TypeKind::Struct;
  b->fields.push_back(field("topbits", ArrayOf(BasicType(BasicKind::Uint8), 8)));
  b->fields.push_back(field("keys", ArrayOf(k, 8)));
  b->fields.push_back(field("elems", ArrayOf(e, 8)));
  bool ptrs = HasPointers(k) || HasPointers(e);
  b->fields.push_back(field("overflow", ptrs ? static_cast<Type*>(PointerTo(BasicType(BasicKind::UnsafePointer)))
                                             : BasicType(BasicKind::Uintptr)));
  return b;
}

std::string PackageState::ItabSym(Type* concrete, Type* iface) {
  concrete = Concrete(concrete);
  std::string name = "go.itab." + Mangle(concrete) + "." + Mangle(iface);
  if (type_syms_.count(name)) return name;
  type_syms_[name] = "";
  Type* iu = compile::Under(iface);
  const std::vector<compile::Object*>& ims = IfaceMethods(iu);
  std::vector<compile::Object*> ms = MethodSet(concrete);
  DataWriter w(name);
  w.Addr(0, TypeSym(iface));
  w.Addr(8, TypeSym(concrete));
  // hash: a copy of the concrete type's (runtime/iface.go reads it for type
  // switches).
  w.Int(16, 4, static_cast<uint32_t>(Fnv64("type." + Mangle(concrete))));
  for (size_t i = 0; i < ims.size(); i++) {
    compile::Object* found = nullptr;
    for (compile::Object* m : ms)
      if (m->name == ims[i]->name) found = m;
    if (!found) {
      Error(compile::Pos{}, "not implemented: promoted methods in interface conversions (" +
                                RuntimeTypeString(concrete) + "." + ims[i]->name + ")");
      return name;
    }
    std::string fn = MethodSym(found, IsDirectIface(concrete) ? concrete : PointerTo(concrete));
    w.Addr(24 + 8 * static_cast<int64_t>(i), fn);
  }
  type_syms_[name] = w.Finish(24 + 8 * std::max<int64_t>(1, static_cast<int64_t>(ims.size())),
                              "DUPOK|RODATA");
  return name;
}

}  // namespace gocc::ssagen
