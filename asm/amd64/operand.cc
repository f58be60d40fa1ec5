// The plan9 amd64 operand parser (operand.h). A hand-written scanner over
// the operand text: each operand is
//
//   operand = ['$'] ( reg [':' reg]
//                   | float | string
//                   | [expr] ['(' reg ['*' scale] ')' ['(' reg '*' scale ')']]
//                   | symbol ['<' [ident] '>'] [('+'|'-') expr] ['(' pseudo ')'] )
//             ['/' int]
//
// with the same leading-'(' rule as gc: "(" starts a register indirection if
// a register name follows it, else a parenthesised constant expression.
#include "asm/amd64/operand.h"

#include <cstring>

#include "asm/amd64/expr.h"

namespace gocc::assembler::amd64 {
namespace {

constexpr std::string_view kMiddleDot = "\xc2\xb7";     // U+00B7 '·'
constexpr std::string_view kDivisionSlash = "\xe2\x88\x95";  // U+2215 '∕'

bool IsIdentStart(Cursor* c) {
  char ch = c->PeekAt(0);
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_') return true;
  std::string_view rest = c->s.substr(c->pos);
  return rest.substr(0, 2) == kMiddleDot || rest.substr(0, 3) == kDivisionSlash ||
         (uint8_t(ch) >= 0x80);  // other Unicode letters
}

// Reads an identifier (letters, digits, '_', '·', '∕', other Unicode).
std::string_view ReadIdent(Cursor* c) {
  c->SkipSpace();
  size_t start = c->pos;
  while (c->pos < c->s.size()) {
    char ch = c->s[c->pos];
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
        ch == '_' || (uint8_t(ch) >= 0x80))
      c->pos++;
    else
      break;
  }
  return c->s.substr(start, c->pos - start);
}

// The register called name, with gc's alias g = R14; kNone if none.
Reg RegisterNamed(std::string_view name) {
  if (name == "g") return Reg::R14;
  if (name.empty() || name.size() > 8) return Reg::kNone;
  return LookupReg(std::string(name));
}

bool IsPseudo(Reg r) { return ClassOf(r) == RegClass::PSEUDO; }

class OperandParser {
 public:
  OperandParser(std::string_view text, OperandMode mode) : mode_(mode) { c_.s = text; }

  bool Parse(std::vector<Addr>* out) {
    out->clear();
    if (c_.AtEnd()) return true;
    for (;;) {
      size_t start = c_.pos;
      Addr a;
      if (!Operand(&a)) return false;
      out->push_back(std::move(a));
      (void)start;
      if (c_.AtEnd()) break;
      if (!c_.Accept(',')) return Fail("expected end of operand, found " + c_.Found());
      if (c_.AtEnd() || c_.Peek() == ',') return Fail("missing operand");
    }
    return true;
  }

  std::string err;
  int err_col = 0;

 private:
  bool Fail(std::string msg) {
    c_.SkipSpace();
    err = std::move(msg);
    err_col = int(c_.pos);
    return false;
  }
  bool FailAt(size_t pos, std::string msg) {
    err = std::move(msg);
    err_col = int(pos);
    return false;
  }

  bool AtOperandEnd() {
    char ch = c_.Peek();
    return ch == 0 || ch == ',';
  }

  // Is the cursor at '(' followed by a register name?
  bool AtRegisterIndirect() {
    if (c_.Peek() != '(') return false;
    Cursor save = c_;
    c_.pos++;
    c_.SkipSpace();
    bool reg = IsIdentStart(&c_) && RegisterNamed(ReadIdent(&c_)) != Reg::kNone;
    c_ = save;
    return reg;
  }

