// Export data writer and reader (see export.h; grammar in compile/README.md).
// The writer numbers every non-predeclared type reachable from the exported
// objects (named types first get their number, so recursive types end) and
// prints one line per type; the reader allocates all types of the table
// first and fills them in a second pass, so forward references are free.
#include "compile/export.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace gocc::compile {
namespace {

constexpr char kMagic[] = "gocc-export 1";

// Spaces inside names of basic types ("untyped int") become '_'.
std::string BasicRef(Type* t) {
  if (t->basic == BasicKind::UnsafePointer) return "unsafe.Pointer";
  std::string s = t->basic_name;
  std::replace(s.begin(), s.end(), ' ', '_');
  return s;
}

class Writer {
 public:
  explicit Writer(Package* pkg) : pkg_(pkg) { PkgIndex(pkg); }

  std::string Ref(Type* t) {
    if (!t) return "invalid_type";
    if (t->kind == TypeKind::Basic) return BasicRef(t);
    if (t->kind == TypeKind::Named && !t->obj->pkg) return t->obj->name;  // error, comparable
    auto it = ids_.find(t);
    if (it != ids_.end()) return std::to_string(it->second);
    int id = static_cast<int>(lines_.size());
    ids_[t] = id;
    lines_.emplace_back();
    std::string line = Define(t);
    lines_[id] = std::move(line);
    return std::to_string(id);
  }

  int PkgIndex(Package* p) {
    if (!p) return -1;
    for (size_t i = 0; i < pkgs_.size(); i++)
      if (pkgs_[i] == p) return static_cast<int>(i);
    pkgs_.push_back(p);
    return static_cast<int>(pkgs_.size()) - 1;
  }

  std::string Finish(const std::vector<std::string>& objs) {
    std::ostringstream out;
    out << kMagic << "\n";
    out << "packages " << pkgs_.size() << "\n";
    for (Package* p : pkgs_) out << p->name << " " << p->path << "\n";
    out << "types " << lines_.size() << "\n";
    for (const std::string& l : lines_) out << l << "\n";
    out << "objects " << objs.size() << "\n";
    for (const std::string& l : objs) out << l << "\n";
    return out.str();
  }

 private:
  static std::string Name(const std::string& n) { return n.empty() ? "-" : n; }

  std::string Tuple(Type* tup) {
    std::string s;
    size_t n = tup ? tup->fields.size() : 0;
    s += " " + std::to_string(n);
    for (size_t i = 0; i < n; i++) {
      Object* v = tup->fields[i];
      s += " " + Name(v->name) + " " + Ref(v->type);
    }
    return s;
  }

  std::string Sig(Type* t) {
    std::string s = "func ";
    s += t->variadic ? "1" : "0";
    s += Tuple(t->params);
    s += Tuple(t->results);
    return s;
  }

  std::string Define(Type* t) {
    switch (t->kind) {
      case TypeKind::Pointer: return "ptr " + Ref(t->elem);
      case TypeKind::Slice: return "slice " + Ref(t->elem);
      case TypeKind::Array: return "array " + std::to_string(t->len) + " " + Ref(t->elem);
      case TypeKind::Map: {
        std::string k = Ref(t->key);
        return "map " + k + " " + Ref(t->elem);
      }
      case TypeKind::Chan:
        return std::string("chan ") + (t->dir == ChanDir::Both ? "both" : t->dir == ChanDir::Send ? "send" : "recv") +
               " " + Ref(t->elem);
      case TypeKind::Func: return Sig(t);
      case TypeKind::Tuple: return "tuple" + Tuple(t);
      case TypeKind::Struct: {
        std::string s = "struct " + std::to_string(t->fields.size());
        for (size_t i = 0; i < t->fields.size(); i++) {
          Object* f = t->fields[i];
          s += " " + Name(f->name) + " " + std::to_string(PkgIndex(f->pkg)) + " " +
               (f->embedded ? "1" : "0") + " " + Ref(f->type) + " " +
               QuoteString(i < t->tags.size() ? t->tags[i] : "");
        }
        return s;
      }
      case TypeKind::Interface: {
        std::string s = "iface " + std::to_string(t->methods.size());
        for (Object* m : t->methods)
          s += " " + m->name + " " + std::to_string(PkgIndex(m->pkg)) + " " + Ref(m->type);
        s += " " + std::to_string(t->embeddeds.size());
        for (Type* e : t->embeddeds) s += " " + Ref(e);
        return s;
      }
      case TypeKind::Named: {
        std::string s = "named " + std::to_string(PkgIndex(t->obj->pkg)) + " " + t->obj->name;
        s += " " + Ref(t->underlying);
        s += " " + std::to_string(t->named_methods.size());
        for (Object* m : t->named_methods) {
          Type* sig = m->type;
          Object* r = sig && sig->kind == TypeKind::Func ? sig->recv : nullptr;
          bool ptr = r && r->type && r->type->kind == TypeKind::Pointer;
          // The signature without its receiver, as its own table entry.
          Type* bare = sig;
          if (sig && sig->kind == TypeKind::Func) {
            bare = &bare_.emplace_back(*sig);
            bare->recv = nullptr;
          }
          s += " " + m->name + " " + std::to_string(PkgIndex(m->pkg)) + " " +
               Name(r ? r->name : "") + " " + (ptr ? "1" : "0") + " " + Ref(bare);
        }
        return s;
      }
      case TypeKind::Basic: return "invalid";
    }
    return "invalid";
  }

