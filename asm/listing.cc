// The -S listing (asm/listing.h).
#include "asm/listing.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace gocc::assembler {
namespace {

std::string SignedHex(int64_t v) {
  return v < 0 ? absl::StrFormat("-0x%x", uint64_t(-v)) : absl::StrFormat("0x%x", uint64_t(v));
}

// TEXT flags by name, as gc lists them ("NOSPLIT|NOFRAME").
std::string FlagNames(uint32_t f) {
  static const std::pair<uint32_t, const char*> kNames[] = {
      {kNoProf, "NOPROF"},   {kDupOK, "DUPOK"},       {kNoSplit, "NOSPLIT"},
      {kRodata, "RODATA"},   {kNoPtr, "NOPTR"},       {kWrapper, "WRAPPER"},
      {kNeedCtxt, "NEEDCTXT"}, {kTLSBSS, "TLSBSS"},   {kNoFrame, "NOFRAME"},
      {kReflectMethod, "REFLECTMETHOD"}, {kTopFrame, "TOPFRAME"},
      {kABIWrapper, "ABIWRAPPER"}};
  std::string s;
  for (const auto& [bit, name] : kNames) {
    if (!(f & bit)) continue;
    s += (s.empty() ? "" : "|") + std::string(name);
    f &= ~bit;
  }
  if (f) s += (s.empty() ? "" : "|") + absl::StrCat(f);
  return s;
}

std::string Mem(const Addr& a) {
  std::string s;
  if (a.segment != Reg::kNone) s = absl::StrCat(RegName(a.segment), ":");
  if (!a.sym.empty() && a.reg != Reg::kNone && a.reg != Reg::SB) {
    // A rewritten FP/pseudo-SP reference keeps its name: a+32(SP).
    s += a.sym + absl::StrFormat("%+d", a.offset);
    return s + absl::StrCat("(", RegName(a.reg), ")");
  }
  if (!a.sym.empty()) {
    s += a.sym;
    if (a.offset != 0) s += absl::StrFormat("%+d", a.offset);
    return s + "(SB)";
  }
  if (a.offset != 0 || (a.reg == Reg::kNone && a.index == Reg::kNone))
    s += absl::StrCat(a.offset);
  if (a.reg != Reg::kNone) s += absl::StrCat("(", RegName(a.reg), ")");
  if (a.index != Reg::kNone)
    s += absl::StrCat("(", RegName(a.index), "*", int(a.scale), ")");
  return s;
}

void HexDump(const std::vector<uint8_t>& b, std::FILE* out) {
  for (size_t i = 0; i < b.size(); i += 16) {
    std::string hex, ascii;
    for (size_t j = i; j < i + 16 && j < b.size(); j++) {
      hex += absl::StrFormat(" %02x", b[j]);
      ascii += b[j] >= 0x20 && b[j] < 0x7f ? char(b[j]) : '.';
    }
    absl::FPrintF(out, "\t0x%04x%-48s  %s\n", i, hex, ascii);
  }
}

const char* RelName(const Reloc& r) {
  switch (r.kind) {
    case amd64::Fixup::kPCRel32: return r.call ? "7" : "14";  // R_CALL, R_PCREL
    case amd64::Fixup::kAddrOff: return "5";                  // R_ADDROFF
    default: return "1";                                      // R_ADDR
  }
}

void Relocs(const LSym& s, std::FILE* out) {
  for (const Reloc& r : s.relocs) {
    int size = r.kind == amd64::Fixup::kAbs64 ? 8 : 4;
    int64_t add = r.kind == amd64::Fixup::kPCRel32 ? r.addend + 4 : r.addend;
    // gc prints sym+off even for a negative off ("runtime.useAeshash+-1").
    absl::FPrintF(out, "\trel %d+%d t=%s %s+%d\n", r.off, size, RelName(r), r.sym, add);
  }
}

const char* DataKind(const LSym& s) {
  if (s.flags & kRodata) return "SRODATA";
  if (s.flags & kNoPtr) return s.has_data ? "SNOPTRDATA" : "SNOPTRBSS";
  return s.has_data ? "SDATA" : "SBSS";
}

}  // namespace

std::string FormatAddr(const Addr& a, const std::vector<Prog>* progs) {
  switch (a.type) {
    case Addr::kNone: return "";
    case Addr::kReg: return RegName(a.reg);
    case Addr::kRegPair: return absl::StrCat(RegName(a.reg), ":", RegName(a.reg2));
    case Addr::kMem: return Mem(a);
    case Addr::kAddr: return "$" + Mem(a);
    case Addr::kConst: return absl::StrCat("$", a.offset);
    case Addr::kFConst: return absl::StrFormat("$(%g)", a.fval);
    case Addr::kSConst: return absl::StrCat("$\"", a.sval, "\"");
    case Addr::kTextSize:
      if (a.val2 == kArgsUnknown) return absl::StrCat("$", a.offset);
      return absl::StrCat("$", a.offset, "-", a.val2);
    case Addr::kBranch:
      if (!a.sym.empty()) return Mem(a);
      if (progs && a.target >= 0 && a.target < int(progs->size()))
        return absl::StrCat((*progs)[a.target].pc);
      return absl::StrCat(a.offset);
  }
  return "";
}

void PrintListing(const ObjFile& obj, const Diag& diag, std::FILE* out) {
  for (const auto& up : obj.syms) {
    const LSym& s = *up;
    std::string dupok = (s.flags & kDupOK) ? " dupok" : "";
    if (s.kind == LSym::kData) {
      absl::FPrintF(out, "%s %s%s size=%d\n", s.name, DataKind(s), dupok, s.size);
      if (s.has_data) HexDump(s.bytes, out);
      Relocs(s, out);
      continue;
    }
    int64_t args = s.args == kArgsUnknown ? int64_t(INT32_MIN) : s.args;
    absl::FPrintF(out, "%s STEXT%s%s asm size=%d args=%s locals=%s funcid=0x%x align=0x0\n",
                  s.name, dupok, s.nosplit ? " nosplit" : "", s.size,
                  SignedHex(args), SignedHex(s.progs.empty() ? 0 : s.progs[0].to.offset),
                  s.info.funcid);
    for (const Prog& p : s.progs) {
      std::string file = p.pos.file >= 0 && p.pos.file < diag.NumFiles()
                             ? diag.FileName(p.pos.file)
                             : "?";
      size_t slash = file.rfind('/');
      if (slash != std::string::npos) file = file.substr(slash + 1);
      std::vector<std::string> ops;
      if (p.as == "TEXT") {
        ops.push_back(FormatAddr(p.from, nullptr));
        if (s.flags) ops.push_back(FlagNames(s.flags));
        ops.push_back(FormatAddr(p.to, nullptr));
      } else {
        if (p.from.type != Addr::kNone) ops.push_back(FormatAddr(p.from, &s.progs));
        for (const Addr& a : p.rest) ops.push_back(FormatAddr(a, &s.progs));
        if (p.to.type != Addr::kNone) ops.push_back(FormatAddr(p.to, &s.progs));
      }
      std::string line = absl::StrFormat("\t0x%04x %05d (%s:%d)\t%s", p.pc, p.pc, file,
                                         p.pos.line, p.as);
      for (size_t i = 0; i < ops.size(); i++) line += (i == 0 ? "\t" : ", ") + ops[i];
      absl::FPrintF(out, "%s\n", line);
    }
    HexDump(s.bytes, out);
    Relocs(s, out);
  }
}

}  // namespace gocc::assembler
