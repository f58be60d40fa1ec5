// The statement parser (asm/parse.h): tokens -> statements -> Progs and data.
#include "asm/parse.h"

#include <cstring>
#include <map>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"
#include "asm/amd64/encode.h"
#include "asm/expr.h"
#include "asm/operand_bridge.h"

namespace gocc::assembler {
namespace {

struct Stmt {
  std::vector<std::pair<std::string, Pos>> labels;
  std::string op;
  Pos pos;  // of the mnemonic
  std::vector<std::vector<Token>> args;
};

std::string Text(const std::vector<Token>& toks) { return JoinTokens(toks); }

Pos PosOf(const std::vector<Token>& toks, Pos fallback) {
  return toks.empty() ? fallback : toks[0].pos;
}

class Parser {
 public:
  Parser(Preprocessor* pp, Diag* diag, ObjFile* obj)
      : pp_(pp), diag_(diag), obj_(obj) {}

  void Run() {
    for (;;) {
      Stmt st;
      bool eof = ReadStmt(&st);
      if (!st.op.empty() || !st.labels.empty()) Statement(st);
      if (eof || diag_->Stopped()) break;
    }
    EndText();
    for (const auto& s : obj_->syms) {
      if (s->kind == LSym::kData && !s->globl)
        diag_->Errorf(s->pos, "DATA for %s without GLOBL", s->name);
    }
  }

 private:
  // Reads tokens up to a newline, ';' or EOF and splits them into labels,
  // mnemonic and comma-separated operands. Returns true at EOF.
  bool ReadStmt(Stmt* st) {
    std::vector<Token> toks;
    bool eof = false;
    for (;;) {
      Token t = pp_->Next();
      if (t.kind == Token::kEOF) {
        eof = true;
        break;
      }
      if (t.kind == Token::kNewline) break;
      if (t.kind == Token::kOp && t.text == ";") break;
      toks.push_back(std::move(t));
    }
    size_t i = 0;
    while (i + 1 < toks.size() && toks[i].kind == Token::kIdent &&
           toks[i + 1].text == ":") {
      st->labels.push_back({toks[i].text, toks[i].pos});
      i += 2;
    }
    if (i >= toks.size()) return eof;
    if (toks[i].kind != Token::kIdent) {
      if (toks[i].text == "#")
        diag_->Error(toks[i].pos, "'#' must be first item on line");
      else
        diag_->Errorf(toks[i].pos, "unexpected %s at start of statement",
                      toks[i].text);
      return eof;
    }
    st->op = toks[i].text;
    st->pos = toks[i].pos;
    i++;
    if (i < toks.size()) {
      std::vector<Token> cur;
      int depth = 0;
      for (; i < toks.size(); i++) {
        const Token& t = toks[i];
        if (t.text == "(") depth++;
        if (t.text == ")") depth--;
        if (t.text == "," && depth == 0) {
          st->args.push_back(std::move(cur));
          cur.clear();
          continue;
        }
        cur.push_back(t);
      }
      st->args.push_back(std::move(cur));
    }
    return eof;
  }

  void Statement(const Stmt& st) {
    for (const auto& [name, pos] : st.labels) {
      if (cur_ == nullptr) {
        diag_->Errorf(pos, "label %s outside of TEXT", name);
        continue;
      }
      if (labels_.count(name) || PendingHas(name)) {
        diag_->Errorf(pos, "label %s multiply defined", absl::StrCat("\"", name, "\""));
        continue;
      }
      pending_.push_back({name, pos});
    }
    if (st.op.empty()) return;
    for (const auto& a : st.args) {
      if (a.empty()) {
        diag_->Error(st.pos, "missing operand");
        return;
      }
    }
    const std::string& op = st.op;
    if (op == "TEXT") return TextDirective(st);
    if (op == "DATA") return Data(st);
    if (op == "GLOBL") return Globl(st);
    if (cur_ == nullptr) {
      diag_->Errorf(st.pos, "%s outside of TEXT", op);
      return;
    }
    if (op == "FUNCDATA") return FuncData(st);
    if (op == "PCDATA") return PCData(st);
    if (op == "PCALIGN") return PCAlign(st);
    Instruction(st);
  }