  Package* pkg_;
  std::vector<Package*> pkgs_;
  std::map<Type*, int> ids_;
  std::vector<std::string> lines_;
  std::deque<Type> bare_;
};

}  // namespace

std::string ExportDataString(Package* pkg, const std::vector<Object*>& objs) {
  std::vector<Object*> sorted;
  for (Object* o : objs)
    if (o->exported() && o->parent == pkg->scope) sorted.push_back(o);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](Object* a, Object* b) { return a->name < b->name; });
  Writer w(pkg);
  std::vector<std::string> lines;
  for (Object* o : sorted) {
    switch (o->kind) {
      case ObjKind::Const:
        lines.push_back("const " + o->name + " " + w.Ref(o->type) + " " + o->val.ExactString());
        break;
      case ObjKind::TypeName:
        lines.push_back((o->is_alias ? "alias " : "type ") + o->name + " " + w.Ref(o->type));
        break;
      case ObjKind::Var: lines.push_back("var " + o->name + " " + w.Ref(o->type)); break;
      case ObjKind::Func: lines.push_back("func " + o->name + " " + w.Ref(o->type)); break;
      default: break;
    }
  }
  return w.Finish(lines);
}

bool WriteExportData(const std::string& path, Package* pkg, const std::vector<Object*>& objs,
                     std::string* err) {
  std::string data = ExportDataString(pkg, objs);
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or pipe (-export /dev/null): write in place, never replace it.
    std::ofstream f(path, std::ios::binary);
    f << data;
    if (!f.good()) *err = "write " + path + " failed";
    return f.good();
  }
  // Write to a temporary file in the same directory, then rename.
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f) {
      *err = "open " + path + ": cannot create file";
      return false;
    }
    f << data;
    if (!f.flush()) {
      *err = "write " + path + " failed";
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    *err = "rename " + path + " failed";
    return false;
  }
  return true;
}

namespace {

// Splits a line into space-separated tokens; a token starting with '"'
// runs to its closing unescaped quote.
std::vector<std::string> Tokens(const std::string& line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      i++;
      continue;
    }
    size_t j = i;
    if (line[i] == '"') {
      j++;
      while (j < line.size() && line[j] != '"') j += line[j] == '\\' ? 2 : 1;
      j = std::min(j + 1, line.size());
    } else {
      while (j < line.size() && line[j] != ' ') j++;
    }
    out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

class Reader {
 public:
  Reader(Arena* arena, Universe* u, ImportContext* ctx) : arena_(arena), u_(u), ctx_(ctx) {
    for (int k = 0; k <= static_cast<int>(BasicKind::UntypedNil); k++) {
      Type* t = u->Basic(static_cast<BasicKind>(k));
      universe_[BasicRef(t)] = t;
    }
    universe_["byte"] = u->byte_type;
    universe_["rune"] = u->rune_type;
    universe_["error"] = u->error_type;
    universe_["comparable"] = u->comparable_type;
  }

