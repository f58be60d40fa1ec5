// Package loading for gobuild, the part of `go build` that cmd/go/internal/load
// does: find the files of the main package and of every package it imports
// (runtime and std, from the toolchain's own source tree), read their package
// clauses and import lists, apply build constraints, and order the packages
// so that every package comes after its imports.
#ifndef GOCC_CMD_DRIVER_PACKAGES_H_
#define GOCC_CMD_DRIVER_PACKAGES_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace gocc::driver {

struct Package {
  std::string import_path;  // "runtime", "fmt", or "main" for the main package
  std::string display;      // what `# header` lines say: "command-line-arguments" or the path
  std::string dir;
  std::vector<std::string> go_files;  // absolute paths, sorted
  std::vector<std::string> s_files;   // absolute paths, sorted
  std::vector<std::string> imports;   // sorted, without "unsafe"
  std::vector<Package*> deps;         // resolved imports
};

// The result of a header scan of one .go file.
struct FileHeader {
  std::string package_name;
  std::vector<std::string> imports;
  std::vector<int> import_lines;  // line of each import, for errors
  std::vector<int> import_cols;
  std::string build_expr;         // the //go:build expression, "" if none
};

// Reads the package clause, //go:build line and imports of Go source text.
// Returns false with *err set ("expected 'package', found ...") on a file
// that does not start like Go source.
bool ScanFileHeader(const std::string& src, FileHeader* out, std::string* err);

// Evaluates a //go:build expression for linux/amd64 (tags linux, amd64,
// unix, go1.1 ... go1.19). Returns false on a syntax error.
bool EvalBuildExpr(const std::string& expr, bool* result);

// True if a file name is excluded by its _GOOS/_GOARCH/_test suffix.
bool ExcludedByName(const std::string& name);

class Loader {
 public:
  // src_root is the toolchain's source tree: src_root/runtime and
  // src_root/std/<importpath>.
  explicit Loader(std::string src_root) : src_root_(std::move(src_root)) {}

  // Loads the main package from args (files or one directory; none means
  // "."), then every package it needs. On success the packages are in
  // dependency order, main last. On failure *err holds gc-style messages.
  bool Load(const std::vector<std::string>& args, std::string* err);

  const std::vector<Package*>& Ordered() const { return ordered_; }
  Package* Main() const { return main_; }
  std::string DirOf(const std::string& import_path) const;

 private:
  Package* LoadImport(const std::string& path, const std::string& from_pos,
                      std::vector<std::string>* stack, std::string* err);
  bool ReadFiles(Package* p, const std::vector<std::string>& files,
                 bool explicit_files, std::string* err);

  std::string src_root_;
  std::map<std::string, std::unique_ptr<Package>> pkgs_;
  std::map<std::string, bool> done_;
  std::map<std::string, std::string> positions_;  // "pkg\0import" -> file:line:col
  std::vector<Package*> ordered_;
  Package* main_ = nullptr;
};

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_PACKAGES_H_