  bool PendingHas(const std::string& name) const {
    for (const auto& p : pending_)
      if (p.first == name) return true;
    return false;
  }

  // Appends p to the current TEXT, binding pending labels to it.
  void Append(Prog p) {
    int idx = int(cur_->progs.size());
    for (const auto& [name, pos] : pending_) labels_[name] = idx;
    pending_.clear();
    cur_->progs.push_back(std::move(p));
  }

  bool Operand(const std::vector<Token>& toks, Addr* a, bool branch = false,
               bool pseudo = false) {
    std::string err;
    int col = 0;
    if (!ParseOperandText(Text(toks), branch, pseudo, obj_->pkg, a, &err, &col)) {
      Pos pos = PosOf(toks, Pos{});
      pos.col += col;
      diag_->Error(pos, err);
      return false;
    }
    return true;
  }

  bool Integer(const std::vector<Token>& toks, const std::string& what,
               int64_t* v) {
    std::string err;
    if (!EvalInteger(toks, v, &err)) {
      diag_->Errorf(PosOf(toks, Pos{}), "%s: %s", what, err);
      return false;
    }
    return true;
  }

  // $expr -> value.
  bool Immediate(const std::vector<Token>& toks, const std::string& what,
                 int64_t* v) {
    if (toks.empty() || toks[0].text != "$") {
      diag_->Errorf(PosOf(toks, Pos{}), "%s: expected immediate constant; found %s",
                    what, Text(toks));
      return false;
    }
    return Integer({toks.begin() + 1, toks.end()}, what, v);
  }

  // Parses a sym(SB) operand naming a symbol. allow_offset permits sym+8(SB).
  bool Symbol(const std::vector<Token>& toks, const std::string& what,
              bool allow_offset, std::string* name, int64_t* off, bool* local) {
    Addr a;
    if (!Operand(toks, &a, false, /*pseudo=*/true)) return false;
    if (a.type != Addr::kMem || a.sym.empty() ||
        (a.name != AddrName::kExtern && a.name != AddrName::kStatic) ||
        a.index != Reg::kNone) {
      diag_->Errorf(PosOf(toks, Pos{}), "%s symbol %s must be a symbol(SB)",
                    what, absl::StrCat("\"", Text(toks), "\""));
      return false;
    }
    if (!allow_offset && a.offset != 0) {
      diag_->Errorf(PosOf(toks, Pos{}), "%s symbol %s must not be offset from SB",
                    what, absl::StrCat("\"", a.sym, "\""));
      return false;
    }
    *name = a.sym;
    *off = a.offset;
    *local = a.name == AddrName::kStatic;
    return true;
  }

  void EndText() {
    if (cur_ == nullptr) return;
    if (!pending_.empty()) {
      Prog nop;
      nop.as = "NOP";
      nop.pos = pending_.back().second;
      Append(nop);
    }
    for (const auto& pt : patches_) {
      auto it = labels_.find(pt.label);
      if (it == labels_.end()) {
        diag_->Errorf(pt.pos, "undefined label %s", pt.label);
        continue;
      }
      cur_->progs[pt.prog].to.target = it->second;
    }
    for (const auto& [idx, pos] : rel_) {
      int t = cur_->progs[idx].to.target;
      if (t < 0 || t >= int(cur_->progs.size()))
        diag_->Errorf(pos, "branch out of range (%d(PC))",
                      int64_t(t) - int64_t(idx));
    }
    cur_ = nullptr;
    labels_.clear();
    pending_.clear();
    patches_.clear();
    rel_.clear();
  }