  Package* Parse(const std::string& data, const std::string& path, std::string* err) {
    std::istringstream in(data);
    std::string line;
    if (!std::getline(in, line) || line != kMagic) return Fail(err, "not a gocc export data file");
    // Packages.
    size_t n;
    if (!Section(in, "packages", &n) || n == 0 || n > 100000) return Fail(err, "bad package table");
    for (size_t i = 0; i < n; i++) {
      if (!std::getline(in, line)) return Fail(err, "truncated package table");
      std::vector<std::string> tk = Tokens(line);
      if (tk.size() != 2) return Fail(err, "bad package line");
      Package* p = i == 0 ? LookupPackage(path, tk[0]) : LookupPackage(tk[1], tk[0]);
      pkgs_.push_back(p);
    }
    Package* self = pkgs_[0];
    // Types: allocate, then fill.
    if (!Section(in, "types", &n) || n > 10000000) return Fail(err, "bad type table");
    std::vector<std::vector<std::string>> defs(n);
    for (size_t i = 0; i < n; i++) {
      if (!std::getline(in, line)) return Fail(err, "truncated type table");
      defs[i] = Tokens(line);
      if (defs[i].empty()) return Fail(err, "empty type line");
      types_.push_back(Allocate(defs[i]));
      if (!types_.back()) return Fail(err, "bad type line " + std::to_string(i));
    }
    for (size_t i = 0; i < n; i++)
      if (!Fill(i, defs[i])) return Fail(err, "bad type line " + std::to_string(i));
    for (PendingSig& p : pending_sigs_) {
      *p.sig = *p.bare;
      p.sig->recv = p.recv;
    }
    for (Type* t : types_) Complete(t, 0);
    // Objects.
    if (!Section(in, "objects", &n) || n > 10000000) return Fail(err, "bad object table");
    for (size_t i = 0; i < n; i++) {
      if (!std::getline(in, line)) return Fail(err, "truncated object table");
      std::vector<std::string> tk = Tokens(line);
      if (tk.size() < 3) return Fail(err, "bad object line");
      Type* t = TypeRef(tk[2]);
      if (!t) return Fail(err, "bad object type");
      Object* o = nullptr;
      if (tk[0] == "type") {
        if (t->kind != TypeKind::Named || !t->obj) return Fail(err, "bad type object");
        o = t->obj;
      } else {
        o = arena_->New<Object>();
        o->name = tk[1];
        o->pkg = self;
        o->type = t;
        if (tk[0] == "const") {
          o->kind = ObjKind::Const;
          size_t at = line.find(' ', line.find(' ', line.find(' ') + 1) + 1);
          o->val = Value::FromExactString(at == std::string::npos ? "" : line.substr(at + 1));
        } else if (tk[0] == "alias") {
          o->kind = ObjKind::TypeName;
          o->is_alias = true;
        } else if (tk[0] == "var") {
          o->kind = ObjKind::Var;
        } else if (tk[0] == "func") {
          o->kind = ObjKind::Func;
          if (t->kind != TypeKind::Func) return Fail(err, "bad func object");
        } else {
          return Fail(err, "bad object kind " + tk[0]);
        }
      }
      o->color = 2;
      if (!self->scope->Lookup(o->name)) self->scope->Insert(o);
    }
    self->complete = true;
    return self;
  }

 private:
  Package* Fail(std::string* err, const std::string& msg) {
    *err = msg;
    return nullptr;
  }

  static bool Section(std::istream& in, const char* name, size_t* n) {
    std::string line;
    if (!std::getline(in, line)) return false;
    std::vector<std::string> tk = Tokens(line);
    if (tk.size() != 2 || tk[0] != name) return false;
    char* end = nullptr;
    unsigned long long v = std::strtoull(tk[1].c_str(), &end, 10);
    if (!end || *end) return false;
    *n = v;
    return true;
  }

  Package* LookupPackage(const std::string& path, const std::string& name) {
    Package*& p = ctx_->packages[path];
    if (!p) {
      p = arena_->New<Package>();
      p->path = path;
      p->name = name;
      p->scope = arena_->New<Scope>();
      p->complete = false;
    }
    return p;
  }

  Package* Pkg(const std::string& s) {
    char* end = nullptr;
    long v = std::strtol(s.c_str(), &end, 10);
    if (!end || *end || s.empty()) return reinterpret_cast<Package*>(-1);
    if (v == -1) return nullptr;
    if (v < 0 || v >= static_cast<long>(pkgs_.size())) return reinterpret_cast<Package*>(-1);
    return pkgs_[v];
  }
  static bool BadPkg(Package* p) { return p == reinterpret_cast<Package*>(-1); }

  Type* TypeRef(const std::string& s) {
    if (s.empty()) return nullptr;
    if (s[0] >= '0' && s[0] <= '9') {
      char* end = nullptr;
      unsigned long v = std::strtoul(s.c_str(), &end, 10);
      if (*end || v >= types_.size()) return nullptr;
      return types_[v];
    }
    auto it = universe_.find(s);
    return it == universe_.end() ? nullptr : it->second;
  }

  Type* NewType(TypeKind k) {
    Type* t = arena_->New<Type>();
    t->kind = k;
    return t;
  }