  bool Operand(Addr* a) {
    size_t start = (c_.SkipSpace(), c_.pos);
    bool dollar = c_.Accept('$');
    if (dollar && mode_ == OperandMode::kText && IsLastOperand()) return TextSize(a);
    if (dollar) {
      char ch = c_.Peek();
      if (ch == '"') {
        a->type = Addr::kSConst;
        if (!ParseStringLiteral(&c_, &a->sval, &err)) return FailAt(c_.pos, err);
        return Suffix(a);
      }
      double f;
      Cursor save = c_;
      if (ParseFloatLiteral(&c_, &f)) {
        if (AtOperandEnd()) {
          a->type = Addr::kFConst;
          a->fval = f;
          return true;
        }
        c_ = save;
      }
    } else {
      Cursor save = c_;
      double f;
      if (ParseFloatLiteral(&c_, &f) && AtOperandEnd())
        return FailAt(start, "floating-point constant must be an immediate");
      c_ = save;
      if (c_.Peek() == '"') return Fail("string constant must be an immediate");
    }

    // Register or register pair.
    if (IsIdentStart(&c_)) {
      Cursor save = c_;
      std::string_view name = ReadIdent(&c_);
      Reg r = RegisterNamed(name);
      if (r != Reg::kNone) {
        if (dollar) return FailAt(start, "illegal use of register " + std::string(name));
        if (c_.Peek() == ':') {
          c_.pos++;
          c_.SkipSpace();
          size_t at = c_.pos;
          Reg r2 = RegisterNamed(ReadIdent(&c_));
          if (r2 == Reg::kNone) {
            // FS:off / GS:off.
            if (ClassOf(r) == RegClass::SEG) {
              c_.pos = at;
              uint64_t v;
              if (!ParseExpr(&c_, &v, &err)) return FailAt(c_.pos, err);
              a->type = Addr::kMem;
              a->segment = r;
              a->offset = int64_t(v);
              return Suffix(a);
            }
            return FailAt(at, "invalid ':' in operand");
          }
          if (IsPseudo(r) || IsPseudo(r2)) return FailAt(start, "cannot use pseudo-register in pair");
          a->type = Addr::kRegPair;
          a->reg = r;
          a->reg2 = r2;
          return Suffix(a);
        }
        a->type = Addr::kReg;
        a->reg = r;
        if (r == Reg::SB || r == Reg::FP || r == Reg::PC)
          return FailAt(start, "illegal use of pseudo-register");
        return Suffix(a);
      }
      c_ = save;
      return Symbol(a, dollar, start);
    }

    // [expr] ['(' reg ... ')'] or a bare constant.
    uint64_t off = 0;
    bool have_const = false;
    if (StartsExpr(&c_) && !AtRegisterIndirect()) {
      if (!ParseExpr(&c_, &off, &err)) return FailAt(c_.pos, err);
      have_const = true;
    }
    if (c_.Peek() != '(') {
      if (!have_const) {
        if (AtOperandEnd()) return Fail("missing operand");
        return Fail("unexpected " + c_.Found() + " in operand");
      }
      a->offset = int64_t(off);
      if (dollar || mode_ == OperandMode::kPseudo || mode_ == OperandMode::kText) {
        a->type = Addr::kConst;
      } else {
        a->type = Addr::kMem;  // an absolute address, as gc reads it
      }
      return Suffix(a);
    }
    a->offset = int64_t(off);
    if (!Indirect(a, start)) return false;
    if (a->type == Addr::kBranch) {
      if (dollar) return FailAt(start, "illegal addressing mode for PC");
      return Suffix(a);
    }
    if (dollar) a->type = Addr::kAddr;
    return Suffix(a);
  }

  bool IsLastOperand() {
    // The rest of the text has no top-level comma (TEXT's frame operand).
    return c_.s.find(',', c_.pos) == std::string_view::npos;
  }

  // $frame[-args] of TEXT: integer literals only, as gc requires.
  bool TextSize(Addr* a) {
    bool neg = c_.Accept('-');
    uint64_t frame;
    char ch = c_.Peek();
    if (!(ch >= '0' && ch <= '9')) return Fail("frame size must be an immediate constant");
    if (!ParseIntLiteral(&c_, &frame, &err)) return FailAt(c_.pos, err);
    a->type = Addr::kTextSize;
    a->offset = neg ? -int64_t(frame) : int64_t(frame);
    a->val2 = kArgsUnknown;
    if (c_.Accept('-')) {
      uint64_t args;
      ch = c_.Peek();
      if (!(ch >= '0' && ch <= '9')) return Fail("argument size must be of form -integer");
      if (!ParseIntLiteral(&c_, &args, &err)) return FailAt(c_.pos, err);
      a->val2 = int64_t(args);
    }
    if (!AtOperandEnd()) return Fail("argument size must be of form -integer");
    return true;
  }

