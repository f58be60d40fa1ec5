// Emission of plan9 amd64 text from a register-allocated Func. One TEXT
// per function:
//
//   TEXT pkg·f(SB), NOSPLIT, $frame-args   (NOSPLIT only for leaves)
//
// then, block by block in layout order, a label, the instructions of each
// value (a few for macro ops such as division or Go-semantics shifts),
// #line markers whenever the source line changes (with the line's source
// text as a comment when the builder supplied it), phi moves, and the
// branch. Operands come from Func::locs: a register, a spill slot
// off(SP), an argument slot name+off(FP), or a rematerialized constant or
// address. AX, CX, DX, X14 and X15 are scratch (regalloc.cc).
#include "compile/ssa/emit.h"

#include <cstring>
#include <map>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "compile/ssa/regs.h"
#include "compile/ssa/schedule.h"

namespace gocc::ssa {
namespace {

bool FitsInt32(int64_t c) { return c >= INT32_MIN && c <= INT32_MAX; }

// Width in bytes of an instruction from its mnemonic suffix.
int WidthOf(const char* mnem) {
  std::string m = mnem;
  if (m.size() >= 2 && (m.ends_with("SD"))) return 8;
  if (m.size() >= 2 && (m.ends_with("SS"))) return 4;
  switch (m.back()) {
    case 'Q':
      return 8;
    case 'L':
      return 4;
    case 'W':
      return 2;
    case 'B':
      return 1;
    default:
      return 8;
  }
}

class Emitter {
 public:
  Emitter(const Func& f, const EmitOptions& o) : f_(f), opts_(o) {}
  absl::StatusOr<std::string> Run();

 private:
  // #line has the C preprocessor's meaning in plan9 assembly: the next
  // physical line is line N and each later line counts up from there. So
  // every instruction line must be preceded by a marker unless the count
  // already gives it the right line (next_phys_ tracks that count).
  void Line(const std::string& text) {
    out_ += text;
    out_ += '\n';
    if (next_phys_ > 0) next_phys_++;
  }
  void Mark() {
    if (cur_line_ > 0 && cur_line_ != next_phys_) {
      out_ += absl::StrFormat("#line %d \"%s\"\n", cur_line_, file_);
      next_phys_ = cur_line_;
    }
  }
  void Ins(const std::string& s) {
    Mark();
    Line("\t" + s);
  }
  void Label(const std::string& l) { Line(l + ":"); }
  void Position(Pos pos);
  const Location& Loc(const Value* v) const { return f_.locs[v->id]; }
  bool InReg(const Value* v) const { return Loc(v).kind == Location::kReg; }
  int RegOf(const Value* v) const { return Loc(v).reg; }
  // The memory operand of a spilled or stack-argument value.
  std::string HomeMem(const Value* v) const;
  // The memory operand of a lowered load/store/LEAQ; may load a base into CX.
  std::string AddrOperand(const Value* v);
  std::string LocalOffset(const Value* v, int64_t off) const;
  // Puts v's value into register r.
  void LoadInto(const Value* v, int r);
  void LoadHome(const Value* v, int r);   // from its spill/param slot
  void LoadParam(const Value* v, int r);  // an Arg from its FP slot
  // v's value as an operand for an instruction of width `width`: its
  // register, its home memory (if allow_mem), an immediate (if allow_imm and
  // v is an integer constant that fits), or else `scratch` after loading.
  std::string Src(const Value* v, int scratch, int width, bool allow_mem,
                  bool allow_imm);
  // Stores register r as v's result (no-op if v lives in r).
  void Def(const Value* v, int r);
  int ResultReg(const Value* v) const {
    if (InReg(v)) return RegOf(v);
    return v->type->IsFloat() ? kX15 : kAX;
  }
  absl::Status EmitValue(const Value* v);
  void EmitCompare(const Value* v);  // the CMP of a CMPxset
  void EmitPhiMoves(const Block* b);
  void EmitBranch(const Block* b, size_t index);
  void EmitCall(const std::string& target);
  std::string Uniq(const Value* v, const char* what) const {
    return absl::StrCat("v", v->id, what);
  }