  // Pass 1: the Type object of a table line (named types are looked up in
  // the context first, so they keep one identity).
  Type* Allocate(const std::vector<std::string>& d) {
    const std::string& k = d[0];
    if (k == "named") {
      if (d.size() < 3) return nullptr;
      Package* p = Pkg(d[1]);
      if (BadPkg(p) || !p) return nullptr;
      Type*& t = ctx_->named[{p->path, d[2]}];
      if (t) {
        // Already defined by an earlier read (keep it), or left unfilled by
        // a read that failed (fill it now).
        fresh_.push_back(t->underlying == nullptr);
        return t;
      }
      t = NewType(TypeKind::Named);
      Object* o = arena_->New<Object>();
      o->kind = ObjKind::TypeName;
      o->name = d[2];
      o->pkg = p;
      o->type = t;
      o->color = 2;
      t->obj = o;
      fresh_.push_back(true);
      return t;
    }
    fresh_.push_back(true);
    static const std::pair<const char*, TypeKind> kKinds[] = {
        {"ptr", TypeKind::Pointer}, {"slice", TypeKind::Slice}, {"array", TypeKind::Array},
        {"map", TypeKind::Map},     {"chan", TypeKind::Chan},   {"func", TypeKind::Func},
        {"tuple", TypeKind::Tuple}, {"struct", TypeKind::Struct}, {"iface", TypeKind::Interface}};
    for (auto& [name, kind] : kKinds)
      if (k == name) return NewType(kind);
    return nullptr;
  }

  // Reads `n (name ref)...` starting at d[*i] into a Tuple.
  Type* ReadTuple(const std::vector<std::string>& d, size_t* i) {
    if (*i >= d.size()) return nullptr;
    size_t n = std::strtoul(d[*i].c_str(), nullptr, 10);
    ++*i;
    if (n > d.size() || *i + 2 * n > d.size()) return nullptr;
    Type* tup = NewType(TypeKind::Tuple);
    for (size_t k = 0; k < n; k++, *i += 2) {
      Object* v = arena_->New<Object>();
      v->kind = ObjKind::Var;
      v->name = d[*i] == "-" ? "" : d[*i];
      v->type = TypeRef(d[*i + 1]);
      v->is_param = true;
      v->used = true;
      v->pkg = pkgs_[0];
      if (!v->type) return nullptr;
      tup->fields.push_back(v);
    }
    return tup;
  }

  bool FillSig(Type* t, const std::vector<std::string>& d, size_t i) {
    if (i >= d.size()) return false;
    t->variadic = d[i] == "1";
    i++;
    t->params = ReadTuple(d, &i);
    if (!t->params) return false;
    t->results = ReadTuple(d, &i);
    if (!t->results) return false;
    if (t->variadic && (t->params->fields.empty() || t->params->fields.back()->type->kind != TypeKind::Slice))
      return false;
    return i == d.size();
  }

