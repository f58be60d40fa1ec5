// Package loading (see packages.h).
#include "cmd/driver/packages.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace gocc::driver {
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

bool IsDir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool HasSuffix(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() &&
         s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string Base(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Dir(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string Abs(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return path;
  std::string cwd = buf;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  if (p == "." || p.empty()) return cwd;
  return cwd + "/" + p;
}

// A token of the header scanner.
struct Tok {
  enum Kind { kEOF, kIdent, kString, kPunct, kNewline } kind;
  std::string text;
  int line, col;
};

// Scans just enough Go to read the package clause and imports.
class HeaderLexer {
 public:
  explicit HeaderLexer(const std::string& s) : s_(s) {}

  // Returns the next token; //go:build lines before the package clause are
  // collected into build_expr.
  Tok Next() {
    for (;;) {
      if (i_ >= s_.size()) return {Tok::kEOF, "", line_, Col()};
      char c = s_[i_];
      if (c == '\n') {
        Tok t{Tok::kNewline, "\n", line_, Col()};
        Advance();
        return t;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        Advance();
        continue;
      }
      if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '/') {
        size_t end = s_.find('\n', i_);
        if (end == std::string::npos) end = s_.size();
        std::string text = s_.substr(i_, end - i_);
        if (!seen_package && col_start() && text.rfind("//go:build", 0) == 0 &&
            (text.size() == 10 || text[10] == ' ' || text[10] == '\t'))
          build_expr = text.substr(10);
        while (i_ < end) Advance();
        continue;
      }
      if (c == '/' && i_ + 1 < s_.size() && s_[i_ + 1] == '*') {
        size_t end = s_.find("*/", i_ + 2);
        end = end == std::string::npos ? s_.size() : end + 2;
        bool nl = false;
        while (i_ < end) {
          if (s_[i_] == '\n') nl = true;
          Advance();
        }
        if (nl) return {Tok::kNewline, "\n", line_, Col()};
        continue;
      }
      int line = line_, col = Col();
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
          static_cast<unsigned char>(c) >= 0x80) {
        std::string id;
        while (i_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' ||
                static_cast<unsigned char>(s_[i_]) >= 0x80)) {
          id += s_[i_];
          Advance();
        }
        return {Tok::kIdent, id, line, col};
      }
      if (c == '"' || c == '`') {
        std::string str;
        Advance();
        while (i_ < s_.size() && s_[i_] != c && (c == '`' || s_[i_] != '\n')) {
          if (c == '"' && s_[i_] == '\\' && i_ + 1 < s_.size()) {
            Advance();
          }
          str += s_[i_];
          Advance();
        }
        if (i_ < s_.size() && s_[i_] == c) Advance();
        return {Tok::kString, str, line, col};
      }
      Advance();
      return {Tok::kPunct, std::string(1, c), line, col};
    }
  }

  std::string build_expr;
  bool seen_package = false;

 private:
  bool col_start() const { return i_ == line_start_; }
  int Col() const { return int(i_ - line_start_) + 1; }
  void Advance() {
    if (s_[i_] == '\n') {
      line_++;
      line_start_ = i_ + 1;
    }
    i_++;
  }
  const std::string& s_;
  size_t i_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
};

// Recursive-descent evaluator for //go:build expressions:
//   expr = and { "||" and } ; and = unary { "&&" unary } ;
//   unary = "!" unary | "(" expr ")" | tag .
class BuildExpr {
 public:
  explicit BuildExpr(const std::string& s) : s_(s) {}
  bool Parse(bool* v) {
    if (!Or(v)) return false;
    Skip();
    return i_ == s_.size();
  }

 private:
  void Skip() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r')) i_++;
  }
  bool Eat(const char* op) {
    Skip();
    size_t n = std::char_traits<char>::length(op);
    if (s_.compare(i_, n, op) == 0) {
      i_ += n;
      return true;
    }
    return false;
  }
  bool Or(bool* v) {
    if (!And(v)) return false;
    while (Eat("||")) {
      bool r;
      if (!And(&r)) return false;
      *v = *v || r;
    }
    return true;
  }
  bool And(bool* v) {
    if (!Unary(v)) return false;
    while (Eat("&&")) {
      bool r;
      if (!Unary(&r)) return false;
      *v = *v && r;
    }
    return true;
  }
  bool Unary(bool* v) {
    if (Eat("!")) {
      if (!Unary(v)) return false;
      *v = !*v;
      return true;
    }
    if (Eat("(")) {
      if (!Or(v) || !Eat(")")) return false;
      return true;
    }
    Skip();
    std::string tag;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) ||
                              s_[i_] == '_' || s_[i_] == '.'))
      tag += s_[i_++];
    if (tag.empty()) return false;
    *v = TagTrue(tag);
    return true;
  }
  static bool TagTrue(const std::string& tag) {
    if (tag == "linux" || tag == "amd64" || tag == "unix" || tag == "gocc") return true;
    if (tag.rfind("go1.", 0) == 0) {
      int minor = std::atoi(tag.c_str() + 4);
      return minor >= 1 && minor <= 19;
    }
    return false;
  }
  const std::string& s_;
  size_t i_ = 0;
};

