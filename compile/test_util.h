// Helpers for the front end's unit tests (*_test.cc): run the lexer, the
// parser and the type checker on a source string and collect diagnostics
// as "line:col: message" strings.
#ifndef GOCC_COMPILE_TEST_UTIL_H_
#define GOCC_COMPILE_TEST_UTIL_H_

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compile/check.h"
#include "compile/export.h"
#include "compile/parser.h"

namespace gocc::compile::testing {

// One type-checked package (or the syntax errors of its source).
struct Checked {
  Diag diag;
  Arena arena;
  Universe* u = nullptr;
  Package* pkg = nullptr;
  std::unique_ptr<Checker> checker;
  File* file = nullptr;

  // "line:col: message" of every diagnostic, sorted by position.
  std::vector<std::string> Errors() const {
    std::vector<Diagnostic> l = diag.List();
    std::stable_sort(l.begin(), l.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.pos.Before(b.pos); });
    std::vector<std::string> out;
    for (const Diagnostic& d : l)
      out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg);
    return out;
  }
  Object* Lookup(const std::string& name) const { return pkg->scope->Lookup(name); }
};

// Parses and checks src as package `path`; imports are read from the
// export data strings in `exports` (by path), sharing one ImportContext.
inline std::unique_ptr<Checked> Check(const std::string& src, const std::string& path = "p",
                                      const std::map<std::string, std::string>& exports = {}) {
  auto c = std::make_unique<Checked>();
  c->diag.SetUnlimited(true);
  int fi = c->diag.AddFile("x.go");
  Parser p(fi, src, &c->diag, &c->arena);
  c->file = p.ParseFile();
  if (!c->file || c->diag.SyntaxErrorCount() > 0) return c;
  c->u = MakeUniverse(&c->arena);
  c->pkg = c->arena.New<Package>();
  c->pkg->path = path;
  c->pkg->name = c->file->pkg_name->name;
  c->pkg->scope = c->arena.New<Scope>();
  c->pkg->scope->parent = c->u->scope;
  auto ctx = std::make_shared<ImportContext>();
  Checked* raw = c.get();
  ImportFunc import = [raw, exports, ctx](const std::string& ipath, Pos pos) -> Package* {
    auto it = exports.find(ipath);
    std::string err = "open : no such file or directory";
    Package* ip = nullptr;
    if (it != exports.end())
      ip = ParseExportData(it->second, ipath, &raw->arena, raw->u, ctx.get(), &err);
    if (!ip) raw->diag.Error(pos, "could not import " + ipath + " (" + err + ")");
    return ip;
  };
  c->checker = std::make_unique<Checker>(&c->diag, &c->arena, c->u, c->pkg, import);
  c->checker->CheckFiles({c->file});
  return c;
}

// The export data of a package that must check without errors.
inline std::string ExportOf(const Checked& c) {
  return ExportDataString(c.pkg, c.checker->Objects());
}

}  // namespace gocc::compile::testing

#endif  // GOCC_COMPILE_TEST_UTIL_H_
