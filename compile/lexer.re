// The Go lexer (re2c input; see lexer.h). re2c builds the DFA for identifiers
// (Unicode categories L and Nd), keywords, operators, comments openers and the
// valid forms of number literals. Literal bodies that need gc's exact error
// messages (strings, runes, malformed numbers) are scanned by hand below.
#include <cstdio>
#include <cstring>
#include <string>

#include "compile/lexer.h"

namespace gocc::compile {

/*!include:re2c "unicode_categories.re" */

namespace {

const char* const kTokText[] = {
#define TOK(name, text) text,
#include "compile/token.def"
#undef TOK
};
const char* const kOpText[] = {
#define OP(name, text, prec) text,
#include "compile/token.def"
#undef OP
};
const int kOpPrec[] = {
#define OP(name, text, prec) prec,
#include "compile/token.def"
#undef OP
};

int Lower(int c) { return c | 0x20; }
bool IsDecimal(int c) { return c >= '0' && c <= '9'; }
bool IsHex(int c) { return IsDecimal(c) || (Lower(c) >= 'a' && Lower(c) <= 'f'); }

const char* LitName(char prefix) {
  switch (prefix) {
    case 'x': return "hexadecimal literal";
    case 'o': case '0': return "octal literal";
    case 'b': return "binary literal";
  }
  return "decimal literal";
}

}  // namespace

const char* TokString(Tok t) { return kTokText[static_cast<int>(t)]; }
const char* OpString(Op o) { return kOpText[static_cast<int>(o)]; }
int OpPrec(Op o) { return kOpPrec[static_cast<int>(o)]; }

int32_t DecodeRune(const unsigned char* p, const unsigned char* lim, int* len) {
  *len = 1;
  if (p >= lim) return -1;
  unsigned c = p[0];
  if (c < 0x80) return c;
  int n;
  int32_t r, min;
  if ((c & 0xE0) == 0xC0) { n = 2; r = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { n = 3; r = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { n = 4; r = c & 0x07; min = 0x10000; }
  else return -1;
  if (lim - p < n) return -1;
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return -1;
    r = (r << 6) | (p[i] & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return -1;
  *len = n;
  return r;
}

void AppendRune(std::string* s, int32_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    s->push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    s->push_back(static_cast<char>(0xC0 | (r >> 6)));
    s->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    s->push_back(static_cast<char>(0xE0 | (r >> 12)));
    s->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    s->push_back(static_cast<char>(0xF0 | (r >> 18)));
    s->push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    s->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

// Matches one code point against a Unicode category; in is NUL-terminated.
static bool MatchLetter(const unsigned char* in) {
  const unsigned char* YYCURSOR = in;
  const unsigned char* YYMARKER;
  (void)YYMARKER;
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;
    L { return true; }
    * { return false; }
  */
}

static bool MatchDigit(const unsigned char* in) {
  const unsigned char* YYCURSOR = in;
  const unsigned char* YYMARKER;
  (void)YYMARKER;
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    Nd { return true; }
    * { return false; }
  */
}

bool IsUnicodeLetter(int32_t r) {
  std::string s;
  AppendRune(&s, r);
  return MatchLetter(reinterpret_cast<const unsigned char*>(s.c_str()));
}

bool IsUnicodeDigit(int32_t r) {
  std::string s;
  AppendRune(&s, r);
  return MatchDigit(reinterpret_cast<const unsigned char*>(s.c_str()));
}

std::string QuoteRune(int32_t r) {
  char buf[32];
  switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
  }
  if (r < 0x20 || r == 0x7f) {
    std::snprintf(buf, sizeof buf, "'\\x%02x'", r);
    return buf;
  }
  std::string s = "'";
  AppendRune(&s, r);
  return s + "'";
}

std::string FormatRuneU(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  if (r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0) && !(r >= 0xD800 && r < 0xE000) &&
      r <= 0x10FFFF) {
    s += " '";
    AppendRune(&s, r);
    s += "'";
  }
  return s;
}

Lexer::Lexer(int file, std::string_view src, Diag* diag)
    : file_(file), diag_(diag), buf_(src) {
  // re2c's end-of-input check reads the sentinel byte at lim_: an owned
  // copy guarantees the NUL after the last byte (fuzz finding).
  begin_ = reinterpret_cast<const unsigned char*>(buf_.c_str());
  cur_ = begin_;
  lim_ = begin_ + buf_.size();
  line_start_ = begin_;
  // A byte order mark is allowed only as the very first character.
  if (src.size() >= 3 && cur_[0] == 0xEF && cur_[1] == 0xBB && cur_[2] == 0xBF) {
    cur_ += 3;
  }
}

Pos Lexer::PosAt(const unsigned char* p) const {
  return Pos{file_, line_, static_cast<int32_t>(p - line_start_ + 1)};
}

void Lexer::ErrorAt(const unsigned char* p, const std::string& msg) {
  diag_->Error(PosAt(p), msg);
}

void Lexer::Next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  bad = false;
  op = Op::None;
  prec = 0;
redo:
  const unsigned char* start = cur_;
  pos = PosAt(start);
  const unsigned char* YYMARKER = nullptr;
  (void)YYMARKER;
#define YYCURSOR cur_
#define YYLIMIT lim_
  /*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:flags:utf-8 = 1;

    decimals = [0-9] ("_"? [0-9])*;
    hexdigits = [0-9a-fA-F] ("_"? [0-9a-fA-F])*;
    dec_int = "0" | [1-9] ("_"? [0-9])*;
    bin_int = "0" [bB] ("_"? [01])+;
    oct_int = "0" [oO]? ("_"? [0-7])+;
    hex_int = "0" [xX] "_"? hexdigits;
    int_lit = dec_int | bin_int | oct_int | hex_int;
    dec_exp = [eE] [+-]? decimals;
    dec_float = decimals "." decimals? dec_exp? | decimals dec_exp | "." decimals dec_exp?;
    hex_mant = "_"? hexdigits "." hexdigits? | "_"? hexdigits | "." hexdigits;
    hex_float = "0" [xX] hex_mant [pP] [+-]? decimals;
    float_lit = dec_float | hex_float;
    imag_lit = (decimals | int_lit | float_lit) "i";
    ident = (L | "_") (L | "_" | Nd)*;

    $ {
      if (nlsemi) { tok = Tok::Semi; lit = "EOF"; return; }
      tok = Tok::Eof;
      return;
    }
    [ \t\r]+ { goto redo; }
    "\n" {
      if (nlsemi) { tok = Tok::Semi; lit = "newline"; Newline(start); return; }
      Newline(start);
      goto redo;
    }
    "//" { LineComment(start); goto redo; }
    "/*" {
      int line0 = line_;
      if (!FullComment()) { goto redo; }
      if (line_ != line0 && nlsemi) {
        pos = Pos{file_, line0, pos.col};
        tok = Tok::Semi; lit = "newline"; return;
      }
      goto redo;
    }

    "break"       { tok = Tok::Break; nlsemi_ = true; return; }
    "case"        { tok = Tok::Case; return; }
    "chan"        { tok = Tok::Chan; return; }
    "const"       { tok = Tok::Const; return; }
    "continue"    { tok = Tok::Continue; nlsemi_ = true; return; }
    "default"     { tok = Tok::Default; return; }
    "defer"       { tok = Tok::Defer; return; }
    "else"        { tok = Tok::Else; return; }
    "fallthrough" { tok = Tok::Fallthrough; nlsemi_ = true; return; }
    "for"         { tok = Tok::For; return; }
    "func"        { tok = Tok::Func; return; }
    "go"          { tok = Tok::Go; return; }
    "goto"        { tok = Tok::Goto; return; }
    "if"          { tok = Tok::If; return; }
    "import"      { tok = Tok::Import; return; }
    "interface"   { tok = Tok::Interface; return; }
    "map"         { tok = Tok::Map; return; }
    "package"     { tok = Tok::Package; return; }
    "range"       { tok = Tok::Range; return; }
    "return"      { tok = Tok::Return; nlsemi_ = true; return; }
    "select"      { tok = Tok::Select; return; }
    "struct"      { tok = Tok::Struct; return; }
    "switch"      { tok = Tok::Switch; return; }
    "type"        { tok = Tok::Type; return; }
    "var"         { tok = Tok::Var; return; }

    ident {
      Ident(start);
      return;
    }

    int_lit | float_lit | imag_lit {
      // Fast path: a valid literal not glued to more literal-like bytes.
      unsigned char c = cur_ < lim_ ? *cur_ : 0;
      if (IsDecimal(c) || (Lower(c) >= 'a' && Lower(c) <= 'z') || c == '_' || c == '.') {
        Number(start);
        return;
      }
      tok = Tok::Literal;
      lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
      kind = cur_[-1] == 'i' ? LitKind::Imag
             : (lit.find_first_of(".eEpP") != std::string::npos &&
                !(lit.size() > 1 && Lower(lit[1]) == 'x' && lit.find_first_of(".pP") == std::string::npos))
                 ? LitKind::Float : LitKind::Int;
      nlsemi_ = true;
      return;
    }
    [0-9] | "." [0-9] { Number(start); return; }

    ["]  { StdString(start); return; }
    "`"  { RawString(start); return; }
    "'"  { Rune(start); return; }

    "("   { tok = Tok::Lparen; return; }
    "["   { tok = Tok::Lbrack; return; }
    "{"   { tok = Tok::Lbrace; return; }
    ")"   { tok = Tok::Rparen; nlsemi_ = true; return; }
    "]"   { tok = Tok::Rbrack; nlsemi_ = true; return; }
    "}"   { tok = Tok::Rbrace; nlsemi_ = true; return; }
    ","   { tok = Tok::Comma; return; }
    ";"   { tok = Tok::Semi; lit = "semicolon"; return; }
    ":"   { tok = Tok::Colon; return; }
    ":="  { tok = Tok::Define; return; }
    "="   { tok = Tok::Assign; return; }
    "."   { tok = Tok::Dot; return; }
    "..." { tok = Tok::DotDotDot; return; }
    "<-"  { SetOp(Tok::Arrow, Op::Recv); return; }
    "*"   { SetOp(Tok::Star, Op::Mul); return; }
    "*="  { SetOp(Tok::AssignOp, Op::Mul); return; }
    "!"   { SetOp(Tok::Operator, Op::Not); return; }
    "~"   { SetOp(Tok::Operator, Op::Tilde); return; }
    "||"  { SetOp(Tok::Operator, Op::OrOr); return; }
    "&&"  { SetOp(Tok::Operator, Op::AndAnd); return; }
    "=="  { SetOp(Tok::Operator, Op::Eql); return; }
    "!="  { SetOp(Tok::Operator, Op::Neq); return; }
    "<"   { SetOp(Tok::Operator, Op::Lss); return; }
    "<="  { SetOp(Tok::Operator, Op::Leq); return; }
    ">"   { SetOp(Tok::Operator, Op::Gtr); return; }
    ">="  { SetOp(Tok::Operator, Op::Geq); return; }
    "+"   { SetOp(Tok::Operator, Op::Add); return; }
    "-"   { SetOp(Tok::Operator, Op::Sub); return; }
    "|"   { SetOp(Tok::Operator, Op::Or); return; }
    "^"   { SetOp(Tok::Operator, Op::Xor); return; }
    "/"   { SetOp(Tok::Operator, Op::Div); return; }
    "%"   { SetOp(Tok::Operator, Op::Rem); return; }
    "&"   { SetOp(Tok::Operator, Op::And); return; }
    "&^"  { SetOp(Tok::Operator, Op::AndNot); return; }
    "<<"  { SetOp(Tok::Operator, Op::Shl); return; }
    ">>"  { SetOp(Tok::Operator, Op::Shr); return; }
    "++"  { SetOp(Tok::IncOp, Op::Add); nlsemi_ = true; return; }
    "--"  { SetOp(Tok::IncOp, Op::Sub); nlsemi_ = true; return; }
    ("+" | "-" | "|" | "^" | "/" | "%" | "&" | "&^" | "<<" | ">>") "=" {
      std::string_view t(reinterpret_cast<const char*>(start), cur_ - start - 1);
      Op o = t == "+" ? Op::Add : t == "-" ? Op::Sub : t == "|" ? Op::Or
           : t == "^" ? Op::Xor : t == "/" ? Op::Div : t == "%" ? Op::Rem
           : t == "&" ? Op::And : t == "&^" ? Op::AndNot : t == "<<" ? Op::Shl : Op::Shr;
      SetOp(Tok::AssignOp, o);
      return;
    }

    * {
      // Anything else: a stray byte or code point.
      cur_ = start;
      int n;
      int32_t r = DecodeRune(start, lim_, &n);
      cur_ = start + n;
      if (r < 0) {
        ErrorAt(start, "invalid UTF-8 encoding");
      } else if (r == 0) {
        ErrorAt(start, "invalid NUL character");
      } else if (r == 0xFEFF) {
        ErrorAt(start, "invalid BOM in the middle of the file");
      } else if (IsUnicodeDigit(r)) {
        ErrorAt(start, "identifier cannot begin with digit " + FormatRuneU(r));
        Ident(start);
        return;
      } else {
        ErrorAt(start, "invalid character " + FormatRuneU(r));
      }
      nlsemi_ = nlsemi;
      goto redo;
    }
  */
#undef YYCURSOR
#undef YYLIMIT
}

// Finishes an identifier matched by the DFA: non-ASCII code points glued to it
// that are not letters or digits are reported as gc does.
void Lexer::Ident(const unsigned char* start) {
  while (cur_ < lim_) {
    unsigned char c = *cur_;
    if (c < 0x80) {
      if (c == '_' || IsDecimal(c) || (Lower(c) >= 'a' && Lower(c) <= 'z')) {
        ++cur_;
        continue;
      }
      break;
    }
    int n;
    int32_t r = DecodeRune(cur_, lim_, &n);
    if (r < 0 || r == 0xFEFF) break;
    if (!IsUnicodeLetter(r) && !IsUnicodeDigit(r)) {
      ErrorAt(cur_, "invalid character " + FormatRuneU(r) + " in identifier");
    }
    cur_ += n;
  }
  tok = Tok::Name;
  lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
  nlsemi_ = true;
}

// Skips a // comment up to (not including) the newline; a //go: comment
// is kept as a directive (gc's pragma).
bool Lexer::LineComment(const unsigned char* start) {
  const unsigned char* text = cur_;
  while (cur_ < lim_ && *cur_ != '\n') {
    int n;
    int32_t r = DecodeRune(cur_, lim_, &n);
    if (r < 0) ErrorAt(cur_, "invalid UTF-8 encoding");
    else if (r == 0) ErrorAt(cur_, "invalid NUL character");
    else if (r == 0xFEFF) ErrorAt(cur_, "invalid BOM in the middle of the file");
    cur_ += n;
  }
  if (cur_ - text >= 3 && std::memcmp(text, "go:", 3) == 0) {
    const unsigned char* p = start;
    while (p > line_start_ && (p[-1] == ' ' || p[-1] == '\t')) --p;
    std::string s(reinterpret_cast<const char*>(text), cur_ - text);
    while (!s.empty() && s.back() == '\r') s.pop_back();
    // gc reports directives at their text, after the "//".
    directives.push_back({PosAt(start + 2), std::move(s), p == line_start_});
  }
  return true;
}

// Skips a /* comment (the opener is consumed). Returns false at EOF.
bool Lexer::FullComment() {
  const unsigned char* open = cur_ - 2;
  Pos open_pos = PosAt(open);
  while (cur_ < lim_) {
    if (cur_[0] == '*' && cur_ + 1 < lim_ && cur_[1] == '/') {
      cur_ += 2;
      return true;
    }
    if (*cur_ == '\n') {
      Newline(cur_);
      ++cur_;
      continue;
    }
    int n;
    int32_t r = DecodeRune(cur_, lim_, &n);
    if (r < 0) ErrorAt(cur_, "invalid UTF-8 encoding");
    else if (r == 0) ErrorAt(cur_, "invalid NUL character");
    cur_ += n;
  }
  diag_->Error(open_pos, "comment not terminated");
  return false;
}

// Scans a number literal by hand, the way gc's scanner does, to report
// malformed literals with gc's messages.
void Lexer::Number(const unsigned char* start) {
  cur_ = start;
  tok = Tok::Literal;
  nlsemi_ = true;
  kind = LitKind::Int;
  int base = 10;
  char prefix = 0;
  int digsep = 0;
  const unsigned char* invalid = nullptr;
  auto ch = [&]() -> int { return cur_ < lim_ ? *cur_ : -1; };
  // digits scans digits (and '_') of the given base; returns a bit set:
  // 1 = saw a digit, 2 = saw a separator.
  auto digits = [&](int b, bool track) {
    int ds = 0;
    if (b <= 10) {
      int max = '0' + b;
      while (IsDecimal(ch()) || ch() == '_') {
        int d = 1;
        if (ch() == '_') d = 2;
        else if (ch() >= max && track && !invalid) invalid = cur_;
        ds |= d;
        ++cur_;
      }
    } else {
      while (IsHex(ch()) || ch() == '_') {
        ds |= ch() == '_' ? 2 : 1;
        ++cur_;
      }
    }
    return ds;
  };
  bool ok = true;
  if (ch() != '.') {
    if (ch() == '0') {
      ++cur_;
      switch (Lower(ch())) {
        case 'x': ++cur_; base = 16; prefix = 'x'; break;
        case 'o': ++cur_; base = 8; prefix = 'o'; break;
        case 'b': ++cur_; base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;
      }
    }
    digsep |= digits(base, true);
    if ((digsep & 1) == 0 && (prefix == 'x' || prefix == 'o' || prefix == 'b')) {
      ErrorAt(cur_, std::string(LitName(prefix)) + " has no digits");
      ok = false;
    }
  }
  if (ch() == '.') {
    kind = LitKind::Float;
    if (prefix == 'o' || prefix == 'b') {
      ErrorAt(cur_, std::string("invalid radix point in ") + LitName(prefix));
      ok = false;
    }
    ++cur_;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0 && ok) {
    ErrorAt(cur_, std::string(LitName(prefix)) + " has no digits");
    ok = false;
  }
  int e = Lower(ch());
  if (e == 'e' || e == 'p') {
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
      ErrorAt(cur_, std::string("'") + static_cast<char>(ch()) +
                        "' exponent requires decimal mantissa");
      ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
      ErrorAt(cur_, std::string("'") + static_cast<char>(ch()) +
                        "' exponent requires hexadecimal mantissa");
      ok = false;
    }
    ++cur_;
    kind = LitKind::Float;
    if (ch() == '+' || ch() == '-') ++cur_;
    int ds = digits(10, false);
    digsep |= ds;
    if ((ds & 1) == 0 && ok) {
      ErrorAt(cur_, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == LitKind::Float && ok) {
    ErrorAt(cur_, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch() == 'i') {
    kind = LitKind::Imag;
    ++cur_;
  }
  lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
  if (kind == LitKind::Int && invalid && ok) {
    ErrorAt(invalid, std::string("invalid digit ") + QuoteRune(*invalid) +
                         " in " + LitName(prefix));
    ok = false;
  }
  if ((digsep & 2) && ok) {
    // '_' must separate successive digits: check each separator.
    int x1 = ' ';
    char d = '.';
    size_t i = 0;
    if (lit.size() >= 2 && lit[0] == '0') {
      x1 = lit[1];
      if (Lower(x1) == 'x' || Lower(x1) == 'o' || Lower(x1) == 'b') {
        d = '0';
        i = 2;
      }
    }
    for (; i < lit.size(); i++) {
      char p = d;
      d = lit[i];
      if (d == '_') {
        if (p != '0') {
          ErrorAt(start + i, "'_' must separate successive digits");
          ok = false;
          break;
        }
      } else if (IsDecimal(d) || (x1 == 'x' && IsHex(d))) {
        d = '0';
      } else {
        if (p == '_') {
          ErrorAt(start + i - 1, "'_' must separate successive digits");
          ok = false;
          break;
        }
        d = '.';
      }
    }
    if (ok && d == '_') {
      ErrorAt(start + lit.size() - 1, "'_' must separate successive digits");
      ok = false;
    }
  }
  bad = !ok;
}

// Scans one escape sequence after '\'; reports errors at the current byte.
bool Lexer::Escape(char quote) {
  auto ch = [&]() -> int { return cur_ < lim_ ? *cur_ : -1; };
  int n;
  uint32_t base, max;
  int c = ch();
  switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
    case '\\':
      ++cur_;
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6':
    case '7':
      n = 3; base = 8; max = 255;
      break;
    case 'x': ++cur_; n = 2; base = 16; max = 255; break;
    case 'u': ++cur_; n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': ++cur_; n = 8; base = 16; max = 0x10FFFF; break;
    default:
      if (c == quote) { ++cur_; return true; }
      if (c < 0) return true;
      ErrorAt(cur_, "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    c = ch();
    if (c < 0) return true;
    uint32_t d = base;
    if (IsDecimal(c)) d = c - '0';
    else if (Lower(c) >= 'a' && Lower(c) <= 'f') d = Lower(c) - 'a' + 10;
    if (d >= base) {
      int len;
      int32_t r = DecodeRune(cur_, lim_, &len);
      ErrorAt(cur_, "invalid character " + QuoteRune(r < 0 ? 0xFFFD : r) +
                        " in " + (base == 8 ? "octal" : "hexadecimal") +
                        " escape");
      return false;
    }
    x = x * base + d;
    ++cur_;
  }
  if (x > max && base == 8) {
    ErrorAt(cur_, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    ErrorAt(cur_, "escape is invalid Unicode code point " + FormatRuneU(x));
    return false;
  }
  return true;
}

void Lexer::StdString(const unsigned char* start) {
  bool ok = true;
  for (;;) {
    if (cur_ >= lim_) {
      ErrorAt(start, "string not terminated");
      ok = false;
      break;
    }
    unsigned char c = *cur_;
    if (c == '"') { ++cur_; break; }
    if (c == '\\') {
      ++cur_;
      if (!Escape('"')) ok = false;
      continue;
    }
    if (c == '\n') {
      ErrorAt(cur_, "newline in string");
      ok = false;
      break;
    }
    int n;
    int32_t r = DecodeRune(cur_, lim_, &n);
    if (r < 0) ErrorAt(cur_, "invalid UTF-8 encoding");
    else if (r == 0) ErrorAt(cur_, "invalid NUL character");
    cur_ += n;
  }
  tok = Tok::Literal;
  kind = LitKind::String;
  lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
  bad = !ok;
  nlsemi_ = true;
}

void Lexer::RawString(const unsigned char* start) {
  Pos start_pos = PosAt(start);
  bool ok = true;
  for (;;) {
    if (cur_ >= lim_) {
      diag_->Error(start_pos, "string not terminated");
      ok = false;
      break;
    }
    unsigned char c = *cur_;
    if (c == '`') { ++cur_; break; }
    if (c == '\n') { Newline(cur_); ++cur_; continue; }
    int n;
    int32_t r = DecodeRune(cur_, lim_, &n);
    if (r < 0) ErrorAt(cur_, "invalid UTF-8 encoding");
    else if (r == 0) ErrorAt(cur_, "invalid NUL character");
    cur_ += n;
  }
  pos = start_pos;
  tok = Tok::Literal;
  kind = LitKind::String;
  lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
  bad = !ok;
  nlsemi_ = true;
}

void Lexer::Rune(const unsigned char* start) {
  bool ok = true;
  int n = 0;
  for (;; n++) {
    if (cur_ >= lim_) {
      if (ok) ErrorAt(start, "rune literal not terminated");
      ok = false;
      break;
    }
    unsigned char c = *cur_;
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          ErrorAt(cur_, "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          ErrorAt(start, "more than one character in rune literal");
          ok = false;
        }
      }
      ++cur_;
      break;
    }
    if (c == '\\') {
      ++cur_;
      if (!Escape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) ErrorAt(cur_, "newline in rune literal");
      ok = false;
      break;
    }
    int len;
    int32_t r = DecodeRune(cur_, lim_, &len);
    if (r < 0) ErrorAt(cur_, "invalid UTF-8 encoding");
    else if (r == 0) ErrorAt(cur_, "invalid NUL character");
    cur_ += len;
  }
  tok = Tok::Literal;
  kind = LitKind::Rune;
  lit.assign(reinterpret_cast<const char*>(start), cur_ - start);
  bad = !ok;
  nlsemi_ = true;
}

}  // namespace gocc::compile