const std::set<std::string>& KnownOS() {
  static const std::set<std::string> s = {
      "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
      "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris",
      "windows", "zos"};
  return s;
}
const std::set<std::string>& KnownArch() {
  static const std::set<std::string> s = {
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64",
      "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
      "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc",
      "sparc64", "wasm"};
  return s;
}

}  // namespace

bool ScanFileHeader(const std::string& src, FileHeader* out, std::string* err) {
  HeaderLexer lx(src);
  Tok t;
  do t = lx.Next();
  while (t.kind == Tok::kNewline);
  if (t.kind != Tok::kIdent || t.text != "package") {
    *err = std::to_string(t.line) + ":" + std::to_string(t.col) +
           ": expected 'package', found " + (t.kind == Tok::kEOF ? "EOF" : t.text);
    return false;
  }
  lx.seen_package = true;
  out->build_expr = lx.build_expr;
  t = lx.Next();
  if (t.kind != Tok::kIdent) {
    *err = std::to_string(t.line) + ":" + std::to_string(t.col) +
           ": expected package name";
    return false;
  }
  out->package_name = t.text;
  auto add_spec = [&](Tok tk) -> bool {
    // ImportSpec = [ "." | identifier ] ImportPath .
    if (tk.kind == Tok::kIdent || (tk.kind == Tok::kPunct && tk.text == "."))
      tk = lx.Next();
    if (tk.kind != Tok::kString) return false;
    out->imports.push_back(tk.text);
    out->import_lines.push_back(tk.line);
    out->import_cols.push_back(tk.col);
    return true;
  };
  for (;;) {
    do t = lx.Next();
    while (t.kind == Tok::kNewline || (t.kind == Tok::kPunct && t.text == ";"));
    if (t.kind != Tok::kIdent || t.text != "import") break;
    t = lx.Next();
    if (t.kind == Tok::kPunct && t.text == "(") {
      for (;;) {
        do t = lx.Next();
        while (t.kind == Tok::kNewline || (t.kind == Tok::kPunct && t.text == ";"));
        if (t.kind == Tok::kEOF || (t.kind == Tok::kPunct && t.text == ")")) break;
        if (!add_spec(t)) break;  // the compiler reports the syntax error
      }
    } else if (!add_spec(t)) {
      break;
    }
  }
  return true;
}

bool EvalBuildExpr(const std::string& expr, bool* result) {
  return BuildExpr(expr).Parse(result);
}

bool ExcludedByName(const std::string& name) {
  std::string stem = name;
  size_t dot = stem.rfind('.');
  if (dot != std::string::npos) stem = stem.substr(0, dot);
  if (HasSuffix(stem, "_test")) return true;
  std::vector<std::string> parts;
  std::stringstream ss(stem);
  for (std::string p; std::getline(ss, p, '_');) parts.push_back(p);
  if (parts.size() < 2) return false;
  const std::string& last = parts.back();
  if (parts.size() >= 3 && KnownOS().count(parts[parts.size() - 2]) &&
      KnownArch().count(last))
    return parts[parts.size() - 2] != "linux" || last != "amd64";
  if (KnownOS().count(last)) return last != "linux";
  if (KnownArch().count(last)) return last != "amd64";
  return false;
}

std::string Loader::DirOf(const std::string& path) const {
  if (path == "runtime" || path.rfind("runtime/", 0) == 0)
    return src_root_ + "/" + path;
  return src_root_ + "/std/" + path;
}

bool Loader::ReadFiles(Package* p, const std::vector<std::string>& files,
                       bool explicit_files, std::string* err) {
  std::set<std::string> imports;
  std::string name;
  for (const std::string& f : files) {
    std::string base = Base(f);
    if (HasSuffix(f, ".s")) {
      if (explicit_files || !ExcludedByName(base)) p->s_files.push_back(f);
      continue;
    }
    if (!explicit_files && ExcludedByName(base)) continue;
    std::string src, e;
    if (!ReadFile(f, &src)) {
      *err += "open " + f + ": no such file or directory\n";
      return false;
    }
    FileHeader h;
    if (!ScanFileHeader(src, &h, &e)) {
      *err += f + ":" + e + "\n";
      return false;
    }
    if (!h.build_expr.empty()) {
      bool ok = false;
      if (!EvalBuildExpr(h.build_expr, &ok)) {
        *err += f + ": invalid //go:build line\n";
        return false;
      }
      if (!ok && !explicit_files) continue;
    }
    if (name.empty()) {
      name = h.package_name;
    } else if (h.package_name != name) {
      *err += "found packages " + name + " (" + Base(p->go_files[0]) + ") and " +
              h.package_name + " (" + base + ") in " + p->dir + "\n";
      return false;
    }
    p->go_files.push_back(f);
    for (size_t i = 0; i < h.imports.size(); i++) {
      if (h.imports[i] == "unsafe" || h.imports[i] == "C") continue;
      if (imports.insert(h.imports[i]).second) {
        // Remember where the first import of each path is, for errors.
        p->imports.push_back(h.imports[i]);
        positions_[p->import_path + "\x00" + h.imports[i]] =
            f + ":" + std::to_string(h.import_lines[i]) + ":" +
            std::to_string(h.import_cols[i]);
      }
    }
  }
  std::sort(p->go_files.begin(), p->go_files.end());
  std::sort(p->s_files.begin(), p->s_files.end());
  std::sort(p->imports.begin(), p->imports.end());
  if (p->go_files.empty() && p->s_files.empty()) {
    *err += "no Go files in " + p->dir + "\n";
    return false;
  }
  return true;
}