  // Pass 2: the contents of a table line.
  bool Fill(size_t idx, const std::vector<std::string>& d) {
    Type* t = types_[idx];
    const std::string& k = d[0];
    auto ref = [&](size_t i) { return i < d.size() ? TypeRef(d[i]) : nullptr; };
    switch (t->kind) {
      case TypeKind::Pointer: case TypeKind::Slice:
        t->elem = ref(1);
        return t->elem && d.size() == 2;
      case TypeKind::Array: {
        if (d.size() != 3) return false;
        char* end = nullptr;
        t->len = std::strtoll(d[1].c_str(), &end, 10);
        t->elem = ref(2);
        return !*end && t->len >= 0 && t->elem;
      }
      case TypeKind::Map:
        t->key = ref(1);
        t->elem = ref(2);
        return t->key && t->elem && d.size() == 3;
      case TypeKind::Chan:
        if (d.size() != 3) return false;
        t->dir = d[1] == "send" ? ChanDir::Send : d[1] == "recv" ? ChanDir::Recv : ChanDir::Both;
        t->elem = ref(2);
        return t->elem != nullptr;
      case TypeKind::Func:
        return FillSig(t, d, 1);
      case TypeKind::Tuple: {
        size_t i = 1;
        Type* tup = ReadTuple(d, &i);
        if (!tup) return false;
        t->fields = tup->fields;
        return i == d.size();
      }
      case TypeKind::Struct: {
        if (d.size() < 2) return false;
        size_t n = std::strtoul(d[1].c_str(), nullptr, 10);
        if (n > d.size() || 2 + 5 * n != d.size()) return false;
        for (size_t f = 0, i = 2; f < n; f++, i += 5) {
          Object* o = arena_->New<Object>();
          o->kind = ObjKind::Var;
          o->is_field = true;
          o->name = d[i] == "-" ? "" : d[i];
          o->pkg = Pkg(d[i + 1]);
          o->embedded = d[i + 2] == "1";
          o->type = TypeRef(d[i + 3]);
          const std::string& tag = d[i + 4];
          if (BadPkg(o->pkg) || !o->type || tag.size() < 2 || tag[0] != '"' || tag.back() != '"')
            return false;
          t->fields.push_back(o);
          t->tags.push_back(DecodeStringLit(tag));
        }
        return true;
      }
      case TypeKind::Interface: {
        if (d.size() < 3) return false;
        size_t n = std::strtoul(d[1].c_str(), nullptr, 10);
        if (n > d.size() || 2 + 3 * n >= d.size()) return false;
        size_t i = 2;
        for (size_t m = 0; m < n; m++, i += 3) {
          Object* o = arena_->New<Object>();
          o->kind = ObjKind::Func;
          o->name = d[i];
          o->pkg = Pkg(d[i + 1]);
          o->type = TypeRef(d[i + 2]);
          if (BadPkg(o->pkg) || !o->type || o->type->kind != TypeKind::Func) return false;
          o->color = 2;
          t->methods.push_back(o);
        }
        size_t ne = std::strtoul(d[i].c_str(), nullptr, 10);
        i++;
        if (i + ne != d.size()) return false;
        for (size_t e = 0; e < ne; e++) {
          Type* et = TypeRef(d[i + e]);
          if (!et) return false;
          t->embeddeds.push_back(et);
        }
        return true;
      }
      case TypeKind::Named: {
        if (d.size() < 5 || k != "named") return false;
        Type* under = ref(3);
        if (!under || under->kind == TypeKind::Named) return false;
        size_t n = std::strtoul(d[4].c_str(), nullptr, 10);
        if (n > d.size() || 5 + 5 * n != d.size()) return false;
        if (!fresh_[idx]) return true;
        t->underlying = under;
        for (size_t m = 0, i = 5; m < n; m++, i += 5) {
          Type* bare = TypeRef(d[i + 4]);
          if (!bare || bare->kind != TypeKind::Func) return false;
          Object* o = arena_->New<Object>();
          o->kind = ObjKind::Func;
          o->name = d[i];
          o->pkg = Pkg(d[i + 1]);
          if (BadPkg(o->pkg)) return false;
          o->color = 2;
          Type* sig = NewType(TypeKind::Func);
          Object* r = arena_->New<Object>();
          r->kind = ObjKind::Var;
          r->name = d[i + 2] == "-" ? "" : d[i + 2];
          r->is_param = true;
          r->used = true;
          if (d[i + 3] == "1") {
            r->type = NewType(TypeKind::Pointer);
            r->type->elem = t;
          } else {
            r->type = t;
          }
          o->type = sig;
          pending_sigs_.push_back({sig, bare, r});
          t->named_methods.push_back(o);
        }
        return true;
      }
      case TypeKind::Basic: return false;
    }
    return false;
  }

  // Interfaces: the complete method set (sorted by name), after every
  // line is filled.
  void Complete(Type* t, int depth) {
    if (!t || depth > 100 || t->kind != TypeKind::Interface || t->complete) return;
    t->complete = true;
    std::map<std::string, Object*> all;
    for (Object* m : t->methods) all.emplace(m->name, m);
    for (Type* e : t->embeddeds) {
      Type* eu = Under(e);
      if (!eu || eu->kind != TypeKind::Interface) continue;
      Complete(eu, depth + 1);
      for (Object* m : eu->all_methods) all.emplace(m->name, m);
    }
    t->all_methods.clear();
    for (auto& [n, m] : all) t->all_methods.push_back(m);
  }

  struct PendingSig {
    Type* sig;
    Type* bare;
    Object* recv;
  };

  Arena* arena_;
  Universe* u_;
  ImportContext* ctx_;
  std::map<std::string, Type*> universe_;
  std::vector<Package*> pkgs_;
  std::vector<Type*> types_;
  std::vector<bool> fresh_;
  std::vector<PendingSig> pending_sigs_;
};

}  // namespace

Package* ParseExportData(const std::string& data, const std::string& path, Arena* arena,
                         Universe* u, ImportContext* ctx, std::string* err) {
  Reader r(arena, u, ctx);
  Package* p = r.Parse(data, path, err);
  if (!p) *err = "reading export data for " + path + ": " + *err;
  return p;
}

Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, ImportContext* ctx, std::string* err) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    *err = "open " + file + ": no such file or directory";
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseExportData(ss.str(), path, arena, u, ctx, err);
}

Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, std::string* err) {
  ImportContext ctx;
  return ReadExportData(file, path, arena, u, &ctx, err);
}

}  // namespace gocc::compile
