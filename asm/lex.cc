// The tokenizer and the preprocessor (asm/lex.h): the first stage of the
// pipeline, before statement parsing (parse.cc).
#include "asm/lex.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"

namespace gocc::assembler {
namespace {

constexpr int kMaxInputDepth = 100;       // nested #include / macro calls
constexpr long kMaxExpandedTokens = 1 << 20;

bool IsIdentStart(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c >= 0x80;
}
bool IsIdentChar(unsigned char c) {
  return IsIdentStart(c) || (c >= '0' && c <= '9');
}
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool IsWord(Token::Kind k) {
  return k == Token::kIdent || k == Token::kNumber || k == Token::kString ||
         k == Token::kChar;
}

std::string DirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

constexpr long kMaxFileSize = 64 << 20;

// Reads a regular file of at most kMaxFileSize bytes (never a device or a
// FIFO, which could block forever).
bool ReadFile(const std::string& path, std::string* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
      st.st_size > kMaxFileSize)
    return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  *out = ss.str();
  return true;
}

// Unquotes a "..." include or #line file name (only \\ and \" escapes).
bool Unquote(const std::string& s, std::string* out) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
  out->clear();
  for (size_t i = 1; i + 1 < s.size(); i++) {
    if (s[i] == '\\' && i + 2 < s.size()) i++;
    out->push_back(s[i]);
  }
  return true;
}

}  // namespace

std::vector<Token> Tokenize(const std::string& src, int file, Diag* diag) {
  std::vector<Token> toks;
  size_t i = 0, n = src.size();
  int line = 1;
  size_t line_start = 0;
  bool bol = true;    // only whitespace so far on this line
  bool space = true;  // whitespace before the next token
  auto pos_at = [&](size_t at) { return Pos{file, line, int(at - line_start) + 1}; };
  auto push = [&](Token::Kind k, size_t start, size_t end) {
    Token t;
    t.kind = k;
    t.text = src.substr(start, end - start);
    t.pos = pos_at(start);
    t.space_before = space;
    toks.push_back(std::move(t));
    space = false;
    bol = false;
  };
  while (i < n) {
    unsigned char c = src[i];
    if (c == '\n') {
      Token t;
      t.kind = Token::kNewline;
      t.text = "\n";
      t.pos = pos_at(i);
      toks.push_back(t);
      i++;
      line++;
      line_start = i;
      bol = true;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      i++;
      space = true;
      continue;
    }
    if (c == '\\' && i + 1 < n && (src[i + 1] == '\n' ||
                                   (src[i + 1] == '\r' && i + 2 < n && src[i + 2] == '\n'))) {
      Token t;
      t.kind = Token::kEscNewline;
      t.text = "\n";
      t.pos = pos_at(i);
      toks.push_back(t);
      i += src[i + 1] == '\n' ? 2 : 3;
      line++;
      line_start = i;
      space = true;
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '/') {
      while (i < n && src[i] != '\n') i++;
      space = true;
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '*') {
      Pos start = pos_at(i);
      i += 2;
      while (i < n && !(src[i] == '*' && i + 1 < n && src[i + 1] == '/')) {
        if (src[i] == '\n') {
          line++;
          line_start = i + 1;
        }
        i++;
      }
      if (i >= n) {
        diag->Error(start, "comment not terminated");
        break;
      }
      i += 2;
      space = true;
      continue;
    }
    size_t start = i;
    if (IsIdentStart(c)) {
      while (i < n && IsIdentChar(src[i])) i++;
      push(Token::kIdent, start, i);
      continue;
    }
    if (IsDigit(c)) {
      bool hex = c == '0' && i + 1 < n && (src[i + 1] == 'x' || src[i + 1] == 'X');
      i++;
      while (i < n) {
        unsigned char d = src[i];
        if (IsIdentChar(d) || d == '.') {
          i++;
        } else if ((d == '+' || d == '-') && !hex &&
                   (src[i - 1] == 'e' || src[i - 1] == 'E')) {
          i++;
        } else {
          break;
        }
      }
      push(Token::kNumber, start, i);
      continue;
    }
    if (c == '"' || c == '\'' || c == '`') {
      i++;
      bool ok = false;
      while (i < n) {
        if (src[i] == '\n' && c != '`') break;
        if (src[i] == '\\' && c != '`' && i + 1 < n && src[i + 1] != '\n') {
          i += 2;
          continue;
        }
        if (src[i] == '\n') {
          line++;
          line_start = i + 1;
        }
        if ((unsigned char)src[i] == c) {
          i++;
          ok = true;
          break;
        }
        i++;
      }
      if (!ok) {
        diag->Error(pos_at(start < line_start ? line_start : start),
                    c == '\'' ? "literal not terminated"
                              : "string literal not terminated");
      }
      push(c == '\'' ? Token::kChar : Token::kString, start, i);
      continue;
    }
    if (c == '#' && bol) {
      i++;
      push(Token::kHash, start, i);
      continue;
    }
    if ((c == '<' || c == '>') && i + 1 < n && src[i + 1] == c) {
      i += 2;
    } else if (c == '&' && i + 1 < n && src[i + 1] == '^') {
      i += 2;
    } else {
      i++;
    }
    push(Token::kOp, start, i);
  }
  if (toks.empty() || toks.back().kind != Token::kNewline) {
    Token t;
    t.kind = Token::kNewline;
    t.text = "\n";
    t.pos = pos_at(n);
    toks.push_back(t);
  }
  return toks;
}