  // TEXT sym(SB), [flags,] $frame[-args]
  void TextDirective(const Stmt& st) {
    EndText();
    if (st.args.size() != 2 && st.args.size() != 3) {
      diag_->Error(st.pos, "expect two or three operands for TEXT");
      return;
    }
    std::string name;
    int64_t off;
    bool local;
    if (!Symbol(st.args[0], "TEXT", false, &name, &off, &local)) return;
    int64_t flags = 0;
    if (st.args.size() == 3 && !Integer(st.args[1], "TEXT", &flags)) return;
    const std::vector<Token>& fr = st.args.back();
    size_t i = 0;
    auto bad_frame = [&] {
      diag_->Errorf(PosOf(fr, st.pos),
                    "TEXT %s: frame size must be an immediate constant", name);
    };
    if (fr.size() < 2 || fr[0].text != "$") return bad_frame();
    i = 1;
    bool neg = false;
    if (fr[i].text == "-") {
      neg = true;
      i++;
    }
    uint64_t frame = 0, args = 0;
    if (i >= fr.size() || fr[i].kind != Token::kNumber ||
        !ParseIntLiteral(fr[i].text, &frame) || frame > (1u << 30))
      return bad_frame();
    i++;
    int64_t argsize = kArgsUnknown;
    if (i < fr.size()) {
      if (i + 2 != fr.size() || fr[i].text != "-" ||
          fr[i + 1].kind != Token::kNumber ||
          !ParseIntLiteral(fr[i + 1].text, &args) || args > (1u << 30)) {
        diag_->Errorf(PosOf(fr, st.pos),
                      "TEXT %s: argument size must be of form -integer", name);
        return;
      }
      argsize = int64_t(args);
    }
    if (LSym* old = obj_->Find(name)) {
      diag_->Errorf(st.pos, "symbol %s listed multiple times", old->name);
      return;
    }
    LSym* s = obj_->Add(name);
    s->kind = LSym::kText;
    s->local = local;
    s->pos = st.pos;
    s->flags = uint32_t(flags);
    s->frame = neg ? -int64_t(frame) : int64_t(frame);
    s->args = argsize;
    Prog p;
    p.as = "TEXT";
    p.pos = st.pos;
    p.from.type = Addr::kMem;
    p.from.name = local ? AddrName::kStatic : AddrName::kExtern;
    p.from.sym = name;
    p.to.type = Addr::kTextSize;
    p.to.offset = s->frame;
    p.to.val2 = argsize;
    cur_ = s;
    Append(p);
  }

  LSym* DataSym(const std::string& name, bool local, Pos pos) {
    LSym* s = obj_->Find(name);
    if (s == nullptr) {
      s = obj_->Add(name);
      s->kind = LSym::kData;
      s->local = local;
      s->pos = pos;
    }
    if (s->kind != LSym::kData) {
      diag_->Errorf(pos, "symbol %s listed multiple times", name);
      return nullptr;
    }
    return s;
  }

