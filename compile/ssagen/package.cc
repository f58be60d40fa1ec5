// The package level (ssagen.h): which functions to compile, the package
// initializer (variables in the checker's initialization order),
// `pkg.init`, data symbols (variables, string literals, type descriptors),
// writing the .s file and gc's -asmhdr header.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "compile/check.h"
#include "compile/ssa/emit.h"
#include "compile/ssa/passes.h"
#include "compile/ssagen/builder.h"
#include "compile/ssagen/ssagen.h"

namespace gocc::ssagen {

using compile::Decl;
using compile::DeclKind;
using compile::ExprKind;
using compile::File;
using compile::ObjKind;
using compile::Type;
using compile::TypeKind;

// ---------------------------------------------------------------- symbols

std::string PackageState::SymName(Object* obj) {
  if (!obj->linkname.empty()) return obj->linkname;
  std::string path = obj->pkg ? obj->pkg->path : pkg_->path;
  if (obj->kind == ObjKind::Func && obj->type && obj->type->recv) {
    Type* rt = obj->type->recv->type;
    if (rt->kind == TypeKind::Pointer) rt = rt->elem;
    // An unnamed struct type's promoted methods: path..anon.<fnv64>.m.
    std::string tn = rt->obj ? rt->obj->name + LocalTypeSuffix(rt->obj) : TypeMangle(rt);
    return absl::StrCat(path, ".", tn, ".", obj->name);
  }
  return absl::StrCat(path, ".", obj->name);
}

std::string PackageState::StringSym(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  std::string sym = absl::StrCat("gostring", strings_.size(), "<>");
  strings_[s] = sym;
  return sym;
}

void PackageState::Error(compile::Pos pos, const std::string& msg) {
  if (failed_ && !pos.IsKnown()) return;
  failed_ = true;
  if (!pos.IsKnown()) pos = last_pos_;
  diag_->Error(pos, msg);
}

namespace {

std::string Asm(const std::string& linker_name) { return ssa::AsmSymbol(linker_name); }

// DATA lines for bytes at sym+base.
void DataBytes(std::string* out, const std::string& sym, int64_t base, const std::string& b) {
  size_t i = 0;
  while (i < b.size()) {
    size_t w = b.size() - i >= 8 ? 8 : b.size() - i >= 4 ? 4 : b.size() - i >= 2 ? 2 : 1;
    uint64_t v = 0;
    for (size_t k = 0; k < w; k++) v |= static_cast<uint64_t>(static_cast<unsigned char>(b[i + k])) << (8 * k);
    std::string val = w == 8 ? absl::StrCat(static_cast<int64_t>(v)) : absl::StrCat(v);
    absl::StrAppendFormat(out, "DATA %s+%d(SB)/%d, $%s\n", sym, base + static_cast<int64_t>(i), w, val);
    i += w;
  }
}

}  // namespace

std::string PackageState::DataText() const {
  std::string out;
  for (const auto& [s, sym] : strings_) {
    if (s.empty()) continue;
    DataBytes(&out, sym, 0, s);
    absl::StrAppendFormat(&out, "GLOBL %s(SB), RODATA|NOPTR, $%d\n", sym, s.size());
  }
  for (const auto& [name, d] : type_syms_) out += d;
  for (const auto& [name, d] : gcbits_) out += d;
  for (const auto& [name, d] : funcvals_) out += d;
  for (const auto& [name, d] : data_syms_) out += d;
  return out;
}

namespace {

std::map<int, std::string> SourceLines(const std::string& path, int from, int to) {
  std::map<int, std::string> out;
  std::ifstream in(path);
  std::string line;
  for (int n = 1; std::getline(in, line) && n <= to; n++) {
    if (n < from) continue;
    size_t a = line.find_first_not_of(" \t");
    if (a == std::string::npos) continue;
    out[n] = line.substr(a);
  }
  return out;
}

bool WriteAtomic(const std::string& path, const std::string& text, std::string* err) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or pipe (-o /dev/stdout): write in place, never replace it.
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.good()) *err = "write " + path + " failed";
    return out.good();
  }
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) {
      *err = "open " + tmp + ": cannot create";
      return false;
    }
    out << text;
    if (!out.good()) {
      *err = "write " + tmp + " failed";
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

}  // namespace

// ------------------------------------------------------------- Generate