std::string JoinTokens(const std::vector<Token>& toks) {
  std::string out;
  for (size_t i = 0; i < toks.size(); i++) {
    if (i > 0) {
      const Token& a = toks[i - 1];
      const Token& b = toks[i];
      bool sep = IsWord(a.kind) && IsWord(b.kind);
      if (a.kind == Token::kOp && b.kind == Token::kOp && b.space_before)
        sep = true;
      if (sep) out += ' ';
    }
    out += toks[i].text;
  }
  return out;
}

Preprocessor::Preprocessor(Diag* diag, std::vector<std::string> include_dirs)
    : diag_(diag), include_dirs_(std::move(include_dirs)) {}

bool Preprocessor::Define(const std::string& name, const std::string& value) {
  if (name.empty() || !IsIdentStart(name[0])) return false;
  for (char c : name)
    if (!IsIdentChar(c)) return false;
  Macro m;
  m.name = name;
  int f = diag_->AddFile("<command line>");
  m.body = Tokenize(value, f, diag_);
  m.body.pop_back();  // the newline Tokenize adds
  macros_[name] = std::move(m);
  return true;
}

bool Preprocessor::Open(const std::string& path) {
  return PushFile(path, Pos{-1, 0, 0});
}

bool Preprocessor::PushFile(const std::string& path, Pos pos) {
  if (stack_.size() > kMaxInputDepth) {
    diag_->Error(pos, "input recursion");
    dead_ = true;
    return false;
  }
  std::string src;
  if (!ReadFile(path, &src)) {
    if (pos.file < 0)
      diag_->Fatal(absl::StrCat("open ", path, ": no such file or directory"));
    else
      diag_->Errorf(pos, "#include: open %s: no such file or directory", path);
    return false;
  }
  int f = diag_->AddFile(path);
  Source s;
  s.toks = Tokenize(src, f, diag_);
  s.is_file = true;
  s.dir = DirOf(path);
  s.cond_base = conds_.size();
  stack_.push_back(std::move(s));
  at_bol_ = true;
  return true;
}

Token Preprocessor::Raw() {
  while (!stack_.empty()) {
    Source& s = stack_.back();
    if (s.i < s.toks.size()) {
      Token t = s.toks[s.i++];
      if (s.is_file) {
        t.pos.line += s.line_delta;
        if (s.line_file >= 0) t.pos.file = s.line_file;
      }
      return t;
    }
    if (s.barrier) {
      stack_.pop_back();
      return Token{};
    }
    if (s.is_file && conds_.size() > s.cond_base) {
      diag_->Error(conds_.back().pos, "unclosed #ifdef or #ifndef");
      conds_.resize(s.cond_base);
    }
    stack_.pop_back();
  }
  return Token{};
}