  // DATA sym+off(SB)/size, value
  void Data(const Stmt& st) {
    if (st.args.size() != 2) {
      diag_->Error(st.pos, "expect two operands for DATA");
      return;
    }
    const std::vector<Token>& op = st.args[0];
    size_t n = op.size();
    if (n < 3 || op[n - 2].text != "/" || op[n - 1].kind != Token::kNumber) {
      diag_->Error(PosOf(op, st.pos), "expect /size for DATA argument");
      return;
    }
    uint64_t sz = 0;
    // Any size parses, as in gc; each kind of value checks its own below
    // (strings may be longer than 8 bytes).
    if (!ParseIntLiteral(op[n - 1].text, &sz) || sz < 1 || sz > (1 << 20)) {
      diag_->Errorf(op[n - 1].pos, "bad size for DATA argument: \"%s\"",
                    op[n - 1].text);
      return;
    }
    std::string name;
    int64_t off;
    bool local;
    if (!Symbol({op.begin(), op.end() - 2}, "DATA", true, &name, &off, &local))
      return;
    Addr v;
    if (!Operand(st.args[1], &v, false, /*pseudo=*/true)) return;
    Pos vpos = PosOf(st.args[1], st.pos);
    if (v.type != Addr::kConst && v.type != Addr::kFConst &&
        v.type != Addr::kSConst && v.type != Addr::kAddr) {
      diag_->Error(vpos, "DATA value must be an immediate constant or address");
      return;
    }
    if (v.type == Addr::kAddr &&
        (v.sym.empty() || (v.reg != Reg::kNone && v.reg != Reg::SB) ||
         v.index != Reg::kNone)) {
      diag_->Error(vpos, "DATA value must be an immediate constant or address");
      return;
    }
    LSym* s = DataSym(name, local, st.pos);
    if (s == nullptr) return;
    auto last = data_end_.find(name);
    if (off < 0 || (last != data_end_.end() && off < last->second)) {
      diag_->Errorf(st.pos, "overlapping DATA entry for %s", name);
      return;
    }
    if (off > (1 << 30)) {
      diag_->Errorf(st.pos, "DATA offset %d too large", off);
      return;
    }
    data_end_[name] = off + int64_t(sz);
    uint64_t bits = 0;
    switch (v.type) {
      case Addr::kConst:
        if (sz != 1 && sz != 2 && sz != 4 && sz != 8) {
          diag_->Errorf(vpos, "bad int size for DATA argument: %d", sz);
          return;
        }
        bits = uint64_t(v.offset);
        break;
      case Addr::kFConst:
        if (sz == 4) {
          float f = float(v.fval);
          uint32_t b;
          std::memcpy(&b, &f, 4);
          bits = b;
        } else if (sz == 8) {
          std::memcpy(&bits, &v.fval, 8);
        } else {
          diag_->Errorf(vpos, "bad float size for DATA argument: %d", sz);
          return;
        }
        break;
      case Addr::kSConst:
        if (v.sval.size() > sz) {
          diag_->Errorf(vpos, "WriteString: bad string size: %d < %d", sz,
                        v.sval.size());
          return;
        }
        break;
      default:  // kAddr
        // /8: the address. /4: its offset from the start of its output
        // section (our extension: gc's compiler writes R_ADDROFF fields of
        // type descriptors directly into its objects).
        if (sz != 8 && sz != 4) {
          diag_->Errorf(vpos, "bad addr size for DATA argument: %d", sz);
          return;
        }
        s->relocs.push_back(Reloc{uint64_t(off),
                                  sz == 8 ? amd64::Fixup::kAbs64 : amd64::Fixup::kAddrOff,
                                  false, v.sym, v.offset});
        break;
    }
    size_t end = size_t(off) + sz;
    if (s->bytes.size() < end) {
      s->bytes.resize(end);
      s->written.resize(end);
    }
    for (size_t k = 0; k < sz; k++) {
      if (v.type == Addr::kSConst)
        s->bytes[off + k] = k < v.sval.size() ? uint8_t(v.sval[k]) : 0;
      else
        s->bytes[off + k] = uint8_t(bits >> (8 * k));
      s->written[off + k] = 1;
    }
    s->has_data = true;
  }

  // GLOBL sym(SB), [flags,] $size
  void Globl(const Stmt& st) {
    if (st.args.size() != 2 && st.args.size() != 3) {
      diag_->Error(st.pos, "expect two or three operands for GLOBL");
      return;
    }
    std::string name;
    int64_t off;
    bool local;
    if (!Symbol(st.args[0], "GLOBL", false, &name, &off, &local)) return;
    int64_t flags = 0, size = 0;
    if (st.args.size() == 3 && !Integer(st.args[1], "GLOBL", &flags)) return;
    if (!Immediate(st.args.back(), "GLOBL", &size)) return;
    if (size < 0 || size > (int64_t(1) << 31)) {
      diag_->Errorf(st.pos, "GLOBL %s: bad size %d", name, size);
      return;
    }
    LSym* s = DataSym(name, local, st.pos);
    if (s == nullptr) return;
    if (s->globl) {
      diag_->Errorf(st.pos, "symbol %s listed multiple times", name);
      return;
    }
    s->globl = true;
    s->pos = st.pos;
    s->size = size;
    s->flags = uint32_t(flags);
  }