Package* Loader::LoadImport(const std::string& path, const std::string& from_pos,
                            std::vector<std::string>* stack, std::string* err) {
  if (auto it = pkgs_.find(path); it != pkgs_.end()) {
    if (!done_[path]) {
      std::string msg = "package " + (*stack)[0];
      for (size_t i = 1; i < stack->size(); i++) msg += "\n\timports " + (*stack)[i];
      *err += msg + "\n\timports " + path + ": import cycle not allowed\n";
      return nullptr;
    }
    return it->second.get();
  }
  std::string dir = DirOf(path);
  if (!IsDir(dir)) {
    *err += from_pos + ": package " + path + " is not in GOROOT (" + dir + ")\n";
    return nullptr;
  }
  auto owned = std::make_unique<Package>();
  Package* p = owned.get();
  pkgs_[path] = std::move(owned);
  p->import_path = path;
  p->display = path;
  p->dir = dir;
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.empty() || n[0] == '.' || n[0] == '_') continue;
      if (HasSuffix(n, ".go") || HasSuffix(n, ".s")) files.push_back(dir + "/" + n);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  if (!ReadFiles(p, files, false, err)) return nullptr;
  stack->push_back(path);
  for (const std::string& imp : p->imports) {
    Package* dep = LoadImport(imp, positions_[path + std::string(1, '\0') + imp], stack, err);
    if (!dep) return nullptr;
    p->deps.push_back(dep);
  }
  stack->pop_back();
  done_[path] = true;
  ordered_.push_back(p);
  return p;
}

bool Loader::Load(const std::vector<std::string>& args, std::string* err) {
  auto owned = std::make_unique<Package>();
  Package* m = owned.get();
  m->import_path = "main";
  std::vector<std::string> files;
  if (args.empty() || (args.size() == 1 && IsDir(args[0]))) {
    std::string dir = Abs(args.empty() ? "." : args[0]);
    m->dir = dir;
    m->display = args.empty() ? "." : args[0];
    if (DIR* d = opendir(dir.c_str())) {
      while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n.empty() || n[0] == '.' || n[0] == '_') continue;
        if (HasSuffix(n, ".go") || HasSuffix(n, ".s")) files.push_back(dir + "/" + n);
      }
      closedir(d);
    }
    std::sort(files.begin(), files.end());
    if (!ReadFiles(m, files, false, err)) return false;
  } else {
    m->display = "command-line-arguments";
    for (const std::string& a : args) {
      if (!HasSuffix(a, ".go") && !HasSuffix(a, ".s")) {
        *err += "named files must be .go or .s files: " + a + "\n";
        return false;
      }
      if (IsDir(a)) {
        *err += "named files must be .go or .s files: " + a + "\n";
        return false;
      }
      files.push_back(Abs(a));
    }
    std::string dir = Dir(files[0]);
    for (const std::string& f : files) {
      if (Dir(f) != dir) {
        *err += "named files must all be in one directory; have " + dir + " and " +
                Dir(f) + "\n";
        return false;
      }
    }
    m->dir = dir;
    if (!ReadFiles(m, files, true, err)) return false;
  }
  // Every program links the runtime, as with gc.
  if (std::find(m->imports.begin(), m->imports.end(), "runtime") == m->imports.end())
    positions_["main" + std::string(1, '\0') + "runtime"] = m->dir;
  std::vector<std::string> all = m->imports;
  if (std::find(all.begin(), all.end(), "runtime") == all.end()) all.push_back("runtime");
  std::vector<std::string> stack = {"main"};
  for (const std::string& imp : all) {
    Package* dep = LoadImport(imp, positions_["main" + std::string(1, '\0') + imp], &stack, err);
    if (!dep) return false;
    m->deps.push_back(dep);
  }
  main_ = m;
  pkgs_["main"] = std::move(owned);
  ordered_.push_back(m);
  return true;
}

}  // namespace gocc::driver