// Fully macro-expands one argument before it is substituted (as C does), so
// REPEAT_8(REPEAT_8(x)) works: the outer macro is not active yet.
std::vector<Token> Preprocessor::ExpandArg(std::vector<Token> arg) {
  Source b;
  b.toks = std::move(arg);
  b.barrier = true;
  size_t depth = stack_.size();
  stack_.push_back(std::move(b));
  std::vector<Token> out;
  for (;;) {
    if (dead_) {
      stack_.resize(std::min(stack_.size(), depth));
      break;
    }
    Token t = Raw();
    if (t.kind == Token::kEOF) break;
    if (t.kind == Token::kIdent) {
      auto it = macros_.find(t.text);
      if (it != macros_.end() && !MacroActive(t.text) &&
          (!it->second.function_like || PeekRaw().text == "(")) {
        Expand(t, it->second);
        continue;
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

Token Preprocessor::PeekRaw() {
  if (stack_.empty()) return Token{};
  const Source& s = stack_.back();
  if (s.i < s.toks.size()) return s.toks[s.i];
  return Token{};
}

std::vector<Token> Preprocessor::RestOfLine() {
  std::vector<Token> line;
  for (;;) {
    Token t = Raw();
    if (t.kind == Token::kNewline || t.kind == Token::kEOF) break;
    line.push_back(std::move(t));
  }
  return line;
}

bool Preprocessor::Enabled() const {
  return conds_.empty() || conds_.back().active;
}

bool Preprocessor::MacroActive(const std::string& name) const {
  for (const Source& s : stack_)
    if (s.macro == name) return true;
  return false;
}

void Preprocessor::DoDefine(const std::vector<Token>& line, Pos pos) {
  if (line.size() < 2 || line[1].kind != Token::kIdent) {
    diag_->Error(pos, "expected identifier after # directive");
    return;
  }
  Macro m;
  m.name = line[1].text;
  size_t i = 2;
  if (i < line.size() && line[i].text == "(" && !line[i].space_before) {
    m.function_like = true;
    i++;
    bool ok = false;
    while (i < line.size()) {
      if (line[i].text == ")" && m.params.empty()) {
        i++;
        ok = true;
        break;
      }
      if (line[i].kind != Token::kIdent) break;
      for (const auto& p : m.params) {
        if (p == line[i].text) {
          diag_->Errorf(line[i].pos, "duplicate argument %s in definition for macro: %s",
                        p, m.name);
          return;
        }
      }
      m.params.push_back(line[i].text);
      i++;
      if (i < line.size() && line[i].text == ",") {
        i++;
        continue;
      }
      if (i < line.size() && line[i].text == ")") {
        i++;
        ok = true;
      }
      break;
    }
    if (!ok) {
      diag_->Errorf(pos, "bad syntax in definition for macro: %s", m.name);
      return;
    }
  }
  m.body.assign(line.begin() + i, line.end());
  if (macros_.count(m.name)) {
    diag_->Errorf(pos, "redefinition of macro: %s", m.name);
    return;
  }
  macros_[m.name] = std::move(m);
}

void Preprocessor::Directive(const Token& hash) {
  std::vector<Token> line = RestOfLine();
  if (!line.empty() && line[0].text == "define") {
    // Escaped newlines end statements inside the macro body.
    for (Token& t : line)
      if (t.kind == Token::kEscNewline) t.kind = Token::kNewline;
  } else {
    std::erase_if(line, [](const Token& t) { return t.kind == Token::kEscNewline; });
  }
  if (line.empty() || line[0].kind != Token::kIdent) {
    if (Enabled()) diag_->Error(hash.pos, "expected identifier after '#'");
    return;
  }
  const std::string& d = line[0].text;
  Pos pos = hash.pos;
  if (d == "ifdef" || d == "ifndef") {
    bool defined = line.size() == 2 && line[1].kind == Token::kIdent &&
                   macros_.count(line[1].text);
    if (line.size() != 2 || line[1].kind != Token::kIdent) {
      if (Enabled()) diag_->Errorf(pos, "expected identifier after #%s", d);
    }
    bool want = d == "ifdef" ? defined : !defined;
    conds_.push_back({Enabled() && want, Enabled(), false, pos});
    return;
  }
  if (d == "else") {
    if (conds_.empty() || conds_.size() <= stack_.back().cond_base) {
      diag_->Error(pos, "unmatched #else");
      return;
    }
    Cond& c = conds_.back();
    if (c.seen_else) {
      diag_->Error(pos, "unmatched #else");
      return;
    }
    c.seen_else = true;
    c.active = c.parent && !c.active;
    return;
  }
  if (d == "endif") {
    if (conds_.empty() || conds_.size() <= stack_.back().cond_base) {
      diag_->Error(pos, "unmatched #endif");
      return;
    }
    conds_.pop_back();
    return;
  }
  if (!Enabled()) return;
  if (d == "define") {
    DoDefine(line, pos);
  } else if (d == "undef") {
    if (line.size() != 2 || line[1].kind != Token::kIdent) {
      diag_->Error(pos, "syntax error in #undef");
    } else if (!macros_.erase(line[1].text)) {
      diag_->Errorf(pos, "#undef for undefined macro: %s", line[1].text);
    }
  } else if (d == "include") {
    std::string name;
    if (line.size() != 2 || line[1].kind != Token::kString ||
        !Unquote(line[1].text, &name)) {
      diag_->Error(pos, "expected string after #include");
      return;
    }
    std::vector<std::string> dirs;
    if (name.empty() || name[0] != '/') {
      dirs.push_back(stack_.empty() ? "." : stack_.back().dir);
      for (const auto& dir : include_dirs_) dirs.push_back(dir);
    } else {
      dirs.push_back("");
    }
    for (const auto& dir : dirs) {
      std::string path = dir.empty() ? name : dir + "/" + name;
      struct stat st;
      if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        PushFile(path, pos);
        return;
      }
    }
    diag_->Errorf(pos, "#include: open %s: no such file or directory", name);
  } else if (d == "line") {
    std::string file;
    if (line.size() != 3 || line[1].kind != Token::kNumber ||
        line[2].kind != Token::kString || !Unquote(line[2].text, &file)) {
      diag_->Error(pos, "expected line number and file name after #line");
      return;
    }
    long n = std::strtol(line[1].text.c_str(), nullptr, 10);
    if (n <= 0 || n > (1 << 30)) {
      diag_->Error(pos, "bad line number in #line");
      return;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (!it->is_file) continue;
      // #line N means the line after the directive is line N.
      int raw_next = line[2].pos.line - it->line_delta + 1;
      it->line_delta = int(n) - raw_next;
      it->line_file = diag_->AddFile(file);
      break;
    }
  } else {
    diag_->Errorf(pos, "unexpected token after '#': %s", d);
  }
}

bool Preprocessor::Expand(const Token& name, const Macro& m) {
  std::vector<std::vector<Token>> args;
  if (m.function_like) {
    Raw();  // '('
    std::vector<Token> cur;
    int depth = 0;
    bool closed = false;
    for (;;) {
      Token t = Raw();
      if (t.kind == Token::kEscNewline) continue;
      if (t.kind == Token::kNewline || t.kind == Token::kEOF) break;
      if (t.text == "(") depth++;
      if (t.text == ")") {
        if (depth == 0) {
          closed = true;
          break;
        }
        depth--;
      }
      if (t.text == "," && depth == 0) {
        args.push_back(std::move(cur));
        cur.clear();
        continue;
      }
      cur.push_back(std::move(t));
    }
    if (!closed) {
      diag_->Errorf(name.pos, "unterminated arg list invoking macro: %s", m.name);
      return false;
    }
    if (!cur.empty() || !args.empty() || !m.params.empty())
      args.push_back(std::move(cur));
    if (args.size() != m.params.size()) {
      diag_->Errorf(name.pos, "wrong arg count for macro %s", m.name);
      return false;
    }
  }
  if (stack_.size() > kMaxInputDepth) {
    diag_->Error(name.pos, "recursive macro invocation");
    dead_ = true;
    return false;
  }
  for (auto& a : args) a = ExpandArg(std::move(a));
  if (dead_) return false;
  Source s;
  s.macro = m.name;
  for (const Token& b : m.body) {
    bool substituted = false;
    if (b.kind == Token::kIdent) {
      for (size_t p = 0; p < m.params.size(); p++) {
        if (m.params[p] != b.text) continue;
        for (Token a : args[p]) {
          a.pos = name.pos;
          s.toks.push_back(std::move(a));
        }
        if (!args[p].empty()) s.toks[s.toks.size() - args[p].size()].space_before = b.space_before;
        substituted = true;
        break;
      }
    }
    if (!substituted) {
      Token t = b;
      t.pos = name.pos;
      s.toks.push_back(std::move(t));
    }
  }
  if (!s.toks.empty()) s.toks[0].space_before = name.space_before;
  expanded_ += long(s.toks.size()) + 1;
  if (expanded_ > kMaxExpandedTokens) {
    diag_->Error(name.pos, "macro expansion too large");
    dead_ = true;
    return false;
  }
  stack_.push_back(std::move(s));
  return true;
}

Token Preprocessor::Next() {
  for (;;) {
    if (dead_ || diag_->Stopped()) return Token{};
    Token t = Raw();
    if (t.kind == Token::kEOF) return t;
    if (t.kind == Token::kHash) {
      Directive(t);
      continue;
    }
    if (!Enabled() || t.kind == Token::kEscNewline) continue;
    if (t.kind == Token::kIdent) {
      auto it = macros_.find(t.text);
      if (it != macros_.end() && !MacroActive(t.text)) {
        const Macro& m = it->second;
        if (m.function_like && PeekRaw().text != "(") return t;
        Expand(t, m);
        continue;
      }
    }
    return t;
  }
}

}  // namespace gocc::assembler