  void FuncData(const Stmt& st) {
    if (st.args.size() != 2) {
      diag_->Error(st.pos, "expect two operands for FUNCDATA");
      return;
    }
    int64_t idx;
    if (!Immediate(st.args[0], "FUNCDATA", &idx)) return;
    if (idx < 0 || idx > 255) {
      diag_->Errorf(st.pos, "FUNCDATA index %d out of range", idx);
      return;
    }
    std::string name;
    int64_t off;
    bool local;
    if (!Symbol(st.args[1], "FUNCDATA", true, &name, &off, &local)) return;
    if (name == "go_args_stackmap") {
      // GO_ARGS (funcdata.h): the compiler-made stack map of this function.
      if (idx != 0) {
        diag_->Error(st.pos, "FUNCDATA use of go_args_stackmap(SB) without FUNCDATA_ArgsPointerMaps");
        return;
      }
      name = cur_->name + ".args_stackmap";
    } else if (name == "no_pointers_stackmap") {
      // NO_LOCAL_POINTERS: two empty bitmaps, []uint32{2, 0}, shared by all.
      if (idx != 1) {
        diag_->Error(st.pos, "FUNCDATA use of no_pointers_stackmap(SB) without FUNCDATA_LocalsPointerMaps");
        return;
      }
      name = "runtime.no_pointers_stackmap";
      if (obj_->Find(name) == nullptr) {
        LSym* s = obj_->Add(name);
        s->kind = LSym::kData;
        s->pos = st.pos;
        s->globl = s->has_data = true;
        s->flags = kRodata | kDupOK;
        s->size = 8;
        s->bytes = {2, 0, 0, 0, 0, 0, 0, 0};
      }
    }
    Prog p;
    p.as = "FUNCDATA";
    p.pos = st.pos;
    p.from.type = Addr::kConst;
    p.from.offset = idx;
    p.to.type = Addr::kMem;
    p.to.name = local ? AddrName::kStatic : AddrName::kExtern;
    p.to.sym = name;
    p.to.offset = off;
    Append(p);
  }

  void PCData(const Stmt& st) {
    if (st.args.size() != 2) {
      diag_->Error(st.pos, "expect two operands for PCDATA");
      return;
    }
    int64_t idx, val;
    if (!Immediate(st.args[0], "PCDATA", &idx)) return;
    if (!Immediate(st.args[1], "PCDATA", &val)) return;
    if (idx < 0 || idx > 255 || val < INT32_MIN || val > INT32_MAX) {
      diag_->Errorf(st.pos, "PCDATA $%d, $%d out of range", idx, val);
      return;
    }
    Prog p;
    p.as = "PCDATA";
    p.pos = st.pos;
    p.from.type = Addr::kConst;
    p.from.offset = idx;
    p.to.type = Addr::kConst;
    p.to.offset = val;
    Append(p);
  }

  void PCAlign(const Stmt& st) {
    if (st.args.size() != 1) {
      diag_->Error(st.pos, "expect one operand for PCALIGN");
      return;
    }
    int64_t a;
    if (!Immediate(st.args[0], "PCALIGN", &a)) return;
    if (a < 8 || a > 2048 || (a & (a - 1)) != 0) {
      diag_->Error(st.pos,
                   "alignment value of an instruction must be a power of two "
                   "and in the range [8, 2048]");
      return;
    }
    Prog p;
    p.as = "PCALIGN";
    p.pos = st.pos;
    p.from.type = Addr::kConst;
    p.from.offset = a;
    Append(p);
  }