int Generate(compile::Diag* diag, compile::Package* pkg, const std::vector<File*>& files,
             const std::vector<Object*>& pkg_objs,
             const std::vector<compile::Initializer>& var_inits, const Options& opts) {
  PackageState ps(pkg, diag);
  NumberLocalTypes(files);
  std::string text = ssa::AsmFileHeader();
  ssa::Config cfg;
  cfg.optimize = opts.optimize;
  std::vector<std::string> init_funcs;
  bool internal_error = false;

  auto compile_func = [&](ssa::Func& f) {
    if (ps.failed()) return;
    absl::Status st = ssa::Compile(f, cfg);
    if (!st.ok()) {
      if (st.code() == absl::StatusCode::kUnimplemented) {
        ps.Error(compile::Pos{}, "not implemented: " + std::string(st.message()));
      } else {
        std::fprintf(stderr, "compile: internal error: %s\n", std::string(st.message()).c_str());
        internal_error = true;
      }
      return;
    }
    // gc's limit on stack frames, in its words.
    constexpr int64_t kMaxStack = int64_t{1} << 30;
    int64_t locals = f.frame_size - f.outargs_size;
    if (locals >= kMaxStack || f.argsize >= kMaxStack) {
      ps.Error(compile::Pos{}, absl::StrFormat("stack frame too large (>1GB): %d MB locals + %d MB args",
                                               locals >> 20, f.argsize >> 20));
      return;
    }
    if (f.frame_size >= kMaxStack) {
      ps.Error(compile::Pos{},
               absl::StrFormat("stack frame too large (>1GB): %d MB locals + %d MB args + %d MB callee",
                               locals >> 20, f.argsize >> 20, f.outargs_size >> 20));
      return;
    }
    absl::StatusOr<std::string> out = ssa::EmitFunc(f);
    if (!out.ok()) {
      ps.Error(compile::Pos{}, "not implemented: " + std::string(out.status().message()));
      return;
    }
    absl::StrAppend(&text, *out, "\n");
  };

  // Function literals and method-value wrappers the bodies created
  // (closure.cc), built after each function, nested ones in turn.
  auto build_closures = [&]() {
    for (;;) {
      std::vector<PackageState::PendingClosure> cs = ps.TakeClosures();
      if (cs.empty() || ps.failed()) return;
      for (const PackageState::PendingClosure& c : cs) {
        ssa::Func f;
        f.pkg = c.iface ? c.pkg : c.method && c.method->pkg ? c.method->pkg->path : pkg->path;
        f.name = c.name.substr(f.pkg.size() + 1);
        if (c.lit) {
          f.file = diag->FileName(c.lit->pos.file);
          ps.SetPos(c.lit->pos);
          f.source_lines = SourceLines(f.file, c.lit->pos.line, c.lit->body->rbrace.line);
        } else if (c.call) {
          f.file = diag->FileName(c.call->pos.file);
          ps.SetPos(c.call->pos);
          f.source_lines = SourceLines(f.file, c.call->pos.line, c.call->pos.line);
        }
        FuncBuilder fb(&ps, &f);
        fb.BuildClosure(c);
        compile_func(f);
        if (internal_error) return;
      }
    }
  };

  int ninit = 0;
  for (File* file : files) {
    for (Decl* d : file->decls) {
      if (d->kind != DeclKind::Func || d->objs.empty()) continue;
      Object* fn = d->objs[0];
      if (!d->body) continue;  // implemented in assembly
      if (!fn->type || fn->type->kind != TypeKind::Func) continue;
      ssa::Func f;
      f.pkg = pkg->path;
      if (fn->name == "init" && !d->recv) {
        f.name = absl::StrCat("init.", ninit++);
        init_funcs.push_back(pkg->path + "." + f.name);
      } else if (!fn->linkname.empty()) {
        f.name = fn->name;
        f.symbol = fn->linkname;
      } else {
        std::string sym = ps.SymName(fn);
        f.name = sym.substr(pkg->path.size() + 1);
      }
      f.file = diag->FileName(d->pos.file);
      ps.SetPos(d->pos);
      f.source_lines = SourceLines(f.file, d->pos.line, d->body->rbrace.line);
      FuncBuilder fb(&ps, &f);
      fb.BuildFunc(d, fn);
      compile_func(f);
      build_closures();
      if (internal_error) return 2;
    }
  }
  // The package initializer.
  {
    std::vector<std::string> import_inits;
    std::set<std::string> seen;
    for (File* file : files) {
      for (Decl* d : file->decls) {
        if (d->kind != DeclKind::Import || !d->path) continue;
        std::string path = compile::DecodeStringLit(d->path->name);
        if (path == "unsafe" || path == "runtime" || !seen.insert(path).second) continue;
        import_inits.push_back(path + ".init");
      }
    }
    ssa::Func f;
    f.pkg = pkg->path;
    f.name = "init";
    f.file = files.empty() ? "" : diag->FileName(files[0]->pos.file);
    FuncBuilder fb(&ps, &f);
    std::vector<Decl*> var_decls;  // source order
    for (File* file : files)
      for (Decl* d : file->decls)
        if (d->kind == DeclKind::Var) var_decls.push_back(d);
    fb.BuildInit(var_decls, var_inits, import_inits, init_funcs, "initdone<>");
    compile_func(f);
    build_closures();
    if (internal_error) return 2;
  }
  // Functions the type descriptors asked for (wrappers.cc); building one
  // may ask for more.
  for (;;) {
    std::vector<PackageState::PendingWrapper> ws = ps.TakeWrappers();
    std::vector<PackageState::PendingEq> eqs = ps.TakeEqFuncs();
    std::vector<PromotedMethod> pms = TakePromotedMethods();
    if (ws.empty() && eqs.empty() && pms.empty()) break;
    for (const auto& pm : pms) {
      ssa::Func f;
      f.pkg = pm.method->pkg ? pm.method->pkg->path : pkg->path;
      f.name = ps.SymName(pm.method).substr(f.pkg.size() + 1);
      f.file = "<autogenerated>";
      f.dupok = true;
      FuncBuilder fb(&ps, &f);
      fb.BuildPromotedWrapper(pm);
      compile_func(f);
      if (internal_error) return 2;
    }
    for (const auto& w : ws) {
      ssa::Func f;
      // The method's package: the wrapper of an imported type's method
      // has that package's name.
      f.pkg = w.iface ? w.pkg : w.method->pkg ? w.method->pkg->path : pkg->path;
      f.name = w.sym.substr(f.pkg.size() + 1);
      f.file = "<autogenerated>";
      f.dupok = true;
      FuncBuilder fb(&ps, &f);
      if (w.iface) fb.BuildIfaceMethodExpr(w.iface, w.method);
      else fb.BuildPtrWrapper(w.method);
      compile_func(f);
      if (internal_error) return 2;
    }
    for (const auto& e : eqs) {
      ssa::Func f;
      f.pkg = "type";
      f.name = e.sym.substr(5);
      f.file = "<autogenerated>";
      f.dupok = true;
      FuncBuilder fb(&ps, &f);
      fb.BuildEqFunc(e.t);
      compile_func(f);
      if (internal_error) return 2;
    }
  }
  if (ps.failed() || diag->ErrorCount() > 0) {
    diag->Flush();
    return 2;
  }
  // Package variables.
  text += "GLOBL initdone<>(SB), NOPTR, $1\n";
  for (Object* o : pkg_objs) {
    if (o->kind != ObjKind::Var || o->name == "_") continue;
    std::string what;
    int64_t size = std::max<int64_t>(Size(o->type), 1);
    // NOPTR for now: there is no Go type information for data yet (gc's
    // linker rejects pointerful assembly globals without it).
    // A linknamed variable may be defined by two packages (gc's linker
    // merges such content-less symbols): DUPOK.
    absl::StrAppendFormat(&text, "GLOBL %s(SB), %sNOPTR, $%d\n", Asm(ps.SymName(o)),
                          o->linkname.empty() ? "" : "DUPOK|", size);
  }
  // The runtime's assembly refers to type.string (panic_amd64.s).
  if (pkg->path == "runtime") ps.TypeSym(BasicType(compile::BasicKind::String));
  text += ps.DataText();
  if (opts.print_asm) std::fwrite(text.data(), 1, text.size(), stdout);
  if (!opts.output.empty()) {
    std::string err;
    if (!WriteAtomic(opts.output, text, &err)) {
      std::fprintf(stderr, "compile: %s\n", err.c_str());
      return 2;
    }
  }
  if (!opts.asmhdr.empty()) {
    std::string err;
    if (!WriteAtomic(opts.asmhdr, AsmHeader(pkg, pkg_objs), &err)) {
      std::fprintf(stderr, "compile: %s\n", err.c_str());
      return 2;
    }
  }
  return 0;
}

std::string AsmHeader(compile::Package* pkg, const std::vector<Object*>& pkg_objs) {
  std::string out = absl::StrCat("// generated by compile -asmhdr from package ", pkg->name, "\n\n");
  for (Object* o : pkg_objs) {
    if (o->kind == ObjKind::Const && o->val.kind() == compile::Value::Int) {
      absl::StrAppend(&out, "#define const_", o->name, " ", o->val.ExactString().substr(1), "\n");
    }
  }
  for (Object* o : pkg_objs) {
    if (o->kind != ObjKind::TypeName || !o->type) continue;
    Type* u = compile::Under(o->type);
    if (!u || u->kind != TypeKind::Struct) continue;
    absl::StrAppend(&out, "#define ", o->name, "__size ", Size(o->type), "\n");
    for (size_t i = 0; i < u->fields.size(); i++) {
      if (u->fields[i]->name == "_") continue;
      absl::StrAppend(&out, "#define ", o->name, "_", u->fields[i]->name, " ",
                      compile::Offsetof(u, static_cast<int>(i)), "\n");
    }
  }
  return out;
}

}  // namespace gocc::ssagen
