// compile: the Go compiler command line (like `go tool compile`). Runs the
// front end (lex -> parse -> check), writes export data with -export, and
// reports diagnostics as gc does. The back end is not written yet, so a
// type-correct package ends with one clear error and no output file.
#include "compile/main.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "compile/check.h"
#include "compile/export.h"
#include "compile/linkname.h"
#include "compile/parser.h"
#include "compile/ssagen/ssagen.h"

namespace gocc::compile {
namespace {

struct Flags {
  std::string output, pkgpath = "main", importcfg, export_path, dump, asmhdr;
  bool no_opt = false, print_asm = false;
  std::vector<std::string> include_dirs;
  bool unlimited = false, fake_imports = false, complete = false;
  std::vector<std::string> files;
};

int Usage() {
  std::fprintf(stderr,
               "usage: compile -o file.s [-p importpath] [-I dir]... [-importcfg file] [-N] [-l] "
               "[-S] [-e] [-complete] [-export file] [-fakeimports] [-dump=tokens|ast|types] "
               "files.go...\n");
  return 2;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Parses gc-format importcfg lines: "packagefile path=file".
std::map<std::string, std::string> ReadImportCfg(const std::string& path, bool* ok) {
  std::map<std::string, std::string> m;
  std::string text;
  *ok = ReadFile(path, &text);
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("packagefile ", 0) != 0) continue;
    std::string rest = line.substr(12);
    size_t eq = rest.find('=');
    if (eq == std::string::npos) continue;
    m[rest.substr(0, eq)] = rest.substr(eq + 1);
  }
  return m;
}

}  // namespace