  // A branch operand: label, n(PC), or anything the operand parser takes.
  bool BranchOperand(const std::vector<Token>& toks, int idx, Addr* a) {
    size_t n = toks.size();
    if (n == 1 && toks[0].kind == Token::kIdent &&
        LookupReg(toks[0].text) == Reg::kNone) {
      a->type = Addr::kBranch;
      patches_.push_back({idx, toks[0].text, toks[0].pos});
      return true;
    }
    if (n >= 3 && toks[n - 3].text == "(" && toks[n - 2].text == "PC" &&
        toks[n - 1].text == ")") {
      int64_t rel = 0;
      if (n > 3 && !Integer({toks.begin(), toks.end() - 3}, "branch", &rel))
        return false;
      if (rel < -(1 << 20) || rel > (1 << 20)) rel = 1 << 20;
      a->type = Addr::kBranch;
      a->target = int(idx + rel);
      rel_.push_back({idx, toks[0].pos});
      return true;
    }
    if (!Operand(toks, a, /*branch=*/true)) return false;
    if (a->type == Addr::kMem && !a->sym.empty() && a->index == Reg::kNone &&
        (a->name == AddrName::kExtern || a->name == AddrName::kStatic)) {
      a->type = Addr::kBranch;
      a->target = -1;
    }
    return true;
  }

  void Instruction(const Stmt& st) {
    const std::string& op = st.op;
    bool pseudo = op == "NOP" || op == "ADJSP" || op == "BYTE" ||
                  op == "WORD" || op == "LONG" || op == "QUAD";
    if (!pseudo && !amd64::IsKnownMnemonic(op)) {
      diag_->Errorf(st.pos, "unrecognized instruction \"%s\"", op);
      return;
    }
    Prog p;
    p.as = op;
    p.pos = st.pos;
    int idx = int(cur_->progs.size());
    size_t n = st.args.size();
    std::vector<Addr> addrs(n);
    for (size_t i = 0; i < n; i++) {
      bool ok = i + 1 == n && IsJump(op) ? BranchOperand(st.args[i], idx, &addrs[i])
                                          : Operand(st.args[i], &addrs[i]);
      if (!ok) {
        // Drop label patches registered for this Prog.
        while (!patches_.empty() && patches_.back().prog == idx) patches_.pop_back();
        return;
      }
    }
    if (n == 1) {
      if (IsJump(op) || op == "RET" || IsUnaryDst(op))
        p.to = addrs[0];
      else
        p.from = addrs[0];
    } else if (n >= 2) {
      p.from = addrs[0];
      p.to = addrs[n - 1];
      p.rest.assign(addrs.begin() + 1, addrs.end() - 1);
    }
    Append(std::move(p));
  }

  struct Patch {
    int prog;
    std::string label;
    Pos pos;
  };

  Preprocessor* pp_;
  Diag* diag_;
  ObjFile* obj_;
  LSym* cur_ = nullptr;
  std::map<std::string, int> labels_;
  std::vector<std::pair<std::string, Pos>> pending_;
  std::vector<Patch> patches_;
  std::vector<std::pair<int, Pos>> rel_;  // n(PC) branches to range-check
  std::map<std::string, int64_t> data_end_;
};

}  // namespace

bool IsUnaryDst(const std::string& as) {
  static const std::set<std::string> kDst = {
#define UNARY_DST(m) #m,
#include "asm/unarydst.def"
#undef UNARY_DST
  };
  return kDst.count(as) > 0;
}

bool IsJump(const std::string& as) {
  if (as == "CALL" || as == "JMP" || as == "XBEGIN") return true;
  if (as.size() >= 2 && as[0] == 'J') return true;
  return as.rfind("LOOP", 0) == 0;
}

void Parse(Preprocessor* pp, Diag* diag, ObjFile* obj) {
  Parser(pp, diag, obj).Run();
}

}  // namespace gocc::assembler
