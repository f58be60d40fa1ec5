// The frame pass (asm/frame.h). The rules are gc's (cmd/internal/obj/x86
// obj6.go), summarized in /work/shared/docs/go-binary-format.md §6.5.
#include "asm/frame.h"

#include <cstring>
#include <map>
#include <set>

#include "absl/strings/str_format.h"

namespace gocc::assembler {
namespace {

constexpr int64_t kPtrSize = 8;
constexpr int64_t kGPanic = 32;        // offset of g._panic
constexpr int64_t kGStackguard0 = 16;  // offset of g.stackguard0
constexpr int64_t kTLSOffset = -8;     // the g slot is FS:-8

Addr RegA(Reg r) {
  Addr a;
  a.type = Addr::kReg;
  a.reg = r;
  return a;
}
Addr ConstA(int64_t v) {
  Addr a;
  a.type = Addr::kConst;
  a.offset = v;
  return a;
}
Addr MemA(Reg base, int64_t off) {
  Addr a;
  a.type = Addr::kMem;
  a.reg = base;
  a.offset = off;
  return a;
}
Addr GSlot() {
  Addr a;
  a.type = Addr::kMem;
  a.segment = Reg::FS;
  a.offset = kTLSOffset;
  return a;
}
Addr BranchA(int target) {
  Addr a;
  a.type = Addr::kBranch;
  a.target = target;
  return a;
}
Prog Make(const char* as, Addr from, Addr to, Pos pos) {
  Prog p;
  p.as = as;
  p.from = from;
  p.to = to;
  p.pos = pos;
  return p;
}
Prog PCDataP(int64_t table, int64_t value, Pos pos) {
  return Make("PCDATA", ConstA(table), ConstA(value), pos);
}

bool IsZeroArgRuntimeCall(const std::string& sym) {
  return sym == "runtime.panicdivide" || sym == "runtime.panicwrap" ||
         sym == "runtime.panicshift" ||
         sym.rfind("runtime.panicIndex", 0) == 0 ||
         sym.rfind("runtime.panicSlice", 0) == 0;
}

int SpAdjOf(const std::string& as) {
  static const std::map<std::string, int> kAdj = {
      {"PUSHL", 4},  {"PUSHFL", 4},  {"PUSHQ", 8},  {"PUSHFQ", 8},
      {"PUSHW", 2},  {"PUSHFW", 2},  {"POPL", -4},  {"POPFL", -4},
      {"POPQ", -8},  {"POPFQ", -8},  {"POPW", -2},  {"POPFW", -2},
  };
  auto it = kAdj.find(as);
  return it == kAdj.end() ? 0 : it->second;
}

void AdjustPseudo(Addr* a, int64_t deltasp, int64_t bpsize) {
  if (a->name == AddrName::kAuto) {
    a->offset += deltasp - bpsize;
  } else if (a->name == AddrName::kParam) {
    a->offset += deltasp + kPtrSize;
  } else {
    return;
  }
  a->name = AddrName::kNone;
  a->reg = Reg::SP;
}

}  // namespace

void FloatConstants(ObjFile* obj, LSym* s) {
  static const std::set<std::string> k32 = {"MOVSS", "ADDSS", "SUBSS", "MULSS",
                                            "DIVSS", "COMISS", "UCOMISS"};
  static const std::set<std::string> k64 = {"MOVSD", "ADDSD", "SUBSD", "MULSD",
                                            "DIVSD", "COMISD", "UCOMISD"};
  for (Prog& p : s->progs) {
    if (p.from.type != Addr::kFConst) continue;
    bool f32 = k32.count(p.as) > 0, f64 = k64.count(p.as) > 0;
    if (!f32 && !f64) continue;
    uint64_t bits64;
    std::memcpy(&bits64, &p.from.fval, 8);
    if ((p.as == "MOVSS" || p.as == "MOVSD") && bits64 == 0 &&
        p.to.type == Addr::kReg && ClassOf(p.to.reg) == RegClass::XMM) {
      p.as = "XORPS";
      p.from = p.to;
      continue;
    }
    std::string name;
    std::vector<uint8_t> bytes;
    if (f32) {
      float f = float(p.from.fval);
      uint32_t b;
      std::memcpy(&b, &f, 4);
      name = absl::StrFormat("$f32.%08x", b);
      for (int i = 0; i < 4; i++) bytes.push_back(uint8_t(b >> (8 * i)));
    } else {
      name = absl::StrFormat("$f64.%016x", bits64);
      for (int i = 0; i < 8; i++) bytes.push_back(uint8_t(bits64 >> (8 * i)));
    }
    if (obj->Find(name) == nullptr) {
      LSym* c = obj->Add(name);
      c->kind = LSym::kData;
      c->pos = p.pos;
      c->globl = c->has_data = true;
      c->flags = kRodata | kDupOK;
      c->size = int64_t(bytes.size());
      c->bytes = bytes;
    }
    Addr m;
    m.type = Addr::kMem;
    m.name = AddrName::kExtern;
    m.reg = Reg::SB;
    m.sym = name;
    p.from = m;
  }
}

void Frame(LSym* s, Diag* diag) {
  std::vector<Prog>& in = s->progs;
  if (in.empty()) return;
  const Pos text_pos = in[0].pos;

  int64_t autoffset = s->frame < 0 ? 0 : s->frame;
  bool has_call = false;
  for (const Prog& p : in)
    if (p.as == "CALL") has_call = true;
  bool nosplit = s->flags & kNoSplit;
  int64_t bpsize = 0;
  if (!(s->flags & kNoFrame) && !(autoffset == 0 && nosplit) &&
      !(autoffset == 0 && !has_call)) {
    bpsize = kPtrSize;
    autoffset += bpsize;
    in[0].to.offset += bpsize;
  }
  if (autoffset < kStackSmall && !nosplit) {
    bool leaf = true;
    for (const Prog& p : in) {
      if (p.as != "CALL") continue;
      if (!IsZeroArgRuntimeCall(p.to.sym) || autoffset >= kStackSmall - 8) {
        leaf = false;
        break;
      }
    }
    if (leaf) nosplit = true;
  }
  s->nosplit = nosplit;
  s->frame = autoffset;
  if (autoffset % kPtrSize != 0) {
    diag->Errorf(in[0].pos, "unaligned stack size %d", autoffset);
    return;
  }

  // out is the new list; map[i] is where old Prog i starts in it.
  std::vector<Prog> out;
  std::vector<int> map(in.size(), -1);
  std::vector<size_t> body_branches;  // Progs in out whose target is an old index
  out.push_back(in[0]);
  map[0] = 0;

  const int start = 1;  // where the morestack JMP returns to
  int jls = -1, jcs = -1, wrapper_jne = -1, wrapper_end = -1;
  if (!nosplit || (s->flags & kWrapper)) out.push_back(Make("MOVQ", GSlot(), RegA(Reg::R14), text_pos));
  if (!nosplit) {
    const char* sg = "CMPQ";
    if (autoffset <= kStackSmall) {
      out.push_back(Make(sg, RegA(Reg::SP), MemA(Reg::R14, kGStackguard0), text_pos));
      out.push_back(PCDataP(0, -2, text_pos));
    } else if (autoffset <= kStackBig) {
      out.push_back(Make("LEAQ", MemA(Reg::SP, -(autoffset - kStackSmall)),
                         RegA(Reg::R12), text_pos));
      out.push_back(Make(sg, RegA(Reg::R12), MemA(Reg::R14, kGStackguard0), text_pos));
      out.push_back(PCDataP(0, -2, text_pos));
    } else {
      out.push_back(Make("MOVQ", RegA(Reg::SP), RegA(Reg::R12), text_pos));
      out.push_back(PCDataP(0, -2, text_pos));
      out.push_back(Make("SUBQ", ConstA(autoffset - kStackSmall), RegA(Reg::R12), text_pos));
      jcs = int(out.size());
      out.push_back(Make("JCS", Addr{}, BranchA(-1), text_pos));
      out.push_back(Make(sg, RegA(Reg::R12), MemA(Reg::R14, kGStackguard0), text_pos));
    }
    jls = int(out.size());
    out.push_back(Make("JLS", Addr{}, BranchA(-1), text_pos));
    out.push_back(PCDataP(0, -1, text_pos));
  }
  if (autoffset != 0) {
    Prog p = Make("ADJSP", ConstA(autoffset), Addr{}, text_pos);
    p.spadj = int32_t(autoffset);
    out.push_back(p);
  }
  if (bpsize > 0) {
    out.push_back(Make("MOVQ", RegA(Reg::BP), MemA(Reg::SP, autoffset - bpsize), text_pos));
    out.push_back(Make("LEAQ", MemA(Reg::SP, autoffset - bpsize), RegA(Reg::BP), text_pos));
  }
  if (s->flags & kWrapper) {
    out.push_back(Make("MOVQ", MemA(Reg::R14, kGPanic), RegA(Reg::R12), text_pos));
    out.push_back(Make("TESTQ", RegA(Reg::R12), RegA(Reg::R12), text_pos));
    wrapper_jne = int(out.size());
    out.push_back(Make("JNE", Addr{}, BranchA(-1), text_pos));
    wrapper_end = int(out.size());
    out.push_back(Make("NOP", Addr{}, Addr{}, text_pos));
  }

  // The body, with PUSH/POP/ADJSP tracking, pseudo-registers and epilogues.
  int64_t deltasp = autoffset;
  for (size_t i = 1; i < in.size(); i++) {
    Prog p = in[i];
    map[i] = int(out.size());
    AdjustPseudo(&p.from, deltasp, bpsize);
    for (Addr& a : p.rest) AdjustPseudo(&a, deltasp, bpsize);
    AdjustPseudo(&p.to, deltasp, bpsize);
    if (p.to.type == Addr::kBranch && p.to.target >= 0)
      body_branches.push_back(out.size());
    if (int adj = SpAdjOf(p.as)) {
      p.spadj = adj;
      deltasp += adj;
      out.push_back(std::move(p));
      continue;
    }
    if (p.as == "ADJSP") {
      if (p.from.type != Addr::kConst ||
          p.from.offset < -(1 << 30) || p.from.offset > (1 << 30)) {
        diag->Error(p.pos, "ADJSP: expected immediate constant");
        return;
      }
      p.spadj = int32_t(p.from.offset);
      deltasp += p.from.offset;
      out.push_back(std::move(p));
      continue;
    }
    if (p.as != "RET") {
      if (p.to.type == Addr::kReg && p.to.reg == Reg::SP && p.as != "CMPL" &&
          p.as != "CMPQ")
        s->funcflag |= objfile::kFuncFlagSPWrite;
      out.push_back(std::move(p));
      continue;
    }
    if (autoffset != deltasp)
      diag->Errorf(p.pos, "%s: unbalanced PUSH/POP", s->name);
    if (autoffset != 0) {
      if (bpsize > 0)
        out.push_back(Make("MOVQ", MemA(Reg::SP, autoffset - bpsize), RegA(Reg::BP), p.pos));
      Prog adj = Make("ADJSP", ConstA(-autoffset), Addr{}, p.pos);
      adj.spadj = int32_t(-autoffset);
      out.push_back(adj);
      p.spadj = int32_t(autoffset);
    }
    if (p.to.type == Addr::kBranch && !p.to.sym.empty()) p.as = "JMP";  // RET sym(SB)
    out.push_back(std::move(p));
  }
  if (!nosplit) {
    Pos last = out.back().pos;
    Prog spfix = Make("NOP", Addr{}, Addr{}, last);
    spfix.spadj = int32_t(-autoffset);
    int call_site = int(out.size());
    out.push_back(spfix);
    out.push_back(PCDataP(1, -1, text_pos));
    out.push_back(PCDataP(0, -2, text_pos));
    Prog call = Make("CALL", Addr{}, Addr{}, text_pos);
    call.to.type = Addr::kBranch;
    call.to.name = AddrName::kExtern;
    call.to.sym = (s->flags & kNeedCtxt) ? "runtime.morestack"
                                         : "runtime.morestack_noctxt";
    out.push_back(call);
    out.push_back(PCDataP(0, -1, text_pos));
    Prog jmp = Make("JMP", Addr{}, BranchA(start), text_pos);
    jmp.spadj = int32_t(autoffset);
    out.push_back(jmp);
    out[jls].to.target = call_site;
    if (jcs >= 0) out[jcs].to.target = call_site;
  }
  if (s->flags & kWrapper) {
    int check = int(out.size());
    out.push_back(Make("LEAQ", MemA(Reg::SP, autoffset + kPtrSize), RegA(Reg::R13), text_pos));
    out.push_back(Make("CMPQ", MemA(Reg::R12, 0), RegA(Reg::R13), text_pos));
    out.push_back(Make("JNE", Addr{}, BranchA(wrapper_end), text_pos));
    out.push_back(Make("MOVQ", RegA(Reg::SP), MemA(Reg::R12, 0), text_pos));
    out.push_back(Make("JMP", Addr{}, BranchA(wrapper_end), text_pos));
    out[wrapper_jne].to.target = check;
  }

  for (size_t b : body_branches) {
    int t = out[b].to.target;
    out[b].to.target = t >= 0 && t < int(map.size()) ? map[t] : -1;
  }
  s->progs = std::move(out);
}

}  // namespace gocc::assembler
