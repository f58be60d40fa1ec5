// The amd64 encoder (encode.h): picks the row of insts.def that gc's
// assembler would pick for a Prog, builds the LLVM MCInst operands from the
// row's layout, encodes it through mc.cc and turns the emitter's fixups into
// our Fixups (symbols) or patched displacements (branches to labels).
//
// Special cases handled before the table, as gc's obj6.go progedit does:
//   MOVQ TLS, R                 emits nothing (the TLS base is implicit)
//   off(TLS), off(R)(TLS*1)     become FS:(off-8), the g slot (runtime/README.md)
//   MOVQ $sym(SB), R            becomes LEAQ sym(SB), R (MOVL -> LEAL)
//   BYTE/WORD/LONG/QUAD $c      emit the constant's low 1/2/4/8 bytes
#include "asm/amd64/encode.h"

#include <cstring>
#include <string_view>
#include <unordered_map>

#include "absl/strings/str_format.h"
#include "asm/amd64/mc.h"

namespace gocc::assembler::amd64 {
namespace {

// Operand classes of insts.def (see its header comment).
enum class Cls : uint8_t {
  kR8, kR16, kR32, kR64, kAL, kAX, kEAX, kRAX, kCL, kX, kMM, kCR, kDR, kFS, kGS,
  kM, kI1, kI8, kIB, kI16, kI32, kI32S, kU32, kI64, kBr8, kBr32, kBr, kSym,
  kBad,
};

struct ClsName {
  const char* name;
  Cls cls;
};
constexpr ClsName kClsNames[] = {
    {"r8", Cls::kR8},     {"r16", Cls::kR16},   {"r32", Cls::kR32}, {"r64", Cls::kR64},
    {"al", Cls::kAL},     {"ax", Cls::kAX},     {"eax", Cls::kEAX}, {"rax", Cls::kRAX},
    {"cl", Cls::kCL},     {"x", Cls::kX},       {"mm", Cls::kMM},   {"cr", Cls::kCR},
    {"dr", Cls::kDR},     {"fs", Cls::kFS},     {"gs", Cls::kGS},   {"m", Cls::kM},
    {"i1", Cls::kI1},     {"i8", Cls::kI8},     {"ib", Cls::kIB},   {"i16", Cls::kI16},
    {"i32", Cls::kI32},   {"i32s", Cls::kI32S}, {"u32", Cls::kU32}, {"i64", Cls::kI64},
    {"br8", Cls::kBr8},   {"br32", Cls::kBr32}, {"br", Cls::kBr},   {"sym", Cls::kSym},
};

// A class that never appears in the MCInst (the LLVM form implies it).
bool IsImplicit(Cls c) {
  switch (c) {
    case Cls::kAL: case Cls::kAX: case Cls::kEAX: case Cls::kRAX: case Cls::kCL:
    case Cls::kFS: case Cls::kGS: case Cls::kI1:
      return true;
    default:
      return false;
  }
}

struct Row {
  const char* as;
  const char* classes;
  const char* llvm;
  const char* layout;
  int cond;
};

constexpr Row kRows[] = {
#define INST(as, classes, llvm, layout, cond) {#as, classes, #llvm, layout, cond},
#define FIXED(as, bytes)
#define ALIAS(alias, as)
#include "asm/amd64/insts.def"
#undef INST
#undef FIXED
#undef ALIAS
};
constexpr int kNumRows = sizeof(kRows) / sizeof(kRows[0]);

struct Fixed {
  const char* as;
  const char* hex;
};
constexpr Fixed kFixed[] = {
#define INST(as, classes, llvm, layout, cond)
#define FIXED(as, bytes) {#as, bytes},
#define ALIAS(alias, as)
#include "asm/amd64/insts.def"
#undef INST
#undef FIXED
#undef ALIAS
};

constexpr std::pair<const char*, const char*> kAliases[] = {
#define INST(as, classes, llvm, layout, cond)
#define FIXED(as, bytes)
#define ALIAS(alias, as) {#alias, #as},
#include "asm/amd64/insts.def"
#undef INST
#undef FIXED
#undef ALIAS
};

// The table, parsed once: rows grouped by mnemonic, in table order.
struct ParsedRow {
  const Row* row;
  std::vector<Cls> cls;
  unsigned opcode = 0;  // resolved on first use; ~0u if LLVM lacks it
};

struct Table {
  std::unordered_map<std::string, std::vector<ParsedRow>> rows;
  std::unordered_map<std::string, std::vector<uint8_t>> fixed;
  std::unordered_map<std::string, std::string> aliases;
};

Cls ParseCls(std::string_view s) {
  for (const ClsName& c : kClsNames)
    if (s == c.name) return c.cls;
  return Cls::kBad;
}

const Table& GetTable() {
  static const Table* table = [] {
    auto* t = new Table;
    for (int i = 0; i < kNumRows; i++) {
      ParsedRow pr;
      pr.row = &kRows[i];
      std::string_view s = kRows[i].classes;
      while (!s.empty()) {
        size_t comma = s.find(',');
        pr.cls.push_back(ParseCls(s.substr(0, comma)));
        s = comma == std::string_view::npos ? "" : s.substr(comma + 1);
      }
      t->rows[kRows[i].as].push_back(std::move(pr));
    }
    for (const Fixed& f : kFixed) {
      std::vector<uint8_t> b;
      for (const char* p = f.hex; p[0] && p[1]; p += 2) {
        auto nib = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
        b.push_back(uint8_t(nib(p[0]) * 16 + nib(p[1])));
      }
      t->fixed[f.as] = std::move(b);
    }
    for (const auto& [alias, as] : kAliases) t->aliases[alias] = as;
    return t;
  }();
  return *table;
}

std::string Canonical(const std::string& as) {
  const Table& t = GetTable();
  auto it = t.aliases.find(as);
  return it == t.aliases.end() ? as : it->second;
}

bool IsMmx(Reg r) { return r >= Reg::M0 && r <= Reg::M7; }

const char* const kGpr64[16] = {"RAX", "RCX", "RDX", "RBX", "RSP", "RBP", "RSI", "RDI",
                                "R8",  "R9",  "R10", "R11", "R12", "R13", "R14", "R15"};
const char* const kGpr32[16] = {"EAX", "ECX", "EDX",  "EBX",  "ESP",  "EBP",  "ESI",  "EDI",
                                "R8D", "R9D", "R10D", "R11D", "R12D", "R13D", "R14D", "R15D"};
const char* const kGpr16[16] = {"AX",  "CX",  "DX",   "BX",   "SP",   "BP",   "SI",   "DI",
                                "R8W", "R9W", "R10W", "R11W", "R12W", "R13W", "R14W", "R15W"};
const char* const kGpr8[16] = {"AL",  "CL",  "DL",   "BL",   "SPL",  "BPL",  "SIL",  "DIL",
                               "R8B", "R9B", "R10B", "R11B", "R12B", "R13B", "R14B", "R15B"};

const char* const kLlvmRegName[] = {
    "",
#define REG(e, s, cls, num, llvm) llvm,
#include "asm/amd64/regs.def"
#undef REG
};

bool IsGpr(Reg r) { return ClassOf(r) == RegClass::GPR; }

bool InRange(int64_t v, int64_t lo, int64_t hi) { return v >= lo && v <= hi; }

// Does operand a belong to class c?
bool Matches(Cls c, const Addr& a, const Prog& p) {
  Reg r = a.reg;
  bool reg = a.type == Addr::kReg;
  bool imm = a.type == Addr::kConst;
  int64_t v = a.offset;
  switch (c) {
    case Cls::kR8:
      return reg && (IsGpr(r) || ClassOf(r) == RegClass::GPR8 || ClassOf(r) == RegClass::GPR8H);
    case Cls::kR16: case Cls::kR32: case Cls::kR64:
      return reg && IsGpr(r);
    case Cls::kAL:
      return reg && (r == Reg::AL || r == Reg::AX);
    case Cls::kAX: case Cls::kEAX: case Cls::kRAX:
      return reg && r == Reg::AX;
    case Cls::kCL:
      return reg && (r == Reg::CL || r == Reg::CX);
    case Cls::kX:
      return reg && ClassOf(r) == RegClass::XMM;
    case Cls::kMM:
      return reg && IsMmx(r);
    case Cls::kCR:
      return reg && ClassOf(r) == RegClass::CR;
    case Cls::kDR:
      return reg && ClassOf(r) == RegClass::DR;
    case Cls::kFS:
      return reg && r == Reg::FS;
    case Cls::kGS:
      return reg && r == Reg::GS;
    case Cls::kM:
      return a.type == Addr::kMem;
    case Cls::kI1:
      return imm && v == 1;
    case Cls::kI8:
      return imm && InRange(v, -128, 127);
    case Cls::kIB:
      return imm && InRange(v, -128, 255);
    case Cls::kI16:
      return imm && InRange(v, -32768, 65535);
    case Cls::kI32:
      return imm && InRange(v, INT32_MIN, UINT32_MAX);
    case Cls::kI32S:
      return imm && InRange(v, INT32_MIN, INT32_MAX);
    case Cls::kU32:
      return imm && InRange(v, 0, UINT32_MAX);
    case Cls::kI64:
      return imm;
    case Cls::kBr8:
      return a.type == Addr::kBranch && a.name == AddrName::kNone && !p.long_branch;
    case Cls::kBr32:
      return a.type == Addr::kBranch && a.name == AddrName::kNone && p.long_branch;
    case Cls::kBr:
      return a.type == Addr::kBranch && a.name == AddrName::kNone;
    case Cls::kSym:
      return (a.type == Addr::kBranch || a.type == Addr::kMem) &&
             (a.name == AddrName::kExtern || a.name == AddrName::kStatic) && a.index == Reg::kNone;
    case Cls::kBad:
      return false;
  }
  return false;
}

// What the single kExpr operand of an instruction refers to.
struct ExprRef {
  enum Kind { kNone, kLabel, kSymbol } kind = kNone;
  const Addr* addr = nullptr;
  bool call = false;
};

std::string RegOperand(Cls c, Reg r, std::vector<McOperand>* ops) {
  const char* name = nullptr;
  int n = HwNum(r);
  switch (c) {
    case Cls::kR8:
      name = ClassOf(r) == RegClass::GPR8H ? kLlvmRegName[int(r)] : kGpr8[n];
      break;
    case Cls::kR16: name = kGpr16[n]; break;
    case Cls::kR32: name = kGpr32[n]; break;
    case Cls::kR64: name = kGpr64[n]; break;
    default: name = kLlvmRegName[int(r)]; break;
  }
  unsigned num = McReg(name);
  if (num == 0) return absl::StrFormat("internal error: no LLVM register %s", name);
  ops->push_back(McOperand::Reg(num));
  return "";
}

// Appends the five LLVM operands of memory operand a.
std::string MemOperands(const Addr& a, std::vector<McOperand>* ops, ExprRef* expr) {
  if (a.name == AddrName::kAuto || a.name == AddrName::kParam || a.reg == Reg::FP ||
      a.reg == Reg::PC || a.index == Reg::FP || a.index == Reg::SB || a.index == Reg::PC)
    return "illegal use of pseudo-register";
  unsigned base = 0, index = 0, seg = 0;
  int64_t scale = 1;
  if (a.reg == Reg::TLS || a.index == Reg::TLS) {
    // The g slot: FS-relative, always at -8 in a static linux/amd64 binary.
    ops->push_back(McOperand::Reg(0));
    ops->push_back(McOperand::Imm(1));
    ops->push_back(McOperand::Reg(0));
    ops->push_back(McOperand::Imm(a.offset - 8));
    ops->push_back(McOperand::Reg(McReg("FS")));
    return "";
  }
  if (a.name == AddrName::kExtern || a.name == AddrName::kStatic || a.reg == Reg::SB) {
    if (a.index != Reg::kNone) return "invalid instruction";
    if (expr->kind != ExprRef::kNone) return "invalid instruction";
    *expr = {ExprRef::kSymbol, &a, false};
    ops->push_back(McOperand::Reg(McReg("RIP")));
    ops->push_back(McOperand::Imm(1));
    ops->push_back(McOperand::Reg(0));
    ops->push_back(McOperand::Expr());
    ops->push_back(McOperand::Reg(0));
    return "";
  }
  if (a.reg != Reg::kNone) {
    if (!IsGpr(a.reg)) return "invalid addressing mode";
    base = McReg(kGpr64[HwNum(a.reg)]);
  }
  if (a.index != Reg::kNone) {
    if (!IsGpr(a.index) || a.index == Reg::SP) return "invalid addressing mode";
    if (a.scale != 1 && a.scale != 2 && a.scale != 4 && a.scale != 8)
      return "invalid addressing mode";
    index = McReg(kGpr64[HwNum(a.index)]);
    scale = a.scale;
  }
  if (a.segment != Reg::kNone) {
    if (ClassOf(a.segment) != RegClass::SEG) return "invalid addressing mode";
    seg = McReg(kLlvmRegName[int(a.segment)]);
  }
  // gc accepts displacements up to 2^32-1 and truncates them to 32 bits.
  if (!InRange(a.offset, INT32_MIN, UINT32_MAX)) return "offset too large";
  ops->push_back(McOperand::Reg(base));
  ops->push_back(McOperand::Imm(scale));
  ops->push_back(McOperand::Reg(index));
  ops->push_back(McOperand::Imm(int32_t(uint32_t(a.offset))));
  ops->push_back(McOperand::Reg(seg));
  return "";
}

// Builds the MCInst operands of row for the plan9 operands.
std::string BuildOperands(const ParsedRow& row, const std::vector<const Addr*>& args,
                          std::vector<McOperand>* ops, ExprRef* expr) {
  for (const char* l = row.row->layout; *l; l++) {
    int k = *l - '0';
    if (k < 0 || k >= int(args.size())) return "internal error: bad layout";
    const Addr& a = *args[k];
    Cls c = row.cls[k];
    std::string err;
    switch (c) {
      case Cls::kM:
        err = MemOperands(a, ops, expr);
        break;
      case Cls::kBr8: case Cls::kBr32: case Cls::kBr: case Cls::kSym:
        if (expr->kind != ExprRef::kNone) return "invalid instruction";
        *expr = {c == Cls::kSym ? ExprRef::kSymbol : ExprRef::kLabel, &a, c == Cls::kSym};
        ops->push_back(McOperand::Expr());
        break;
      case Cls::kI8: case Cls::kIB: case Cls::kI16: case Cls::kI32: case Cls::kI32S:
      case Cls::kU32: case Cls::kI64: case Cls::kI1:
        ops->push_back(McOperand::Imm(a.offset));
        break;
      default:
        err = RegOperand(c, a.reg, ops);
        break;
    }
    if (!err.empty()) return err;
  }
  if (row.row->cond >= 0) ops->push_back(McOperand::Imm(row.row->cond));
  return "";
}

// A register that needs a REX prefix to be addressed as a byte register
// (SPB..DIB, R8B..R15B and SP..DI, R8..R15 used in byte forms) cannot be
// combined with AH..BH.
bool NeedsRexByte(const Addr& a) {
  return a.type == Addr::kReg && (ClassOf(a.reg) == RegClass::GPR8 || IsGpr(a.reg)) &&
         HwNum(a.reg) >= 4;
}

}  // namespace

std::string Encode(const Prog& p, Encoding* out) {
  out->bytes.clear();
  out->fixups.clear();
  const Table& table = GetTable();
  std::string as = Canonical(p.as);

  std::vector<const Addr*> args;
  if (p.from.type != Addr::kNone) args.push_back(&p.from);
  for (const Addr& a : p.rest) args.push_back(&a);
  if (p.to.type != Addr::kNone) args.push_back(&p.to);

  // get_tls(R) = MOVQ TLS, R: the TLS base is implicit in FS:-8, no code.
  if (as == "MOVQ" && args.size() == 2 && args[0]->type == Addr::kReg &&
      args[0]->reg == Reg::TLS && args[1]->type == Addr::kReg)
    return "";

  // MOVQ $sym(SB), R and MOVQ $off(R), R load an address: LEAQ (MOVL: LEAL).
  Addr lea_src;
  if ((as == "MOVQ" || as == "MOVL") && args.size() == 2 && args[0]->type == Addr::kAddr) {
    lea_src = *args[0];
    lea_src.type = Addr::kMem;
    args[0] = &lea_src;
    as = as == "MOVQ" ? "LEAQ" : "LEAL";
  }

  // BYTE/WORD/LONG/QUAD $c: the constant's low bytes, little-endian.
  int width = as == "BYTE" ? 1 : as == "WORD" ? 2 : as == "LONG" ? 4 : as == "QUAD" ? 8 : 0;
  if (width != 0) {
    if (args.size() != 1 || args[0]->type != Addr::kConst) return "invalid instruction";
    for (int i = 0; i < width; i++) out->bytes.push_back(uint8_t(uint64_t(args[0]->offset) >> (8 * i)));
    return "";
  }

  std::vector<uint8_t> prefix;
  if (p.lock) prefix.push_back(0xf0);
  if (p.rep) prefix.push_back(0xf3);

  if (args.empty()) {
    auto it = table.fixed.find(as);
    if (it != table.fixed.end()) {
      out->bytes = prefix;
      out->bytes.insert(out->bytes.end(), it->second.begin(), it->second.end());
      return "";
    }
  }

  auto it = table.rows.find(as);
  if (it == table.rows.end()) return "invalid instruction";
  const ParsedRow* match = nullptr;
  for (const ParsedRow& row : it->second) {
    if (row.cls.size() != args.size()) continue;
    bool ok = true;
    for (size_t i = 0; i < args.size() && ok; i++) ok = Matches(row.cls[i], *args[i], p);
    if (ok) {
      match = &row;
      break;
    }
  }
  if (match == nullptr) return "invalid instruction";

  // AH..BH cannot be encoded together with a register that needs REX.
  bool high = false, rex = false;
  for (const Addr* a : args) {
    if (a->type == Addr::kReg && ClassOf(a->reg) == RegClass::GPR8H) high = true;
    if (NeedsRexByte(*a) || (a->type == Addr::kReg && IsGpr(a->reg) && HwNum(a->reg) >= 8))
      rex = true;
  }
  if (high && rex) return "invalid instruction";

  auto& opcode = const_cast<ParsedRow*>(match)->opcode;
  if (opcode == 0) {
    opcode = McOpcode(match->row->llvm);
    if (opcode == 0) opcode = ~0u;
  }
  if (opcode == ~0u)
    return absl::StrFormat("internal error: LLVM has no instruction %s", match->row->llvm);

  std::vector<McOperand> ops;
  ExprRef expr;
  std::string err = BuildOperands(*match, args, &ops, &expr);
  if (!err.empty()) return err;
  std::vector<uint8_t> bytes;
  std::vector<McFixup> fixups;
  err = McEncode(opcode, ops, &bytes, &fixups);
  if (!err.empty()) return err;

  size_t plen = prefix.size();
  out->bytes = prefix;
  out->bytes.insert(out->bytes.end(), bytes.begin(), bytes.end());
  if (expr.kind == ExprRef::kNone) {
    if (!fixups.empty()) return "internal error: unexpected fixup";
    return "";
  }
  if (fixups.size() != 1) return "internal error: expected one fixup";
  const McFixup& f = fixups[0];
  int64_t len = int64_t(out->bytes.size());
  int64_t field = int64_t(plen + f.offset);
  if (expr.kind == ExprRef::kLabel) {
    // p.to.offset: displacement from the start of p to the target.
    int64_t rel = expr.addr->offset - len;
    if (f.size == 1 && !InRange(rel, -128, 127)) return "branch out of range";
    if (f.size == 4 && !InRange(rel, INT32_MIN, INT32_MAX)) return "branch out of range";
    for (int i = 0; i < f.size; i++) out->bytes[field + i] = uint8_t(uint64_t(rel) >> (8 * i));
    return "";
  }
  if (f.size != 4) return "internal error: unexpected fixup size";
  Fixup fx;
  fx.offset = uint32_t(field);
  fx.sym = expr.addr->sym;
  fx.call = expr.call;
  if (f.pcrel) {
    // S + off - (end of instruction) = S + A - P with P the field.
    fx.kind = Fixup::kPCRel32;
    fx.addend = expr.addr->offset - (len - field);
  } else {
    fx.kind = Fixup::kAbs32S;
    fx.addend = expr.addr->offset;
  }
  out->fixups.push_back(std::move(fx));
  return "";
}

int ShortBranchSize(const std::string& as) {
  std::string c = Canonical(as);
  if (c == "JMP") return 2;
  if (c.size() == 3 && c[0] == 'J') {
    const Table& t = GetTable();
    auto it = t.rows.find(c);
    if (it != t.rows.end()) return 2;
  }
  return 0;
}

int LongBranchSize(const std::string& as) {
  int s = ShortBranchSize(as);
  if (s == 0) return 0;
  return Canonical(as) == "JMP" ? 5 : 6;
}

std::vector<std::string> CheckTable() {
  std::vector<std::string> errs;
  for (const auto& [as, rows] : GetTable().rows) {
    for (const ParsedRow& row : rows) {
      std::string what = absl::StrFormat("%s \"%s\" %s: ", as, row.row->classes, row.row->llvm);
      if (McOpcode(row.row->llvm) == 0) errs.push_back(what + "unknown LLVM opcode");
      std::string used;
      for (const char* l = row.row->layout; *l; l++) {
        int k = *l - '0';
        if (k < 0 || k >= int(row.cls.size())) errs.push_back(what + "layout out of range");
        else used.push_back(*l);
      }
      for (size_t k = 0; k < row.cls.size(); k++) {
        if (row.cls[k] == Cls::kBad) errs.push_back(what + "unknown operand class");
        bool in_layout = used.find(char('0' + k)) != std::string::npos;
        if (in_layout == IsImplicit(row.cls[k]))
          errs.push_back(what + absl::StrFormat("operand %d %s the layout", k,
                                                in_layout ? "is implicit but in" : "is missing from"));
      }
    }
  }
  return errs;
}

bool IsKnownMnemonic(const std::string& as) {
  const Table& t = GetTable();
  std::string c = Canonical(as);
  return t.rows.count(c) > 0 || t.fixed.count(c) > 0 || c == "BYTE" || c == "WORD" ||
         c == "LONG" || c == "QUAD";
}

}  // namespace gocc::assembler::amd64