  // '(' reg ['*' scale] ')' ['(' reg '*' scale ')'] with a->offset set.
  bool Indirect(Addr* a, size_t start) {
    c_.Accept('(');
    c_.SkipSpace();
    size_t at = c_.pos;
    std::string_view name = ReadIdent(&c_);
    Reg r = RegisterNamed(name);
    if (r == Reg::kNone)
      return FailAt(at, "indirect through non-register " + (name.empty() ? c_.Found() : std::string(name)));
    a->type = Addr::kMem;
    if (c_.Accept('*')) {
      // (index*scale) with no base.
      int scale;
      if (!Scale(&scale)) return false;
      a->index = r;
      a->scale = uint8_t(scale);
      if (!c_.Accept(')')) return Fail("missing right parenthesis");
      return true;
    }
    if (!c_.Accept(')')) return Fail("expected ')', found " + c_.Found());
    if (r == Reg::PC) {
      a->type = Addr::kBranch;
      a->reg = Reg::PC;
      return true;
    }
    if (r == Reg::SB || r == Reg::FP) return FailAt(start, "cannot reference " + std::string(name) + " without a symbol");
    a->reg = r;
    if (c_.Peek() == '(') {
      c_.pos++;
      c_.SkipSpace();
      at = c_.pos;
      std::string_view iname = ReadIdent(&c_);
      Reg idx = RegisterNamed(iname);
      if (idx == Reg::kNone)
        return FailAt(at, "indirect through non-register " + (iname.empty() ? c_.Found() : std::string(iname)));
      int scale = 1;
      if (!c_.Accept('*')) return Fail("expected '*', found " + c_.Found());
      if (!Scale(&scale)) return false;
      if (!c_.Accept(')')) return Fail("missing right parenthesis");
      a->index = idx;
      a->scale = uint8_t(scale);
    }
    return true;
  }

  bool Scale(int* scale) {
    c_.SkipSpace();
    size_t at = c_.pos;
    uint64_t v;
    if (!ParseIntLiteral(&c_, &v, &err) || (v != 1 && v != 2 && v != 4 && v != 8)) {
      c_.pos = at;
      return Fail("bad scale: " + c_.Found());
    }
    *scale = int(v);
    return true;
  }

  // symbol ['<' [ident] '>'] [('+'|'-') expr] ['(' SB|FP|SP|PC ')' [index]]
  bool Symbol(Addr* a, bool dollar, size_t start) {
    std::string_view raw = ReadIdent(&c_);
    a->sym = CanonicalSymbol(raw);
    bool is_static = false;
    if (c_.Peek() == '<') {
      c_.pos++;
      if (c_.Peek() == '>') {
        is_static = true;
      } else {
        size_t at = (c_.SkipSpace(), c_.pos);
        std::string_view abi = ReadIdent(&c_);
        if (abi != "ABI0" && abi != "ABIInternal")
          return FailAt(at, "malformed ABI selector \"" + std::string(abi) +
                                "\" in reference to \"" + std::string(raw) + "\"");
      }
      if (!c_.Accept('>')) return Fail("expected '>', found " + c_.Found());
    }
    if (c_.Peek() == '+' || c_.Peek() == '-') {
      uint64_t off;
      if (!ParseExpr(&c_, &off, &err)) return FailAt(c_.pos, err);
      a->offset = int64_t(off);
    }
    if (AtOperandEnd() || c_.Peek() == '/') {
      if (!dollar && !is_static && a->offset == 0) {
        // A bare name: a branch target (label); the encoder rejects it
        // elsewhere.
        a->type = Addr::kBranch;
        return Suffix(a);
      }
      return FailAt(start, "illegal or missing addressing mode for symbol " + std::string(raw));
    }
    if (!c_.Accept('(')) return Fail("expected '(', found " + c_.Found());
    c_.SkipSpace();
    size_t at = c_.pos;
    std::string_view reg = ReadIdent(&c_);
    if (!c_.Accept(')')) return Fail("expected ')', found " + c_.Found());
    a->type = Addr::kMem;
    if (reg == "SB") {
      a->reg = Reg::SB;
      a->name = is_static ? AddrName::kStatic : AddrName::kExtern;
    } else if (reg == "FP") {
      a->reg = Reg::FP;
      a->name = AddrName::kParam;
    } else if (reg == "SP") {
      a->reg = Reg::SP;
      a->name = AddrName::kAuto;
    } else if (reg == "PC") {
      return FailAt(at, "illegal addressing mode for PC");
    } else {
      return FailAt(at, "expected pseudo-register; found " + std::string(reg));
    }
    if (c_.Peek() == '(') {
      // sym(SB)(R*scale)
      c_.pos++;
      c_.SkipSpace();
      size_t iat = c_.pos;
      Reg idx = RegisterNamed(ReadIdent(&c_));
      if (idx == Reg::kNone) return FailAt(iat, "indirect through non-register " + c_.Found());
      int scale = 1;
      if (!c_.Accept('*')) return Fail("expected '*', found " + c_.Found());
      if (!Scale(&scale)) return false;
      if (!c_.Accept(')')) return Fail("missing right parenthesis");
      a->index = idx;
      a->scale = uint8_t(scale);
    }
    if (dollar) {
      a->type = Addr::kAddr;
    } else if (mode_ == OperandMode::kBranch && a->name != AddrName::kAuto &&
               a->name != AddrName::kParam && a->index == Reg::kNone) {
      a->type = Addr::kBranch;
    }
    return Suffix(a);
  }