  std::string RT(const std::string& fn) {
    return Sym(opts_.runtime_pkg + "." + fn) + "(SB)";
  }
  // The plan9 spelling of a linker symbol. gc's asm cannot spell import
  // paths containing '.', except for the current package as ·name.
  std::string Sym(const std::string& name) {
    if (absl::StartsWith(name, "type.") || absl::StartsWith(name, "go.itab."))
      return AsmSymbol(name);
    size_t slash = name.rfind('/');
    size_t dot = name.find('.', slash == std::string::npos ? 0 : slash);
    if (dot == std::string::npos) return AsmSymbol(name);
    std::string pkg = name.substr(0, dot);
    if (pkg.find('.') == std::string::npos) return AsmSymbol(name);
    if (pkg == f_.pkg) return "\xc2\xb7" + AsmSymbol(name.substr(dot + 1));
    if (error_.ok()) {
      error_ = absl::UnimplementedError(absl::StrCat(
          "ssa: symbol ", name,
          ": import paths with '.' cannot be spelled in plan9 assembly"));
    }
    return AsmSymbol(name);
  }
  absl::Status error_;

  const Func& f_;
  const EmitOptions& opts_;
  std::string out_;
  int last_line_ = 0;  // line of the last source comment
  int cur_line_ = 0;   // source line of the instructions being emitted
  int next_phys_ = 0;  // line asm gives the next physical line (0: unknown)
  std::string file_ = f_.file;  // file named by #line markers
  bool need_panicdivide_ = false;
  bool last_was_call_ = false;
};

void Emitter::Position(Pos pos) {
  if (pos.line <= 0 || pos.line == last_line_) return;
  last_line_ = pos.line;
  cur_line_ = pos.line;
  auto it = f_.source_lines.find(pos.line);
  if (it != f_.source_lines.end()) Line(absl::StrCat("\t// ", it->second));
}

std::string Emitter::HomeMem(const Value* v) const {
  const Location& l = Loc(v);
  if (l.kind == Location::kParam) {
    return absl::StrCat(v->aux.empty() ? "arg" : v->aux, "+", v->aux_int,
                        "(FP)");
  }
  return absl::StrCat(l.offset, "(SP)");
}

std::string Emitter::LocalOffset(const Value* v, int64_t off) const {
  const LocalSlot* l = nullptr;
  for (const LocalSlot& s : f_.locals) {
    if (s.name == v->aux) l = &s;
  }
  return absl::StrCat(l ? l->offset + off : off, "(SP)");
}

std::string Emitter::AddrOperand(const Value* v) {
  int64_t off = v->aux_int;
  switch (v->amode) {
    case AddrMode::kSP:
      return absl::StrCat(off, "(SP)");
    case AddrMode::kFP:
      return absl::StrCat(v->aux.empty() ? "arg" : v->aux, off < 0 ? "" : "+",
                          off, "(FP)");
    case AddrMode::kLocal:
      return LocalOffset(v, off);
    case AddrMode::kSB:
      return absl::StrCat(Sym(v->aux),
                          off == 0 ? "" : absl::StrCat(off < 0 ? "" : "+", off),
                          "(SB)");
    case AddrMode::kReg:
      break;
  }
  const Value* base = v->args[0];
  if (InReg(base))
    return absl::StrCat(off == 0 ? "" : absl::StrCat(off), "(",
                        RegName(RegOf(base)), ")");
  LoadInto(base, kCX);
  return absl::StrCat(off == 0 ? "" : absl::StrCat(off), "(CX)");
}

void Emitter::LoadInto(const Value* v, int r) {
  const char* rn = RegName(r);
  bool fp = IsFPReg(r);
  switch (v->op) {
    case Op::kMOVQconst:
      if (fp) {
        Ins(absl::StrCat("MOVQ $", v->aux_int, ", DX"));
        Ins(absl::StrCat("MOVQ DX, ", rn));
      } else {
        Ins(absl::StrCat("MOVQ $", v->aux_int, ", ", rn));
      }
      return;
    case Op::kMOVSDconst:
    case Op::kMOVSSconst: {
      int64_t bits = v->aux_int;
      if (v->op == Op::kMOVSSconst) {
        double d;
        std::memcpy(&d, &bits, 8);
        float fl = static_cast<float>(d);
        uint32_t b32;
        std::memcpy(&b32, &fl, 4);
        bits = b32;
      }
      if (bits == 0) {
        Ins(absl::StrCat("XORPS ", rn, ", ", rn));
        return;
      }
      Ins(absl::StrFormat("MOVQ $0x%x, DX", static_cast<uint64_t>(bits)));
      Ins(absl::StrCat("MOVQ DX, ", rn));
      return;
    }
    case Op::kLEAQ:
      if (v->amode != AddrMode::kReg) {
        Ins(absl::StrCat("LEAQ ", AddrOperand(v), ", ", rn));
        return;
      }
      break;
    case Op::kSP:
      Ins(absl::StrCat("MOVQ SP, ", rn));
      return;
    default:
      break;
  }
  const Location& l = Loc(v);
  if (l.kind == Location::kReg) {
    if (l.reg == r) return;
    bool src_fp = IsFPReg(l.reg);
    if (fp && src_fp)
      Ins(absl::StrCat("MOVAPS ", RegName(l.reg), ", ", rn));
    else
      Ins(absl::StrCat("MOVQ ", RegName(l.reg), ", ", rn));
    return;
  }
  LoadHome(v, r);
}

void Emitter::LoadParam(const Value* v, int r) {
  const Type* t = v->type;
  const char* mnem;
  if (t->IsFloat())
    mnem = t->size == 4 ? "MOVSS" : "MOVSD";
  else if (t->size == 1)
    mnem = "MOVBLZX";
  else if (t->size == 2)
    mnem = "MOVWLZX";
  else if (t->size == 4)
    mnem = "MOVL";
  else
    mnem = "MOVQ";
  Ins(absl::StrCat(mnem, " ", v->aux.empty() ? "arg" : v->aux, "+", v->aux_int,
                   "(FP), ", RegName(r)));
}

void Emitter::LoadHome(const Value* v, int r) {
  // Memory home: load with the value's own width.
  const char* rn = RegName(r);
  bool fp = IsFPReg(r);
  std::string mem = HomeMem(v);
  const Type* t = v->type;
  const char* mnem;
  if (t->IsFloat())
    mnem = t->size == 4 ? "MOVSS" : "MOVSD";
  else if (t->size == 1)
    mnem = "MOVBLZX";
  else if (t->size == 2)
    mnem = "MOVWLZX";
  else if (t->size == 4)
    mnem = "MOVL";
  else
    mnem = "MOVQ";
  if (fp != t->IsFloat()) mnem = "MOVQ";  // bit copy across classes
  Ins(absl::StrCat(mnem, " ", mem, ", ", rn));
}

std::string Emitter::Src(const Value* v, int scratch, int width, bool allow_mem,
                         bool allow_imm) {
  if (allow_imm && v->op == Op::kMOVQconst) {
    int64_t c = ExtendConst(v->aux_int, width);
    if (FitsInt32(c)) return absl::StrCat("$", c);
  }
  const Location& l = Loc(v);
  if (l.kind == Location::kReg) return RegName(l.reg);
  if (allow_mem && !IsRematerializable(v) &&
      (l.kind == Location::kSpill ||
       (l.kind == Location::kParam && v->type->size >= width))) {
    return HomeMem(v);
  }
  LoadInto(v, scratch);
  return RegName(scratch);
}

void Emitter::Def(const Value* v, int r) {
  const Location& l = Loc(v);
  if (l.kind == Location::kReg) {
    if (l.reg != r) {
      bool fp = IsFPReg(r);
      Ins(absl::StrCat(fp && IsFPReg(l.reg) ? "MOVAPS " : "MOVQ ", RegName(r),
                       ", ", RegName(l.reg)));
    }
    return;
  }
  if (l.kind == Location::kSpill) {
    Ins(absl::StrCat(IsFPReg(r) ? "MOVSD " : "MOVQ ", RegName(r), ", ",
                     HomeMem(v)));
  }
  // kNone: the value is unused (kept for its side effects).
}

void Emitter::EmitCall(const std::string& target) { Ins("CALL " + target); }

void Emitter::EmitCompare(const Value* v) {
  const char* m = v->info().asm_name;
  int w = WidthOf(m);
  const Value* a = v->args[0];
  const Value* b = v->args[1];
  std::string ao = Src(a, kAX, w, true, false);
  bool a_mem = ao.find('(') != std::string::npos;
  std::string bo = Src(b, kCX, w, !a_mem, true);
  Ins(absl::StrCat(m, " ", ao, ", ", bo));
}

absl::Status Emitter::EmitValue(const Value* v) {
  const OpInfo& in = v->info();
  switch (v->op) {
    case Op::kPhi:
    case Op::kInitMem:
    case Op::kSP:
      return absl::OkStatus();
    case Op::kArg:
      if (InReg(v)) LoadParam(v, RegOf(v));
      return absl::OkStatus();
    case Op::kGetClosurePtr:
      Def(v, kDX);
      return absl::OkStatus();
    case Op::kCopy: {
      const Location& l = Loc(v);
      if (l.kind == Location::kNone) return absl::OkStatus();
      int r = ResultReg(v);
      LoadInto(v->args[0], r);
      Def(v, r);
      return absl::OkStatus();
    }
    default:
      break;
  }
  if (IsRematerializable(v) || IsFusedControl(v)) return absl::OkStatus();
  Position(v->pos);
  const char* m = in.asm_name;
  last_was_call_ = false;
  switch (in.emit) {
    case kEBin: {
      int w = WidthOf(m);
      int r = ResultReg(v);
      LoadInto(v->args[0], r);
      bool fp = v->type->IsFloat();
      Ins(absl::StrCat(m, " ", Src(v->args[1], fp ? kX14 : kCX, w, true, !fp),
                       ", ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEBinConst: {
      int r = ResultReg(v);
      LoadInto(v->args[0], r);
      Ins(absl::StrCat(m, " $", v->aux_int, ", ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEUn: {
      int r = ResultReg(v);
      LoadInto(v->args[0], r);
      Ins(absl::StrCat(m, " ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEUnary: {
      int r = ResultReg(v);
      const Value* a = v->args[0];
      int scratch = a->type->IsFloat() ? kX14 : kCX;
      Ins(absl::StrCat(m, " ", Src(a, scratch, 1, true, false), ", ",
                       RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEFNeg: {
      int r = ResultReg(v);
      LoadInto(v->args[0], r);
      Ins(v->op == Op::kNEGSD ? "MOVQ $-9223372036854775808, AX"
                              : "MOVQ $2147483648, AX");
      Ins("MOVQ AX, X14");
      Ins(absl::StrCat("XORPS X14, ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kECmpSet: {
      EmitCompare(v);
      int r = ResultReg(v);
      Ins(absl::StrCat(SetInst(static_cast<Cond>(v->aux_int)), " ",
                       RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEFCmpSet: {
      // plan9 UCOMISD src, dst compares dst with src: put b in dst.
      auto c = static_cast<Cond>(v->aux_int);
      int w = WidthOf(m);
      const Value* a = v->args[0];
      const Value* b = v->args[1];
      int breg = InReg(b) ? RegOf(b) : kX15;
      LoadInto(b, breg);
      Ins(absl::StrCat(m, " ", Src(a, kX14, w, true, false), ", ",
                       RegName(breg)));
      int r = ResultReg(v);
      const char* rn = RegName(r);
      switch (c) {
        case Cond::kLT:
          Ins(absl::StrCat("SETHI ", rn));
          break;  // b > a
        case Cond::kLE:
          Ins(absl::StrCat("SETCC ", rn));
          break;  // b >= a
        case Cond::kEQ:
          Ins(absl::StrCat("SETEQ ", rn));
          Ins("SETPC CX");
          Ins(absl::StrCat("ANDL CX, ", rn));
          break;
        case Cond::kNE:
          Ins(absl::StrCat("SETNE ", rn));
          Ins("SETPS CX");
          Ins(absl::StrCat("ORL CX, ", rn));
          break;
        default:
          return absl::InternalError("bad float condition");
      }
      Def(v, r);
      return absl::OkStatus();
    }
    case kEDiv: {
      bool is_signed = v->op == Op::kDIVQ || v->op == Op::kMODQ;
      bool mod = v->op == Op::kMODQ || v->op == Op::kMODQU;
      LoadInto(v->args[0], kAX);
      std::string d = Src(v->args[1], kCX, 8, true, false);
      std::string done = Uniq(v, "done");
      if (v->aux_int & 1) {
        Ins(absl::StrCat("CMPQ ", d, ", $0"));
        Ins("JEQ panicdivide");
        need_panicdivide_ = true;
      }
      if (v->aux_int & 2) {
        // MinInt64 / -1 traps in IDIVQ; Go defines it as MinInt64 (mod 0).
        Ins(absl::StrCat("CMPQ ", d, ", $-1"));
        Ins(absl::StrCat("JEQ ", Uniq(v, "m1")));
      }
      if (is_signed) {
        Ins("CQO");
      } else {
        Ins("XORL DX, DX");
      }
      Ins(absl::StrCat(m, " ", d));
      if (v->aux_int & 2) {
        Ins(absl::StrCat("JMP ", done));
        Label(Uniq(v, "m1"));
        if (mod)
          Ins("MOVQ $0, DX");
        else
          Ins("NEGQ AX");
        Label(done);
      }
      Def(v, mod ? kDX : kAX);
      return absl::OkStatus();
    }
    case kEMulHi: {
      LoadInto(v->args[0], kAX);
      Ins(absl::StrCat("MULQ ", Src(v->args[1], kCX, 8, true, false)));
      Def(v, kDX);
      return absl::OkStatus();
    }
    case kEShift: {
      LoadInto(v->args[1], kCX);
      LoadInto(v->args[0], kAX);
      if (v->op == Op::kSARQ) {
        Ins("MOVQ $63, DX");
        Ins("CMPQ CX, $64");
        Ins("CMOVQCC DX, CX");
        Ins("SARQ CX, AX");
      } else {
        Ins(absl::StrCat(m, " CX, AX"));
        Ins("CMPQ CX, $64");
        Ins("SBBQ DX, DX");
        Ins("ANDQ DX, AX");
      }
      Def(v, kAX);
      return absl::OkStatus();
    }
    case kECvtU2F: {
      bool single = v->aux_int == 4;
      const char* cvt = single ? "CVTSQ2SS" : "CVTSQ2SD";
      const char* add = single ? "ADDSS" : "ADDSD";
      int r = ResultReg(v);
      const char* rn = RegName(r);
      LoadInto(v->args[0], kAX);
      Ins("TESTQ AX, AX");
      Ins(absl::StrCat("JLT ", Uniq(v, "big")));
      Ins(absl::StrCat(cvt, " AX, ", rn));
      Ins(absl::StrCat("JMP ", Uniq(v, "done")));
      Label(Uniq(v, "big"));
      // Halve, keeping the low bit sticky so rounding stays correct; double.
      Ins("MOVQ AX, CX");
      Ins("SHRQ $1, CX");
      Ins("ANDL $1, AX");
      Ins("ORQ AX, CX");
      Ins(absl::StrCat(cvt, " CX, ", rn));
      Ins(absl::StrCat(add, " ", rn, ", ", rn));
      Label(Uniq(v, "done"));
      Def(v, r);
      return absl::OkStatus();
    }
    case kECvtF2U: {
      bool single = v->aux_int == 4;
      LoadInto(v->args[0], kX15);
      // X14 = 2^63 in the source precision.
      Ins(single ? "MOVQ $0x5f000000, AX" : "MOVQ $0x43e0000000000000, AX");
      Ins("MOVQ AX, X14");
      Ins(absl::StrCat(single ? "UCOMISS" : "UCOMISD", " X14, X15"));
      Ins(absl::StrCat("JCC ", Uniq(v, "big")));
      Ins(absl::StrCat(single ? "CVTTSS2SQ" : "CVTTSD2SQ", " X15, AX"));
      Ins(absl::StrCat("JMP ", Uniq(v, "done")));
      Label(Uniq(v, "big"));
      Ins(absl::StrCat(single ? "SUBSS" : "SUBSD", " X14, X15"));
      Ins(absl::StrCat(single ? "CVTTSS2SQ" : "CVTTSD2SQ", " X15, AX"));
      Ins("MOVQ $-9223372036854775808, CX");
      Ins("ORQ CX, AX");  // as gc: 2^64 and above give 1<<63
      Label(Uniq(v, "done"));
      Def(v, kAX);
      return absl::OkStatus();
    }
    case kELoad: {
      int r = ResultReg(v);
      Ins(absl::StrCat(m, " ", AddrOperand(v), ", ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEStore: {
      const Value* x = v->args[1];
      int w = WidthOf(m);
      bool fp = x->type->IsFloat();
      std::string src = Src(x, fp ? kX15 : kAX, w, false, !fp);
      Ins(absl::StrCat(m, " ", src, ", ", AddrOperand(v)));
      return absl::OkStatus();
    }
    case kELea: {
      int r = ResultReg(v);
      Ins(absl::StrCat("LEAQ ", AddrOperand(v), ", ", RegName(r)));
      Def(v, r);
      return absl::OkStatus();
    }
    case kEMove:
    case kEZero: {
      bool move = in.emit == kEMove;
      int64_t n = v->aux_int;
      if (v->op == Op::kCALLmemmove || v->op == Op::kCALLmemclr) {
        Ins(absl::StrCat("MOVQ ", Src(v->args[0], kAX, 8, false, false),
                         ", 0(SP)"));
        if (move) {
          Ins(absl::StrCat("MOVQ ", Src(v->args[1], kAX, 8, false, false),
                           ", 8(SP)"));
        }
        Ins(absl::StrCat("MOVQ $", n, move ? ", 16(SP)" : ", 8(SP)"));
        EmitCall(RT(move ? "memmove" : "memclrNoHeapPointers"));
        return absl::OkStatus();
      }
      std::string dst = Src(v->args[0], kDX, 8, false, false);
      std::string src = move ? Src(v->args[1], kCX, 8, false, false) : "";
      int64_t off = 0;
      static const struct {
        int size;
        const char* mov;
      } kChunks[] = {{8, "MOVQ"}, {4, "MOVL"}, {2, "MOVW"}, {1, "MOVB"}};
      for (const auto& c : kChunks) {
        while (n - off >= c.size) {
          if (move) {
            Ins(absl::StrCat(c.mov, " ", off, "(", src, "), AX"));
            Ins(absl::StrCat(c.mov, " AX, ", off, "(", dst, ")"));
          } else {
            Ins(absl::StrCat(c.mov, " $0, ", off, "(", dst, ")"));
          }
          off += c.size;
        }
      }
      return absl::OkStatus();
    }
    case kECall:
      switch (v->op) {
        case Op::kCALLstatic:
          EmitCall(Sym(v->aux) + "(SB)");
          break;
        case Op::kCALLclosure:
          LoadInto(v->args[1], kDX);
          LoadInto(v->args[0], kAX);
          EmitCall("AX");
          break;
        default:
          LoadInto(v->args[0], kAX);
          EmitCall("AX");
          break;
      }
      last_was_call_ = true;
      return absl::OkStatus();
    case kENilCheck: {
      const Value* p = v->args[0];
      if (InReg(p)) {
        Ins(absl::StrCat("TESTB AX, (", RegName(RegOf(p)), ")"));
      } else {
        LoadInto(p, kAX);
        Ins("TESTB AX, (AX)");
      }
      return absl::OkStatus();
    }
    case kEPanicBounds: {
      Ins(absl::StrCat("MOVQ ", Src(v->args[0], kAX, 8, false, true),
                       ", 0(SP)"));
      Ins(absl::StrCat("MOVQ ", Src(v->args[1], kAX, 8, false, true),
                       ", 8(SP)"));
      EmitCall(RT(BoundsFunc(static_cast<BoundsKind>(v->aux_int))));
      last_was_call_ = true;
      return absl::OkStatus();
    }
    default:
      return absl::UnimplementedError(
          absl::StrCat("ssa: emitting ", in.name, " not implemented"));
  }
}

// The parallel move {phi <- arg} on the edge b -> its single successor.
void Emitter::EmitPhiMoves(const Block* b) {
  if (b->succs.size() != 1) return;
  const Block* s = b->Succ(0);
  int idx = b->succs[0].i;
  struct Move {
    const Value* dst;
    const Value* src;
    int src_reg;  // >= 0: the source was saved in this scratch register
  };
  auto key = [&](const Location& l) -> std::string {
    if (l.kind == Location::kReg) return absl::StrCat("r", l.reg);
    if (l.kind == Location::kSpill) return absl::StrCat("s", l.offset);
    return "";
  };
  std::vector<Move> moves;
  for (const Value* v : s->values) {
    if (v->op != Op::kPhi) continue;
    const Location& dl = Loc(v);
    if (dl.kind == Location::kNone) continue;
    const Value* a = v->args[idx];
    if (!IsRematerializable(a) && key(Loc(a)) == key(dl)) continue;
    moves.push_back({v, a, -1});
  }
  auto src_key = [&](const Move& m) -> std::string {
    if (m.src_reg >= 0 || IsRematerializable(m.src)) return "";
    return key(Loc(m.src));
  };
  auto emit_move = [&](const Move& m) {
    const Location& dl = Loc(m.dst);
    bool fp = m.dst->type->IsFloat();
    int r = dl.kind == Location::kReg ? dl.reg : (fp ? kX15 : kAX);
    if (m.src_reg >= 0) {
      if (m.src_reg != r) {
        Ins(absl::StrCat(fp ? "MOVAPS " : "MOVQ ", RegName(m.src_reg), ", ",
                         RegName(r)));
      }
    } else {
      LoadInto(m.src, r);
    }
    Def(m.dst, r);
  };
  while (!moves.empty()) {
    bool progress = false;
    for (size_t i = 0; i < moves.size(); i++) {
      std::string dk = key(Loc(moves[i].dst));
      bool blocked = false;
      for (size_t j = 0; j < moves.size(); j++) {
        if (j != i && src_key(moves[j]) == dk) blocked = true;
      }
      if (blocked) continue;
      emit_move(moves[i]);
      moves.erase(moves.begin() + static_cast<long>(i));
      progress = true;
      break;
    }
    if (progress) continue;
    // A cycle: save the first move's destination in a scratch register and
    // redirect its readers there.
    const Value* d = moves[0].dst;
    bool fp = d->type->IsFloat();
    int tmp = fp ? kX14 : kCX;
    LoadInto(d, tmp);
    std::string dk = key(Loc(d));
    for (Move& m : moves) {
      if (src_key(m) == dk) m.src_reg = tmp;
    }
  }
}

void Emitter::EmitBranch(const Block* b, size_t index) {
  const Block* next =
      index + 1 < f_.blocks.size() ? f_.blocks[index + 1] : nullptr;
  switch (b->kind) {
    case BlockKind::kPlain:
      EmitPhiMoves(b);
      if (b->Succ(0) != next) Ins("JMP " + b->Succ(0)->Name());
      return;
    case BlockKind::kRet:
      Ins("RET");
      last_was_call_ = false;
      return;
    case BlockKind::kExit:
      return;
    case BlockKind::kIf:
      break;
  }
  const Value* c = b->control;
  Cond cond;
  if (IsFusedControl(c)) {
    Position(c->pos);
    EmitCompare(c);
    cond = static_cast<Cond>(c->aux_int);
  } else {
    std::string r = Src(c, kAX, 1, false, false);
    Ins(absl::StrCat("TESTB ", r, ", ", r));
    cond = Cond::kNE;
  }
  const Block* yes = b->Succ(0);
  const Block* no = b->Succ(1);
  if (yes == next) {
    Ins(absl::StrCat(JumpInst(Negate(cond)), " ", no->Name()));
  } else {
    Ins(absl::StrCat(JumpInst(cond), " ", yes->Name()));
    if (no != next) Ins("JMP " + no->Name());
  }
  last_was_call_ = false;
}

absl::StatusOr<std::string> Emitter::Run() {
  if (!f_.scheduled || f_.locs.size() != static_cast<size_t>(f_.NumValues())) {
    return absl::InternalError("emit: function was not compiled");
  }
  bool nosplit = !f_.has_calls && f_.frame_size < 128;
  // The TEXT line, and so the prologue, takes the function's first
  // position, as gc gives the prologue the declaration's line.
  for (const Block* b : f_.blocks) {
    for (const Value* v : b->values) {
      if (cur_line_ == 0 && v->pos.line > 0) cur_line_ = v->pos.line;
    }
  }
  // A function with no source position (package init, wrappers) is
  // attributed to <autogenerated>:1 as gc does, never to the .s file,
  // whose temporary path would make builds differ.
  if (cur_line_ == 0) {
    file_ = "<autogenerated>";
    cur_line_ = 1;
  }
  Mark();
  // NEEDCTXT: a closure reads DX, which morestack must then keep.
  bool needctxt = false;
  for (const Block* b : f_.blocks)
    for (const Value* v : b->values) needctxt = needctxt || v->op == Op::kGetClosurePtr;
  std::string flags;
  for (auto [on, name] : {std::pair{f_.dupok, "DUPOK"}, std::pair{nosplit, "NOSPLIT"},
                          std::pair{f_.wrapper, "WRAPPER"}, std::pair{needctxt, "NEEDCTXT"}}) {
    if (on) absl::StrAppend(&flags, flags.empty() ? "" : "|", name);
  }
  if (!flags.empty()) flags += ", ";
  Line(absl::StrFormat("TEXT %s(SB), %s$%d-%d", Sym(f_.LinkerName()), flags,
                       f_.frame_size, f_.argsize));
  for (size_t i = 0; i < f_.blocks.size(); i++) {
    const Block* b = f_.blocks[i];
    if (i > 0) Label(b->Name());
    for (const Value* v : b->values) {
      if (absl::Status s = EmitValue(v); !s.ok()) return s;
    }
    EmitBranch(b, i);
  }
  if (need_panicdivide_) {
    Label("panicdivide");
    EmitCall(RT("panicdivide"));
    last_was_call_ = true;
  }
  // Keep the return address of a final no-return call inside the function
  // (gc does the same with a 1-byte NOP).
  if (last_was_call_) Ins("XCHGL AX, AX");
  if (!error_.ok()) return error_;
  return out_;
}

}  // namespace

std::string AsmFileHeader() {
  return "// Code generated by gocc compile. DO NOT EDIT.\n\n"
         "#include \"textflag.h\"\n\n";
}

std::string AsmSymbol(const std::string& name) {
  // Generated data (type descriptors, itabs): every '.' and '/' is spelled.
  bool all = absl::StartsWith(name, "type.") || absl::StartsWith(name, "go.itab.");
  size_t slash = all ? 0 : name.rfind('/');
  size_t dot = name.find('.', slash == std::string::npos ? 0 : slash);
  std::string out;
  for (size_t i = 0; i < name.size(); i++) {
    char c = name[i];
    if (c == '/' && (all || dot == std::string::npos || i < dot)) {
      out += "\xe2\x88\x95";  // U+2215 DIVISION SLASH
    } else if (c == '.' && (all || (dot != std::string::npos && i >= dot))) {
      out += "\xc2\xb7";  // U+00B7 MIDDLE DOT
    } else {
      out += c;
    }
  }
  return out;
}

absl::StatusOr<std::string> EmitFunc(const Func& f, const EmitOptions& opts) {
  return Emitter(f, opts).Run();
}

}  // namespace gocc::ssa