int Main(int argc, char** argv) {
  Flags fl;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&](std::string* dst) {
      size_t eq = a.find('=');
      if (eq != std::string::npos) {
        *dst = a.substr(eq + 1);
        return true;
      }
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    auto is = [&](const char* f) { return a == f || a.rfind(std::string(f) + "=", 0) == 0; };
    if (a.size() > 1 && a[0] == '-' && a[1] == '-') a = a.substr(1);
    if (a == "-e") fl.unlimited = true;
    else if (a == "-N") fl.no_opt = true;
    else if (a == "-S") fl.print_asm = true;
    else if (a == "-complete") fl.complete = true;
    else if (a == "-l" || a == "-std" || a == "-pack")
      continue;
    else if (is("-asmhdr")) { if (!value(&fl.asmhdr)) return Usage(); }
    else if (a == "-fakeimports") fl.fake_imports = true;
    else if (is("-o")) { if (!value(&fl.output)) return Usage(); }
    else if (is("-p")) { if (!value(&fl.pkgpath)) return Usage(); }
    else if (is("-importcfg")) { if (!value(&fl.importcfg)) return Usage(); }
    else if (is("-export")) { if (!value(&fl.export_path)) return Usage(); }
    else if (is("-dump")) { if (!value(&fl.dump)) return Usage(); }
    else if (is("-I")) { std::string d; if (!value(&d)) return Usage(); fl.include_dirs.push_back(d); }
    else if (is("-trimpath") || is("-buildid") || is("-goversion") || is("-lang") || is("-D") ||
             is("-symabis") || is("-c") || is("-embedcfg")) {
      std::string ignored;
      if (!value(&ignored)) return Usage();
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "flag provided but not defined: %s\n", a.c_str());
      return Usage();
    } else {
      fl.files.push_back(a);
    }
  }
  if (fl.files.empty()) return Usage();

  Diag diag;
  diag.SetUnlimited(fl.unlimited);
  Arena arena;
  std::vector<std::string> srcs(fl.files.size());
  for (size_t i = 0; i < fl.files.size(); i++) {
    if (!ReadFile(fl.files[i], &srcs[i])) {
      std::fprintf(stderr, "open %s: no such file or directory\n", fl.files[i].c_str());
      return 2;
    }
  }
  // Phase 1+2: lex and parse every file.
  std::vector<File*> files;
  for (size_t i = 0; i < fl.files.size(); i++) {
    int fi = diag.AddFile(fl.files[i]);
    if (fl.dump == "tokens") {
      Diag d2;
      Lexer lx(fi, srcs[i], &d2);
      for (lx.Next(); lx.tok != Tok::Eof; lx.Next())
        std::printf("%s:%d:%d %s %s\n", fl.files[i].c_str(), lx.pos.line, lx.pos.col,
                    TokString(lx.tok), lx.tok == Tok::Name || lx.tok == Tok::Literal || lx.tok == Tok::Semi
                                           ? lx.lit.c_str() : OpString(lx.op));
    }
    Parser p(fi, srcs[i], &diag, &arena);
    if (File* f = p.ParseFile()) files.push_back(f);
  }
  if (diag.SyntaxErrorCount() > 0 || files.size() != fl.files.size()) {
    diag.Flush();
    return 2;
  }
  if (fl.dump == "ast") {
    for (File* f : files)
      for (Decl* d : f->decls)
        if (d->kind == DeclKind::Func && !d->names.empty())
          std::printf("func %s%s\n", d->names[0]->name.c_str(), ExprString(d->type).substr(4).c_str());
  }
  // Package name consistency.
  std::string pkgname = files[0]->pkg_name->name;
  for (File* f : files) {
    if (f->pkg_name->name != pkgname) {
      diag.Error(f->pkg_name->pos, "package " + f->pkg_name->name + "; expected package " + pkgname);
    }
  }
  // Phase 3: type check.
  bool cfg_ok = true;
  std::map<std::string, std::string> cfg;
  if (!fl.importcfg.empty()) cfg = ReadImportCfg(fl.importcfg, &cfg_ok);
  Universe* u = MakeUniverse(&arena);
  Package* pkg = arena.New<Package>();
  pkg->path = fl.pkgpath;
  pkg->name = pkgname;
  pkg->scope = arena.New<Scope>();
  pkg->scope->parent = u->scope;
  std::map<std::string, Package*> cache;
  ImportContext import_ctx;  // one identity per named type across imports
  bool faked = false;  // an import was accepted by -fakeimports
  ImportFunc import = [&](const std::string& path, Pos pos) -> Package* {
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    Package* p = nullptr;
    auto c = cfg.find(path);
    std::string err;
    if (c != cfg.end()) {
      p = ReadExportData(c->second, path, &arena, u, &import_ctx, &err);
    } else {
      err = "open : no such file or directory";
    }
    if (!p && fl.fake_imports) {
      // Accept any use of the unknown package without errors.
      p = arena.New<Package>();
      p->path = path;
      size_t slash = path.rfind('/');
      p->name = slash == std::string::npos ? path : path.substr(slash + 1);
      p->scope = arena.New<Scope>();
      p->fake = true;
      faked = true;
    }
    if (!p) {
      diag.Error(pos, "could not import " + path + " (" + err + ")");
      return nullptr;
    }
    cache[path] = p;
    return p;
  };
  std::vector<Object*> pkg_objs;
  std::vector<Initializer> var_inits;
  if (diag.ErrorCount() == 0 || true) {
    Checker checker(&diag, &arena, u, pkg, import);
    checker.CheckFiles(files);
    if (diag.ErrorCount() == 0) ResolveLinknames(files, pkg, fl.complete, &diag);
    pkg_objs = checker.Objects();
    var_inits = checker.VarInits();
    if (fl.dump == "types") {
      for (Object* o : checker.Objects())
        std::printf("%s %s\n", o->name.c_str(), TypeString(o->type, pkg).c_str());
    }
    if (diag.ErrorCount() == 0 && !fl.export_path.empty()) {
      std::string err;
      if (!WriteExportData(fl.export_path, pkg, checker.Objects(), &err)) {
        std::fprintf(stderr, "compile: %s\n", err.c_str());
        return 2;
      }
    }
  }
  if (diag.ErrorCount() > 0) {
    diag.Flush();
    return 2;
  }
  // Uses of a -fakeimports package have no types: such a package is only
  // type-checked, no code is generated.
  if (faked) return 0;
  // Phase 4: code generation (compile/ssagen).
  ssagen::Options gen;
  gen.output = fl.output;
  gen.asmhdr = fl.asmhdr;
  gen.optimize = !fl.no_opt;
  gen.print_asm = fl.print_asm;
  return ssagen::Generate(&diag, pkg, files, pkg_objs, var_inits, gen);
}

}  // namespace gocc::compile