  // Optional '/width' of DATA (into val2), then the end of the operand.
  bool Suffix(Addr* a) {
    if (c_.Peek() == '/' && a->type == Addr::kMem) {
      c_.pos++;
      uint64_t w;
      c_.SkipSpace();
      if (!ParseIntLiteral(&c_, &w, &err)) return FailAt(c_.pos, err);
      a->val2 = int64_t(w);
    }
    if (!AtOperandEnd()) return Fail("expected end of operand, found " + c_.Found());
    return true;
  }

  Cursor c_;
  OperandMode mode_;
};

}  // namespace

std::string CanonicalSymbol(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    if (name.substr(i, 2) == kMiddleDot) {
      out.push_back('.');
      i += 2;
    } else if (name.substr(i, 3) == kDivisionSlash) {
      out.push_back('/');
      i += 3;
    } else {
      out.push_back(name[i++]);
    }
  }
  return out;
}

OperandMode ModeFor(std::string_view as) {
  if (as == "TEXT") return OperandMode::kText;
  if (as == "DATA" || as == "GLOBL" || as == "PCDATA" || as == "FUNCDATA")
    return OperandMode::kPseudo;
  if (as == "CALL" || as == "JMP" || as == "LOOP" || as == "JCXZL" || as == "JCXZQ" ||
      as == "XBEGIN")
    return OperandMode::kBranch;
  if (as.size() >= 2 && as[0] == 'J') return OperandMode::kBranch;  // Jcc and aliases
  return OperandMode::kNormal;
}

bool ParseOperands(std::string_view text, std::vector<Addr>* out, std::string* err,
                   int* err_col, OperandMode mode) {
  OperandParser p(text, mode);
  if (p.Parse(out)) return true;
  *err = p.err;
  *err_col = p.err_col;
  return false;
}

bool SplitStatement(std::string_view stmt, std::string_view* mnemonic,
                    std::string_view* operands) {
  size_t i = 0;
  while (i < stmt.size() && (stmt[i] == ' ' || stmt[i] == '\t')) i++;
  size_t start = i;
  while (i < stmt.size() && ((stmt[i] >= 'A' && stmt[i] <= 'Z') || (stmt[i] >= '0' && stmt[i] <= '9')))
    i++;
  if (i == start || (stmt[start] >= '0' && stmt[start] <= '9')) return false;
  if (i < stmt.size() && stmt[i] != ' ' && stmt[i] != '\t') return false;
  *mnemonic = stmt.substr(start, i - start);
  *operands = stmt.substr(i);
  return true;
}

}  // namespace gocc::assembler::amd64
