// Layout and branch relaxation (asm/layout.h).
#include "asm/layout.h"

namespace gocc::assembler {
namespace {

// Recommended multi-byte NOPs (Intel SDM), as gc's asm6.go pads with.
const std::vector<std::vector<uint8_t>> kNops = {
    {0x90},
    {0x66, 0x90},
    {0x0F, 0x1F, 0x00},
    {0x0F, 0x1F, 0x40, 0x00},
    {0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
    {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
};

void FillNops(int64_t n, std::vector<uint8_t>* out) {
  while (n > 0) {
    int64_t m = std::min<int64_t>(n, int64_t(kNops.size()));
    out->insert(out->end(), kNops[m - 1].begin(), kNops[m - 1].end());
    n -= m;
  }
}

bool IsLabelBranch(const Prog& p) {
  return p.to.type == Addr::kBranch && p.to.target >= 0 && p.to.sym.empty();
}

bool ZeroSize(const std::string& as) {
  return as == "TEXT" || as == "NOP" || as == "FUNCDATA" || as == "PCDATA";
}

}  // namespace

std::string EncodeProg(const Prog& p, int64_t pc, amd64::Encoding* out) {
  out->bytes.clear();
  out->fixups.clear();
  const std::string& as = p.as;
  if (ZeroSize(as)) return "";
  if (as == "PCALIGN") {
    int64_t a = p.from.offset;
    FillNops((a - pc % a) % a, &out->bytes);
    return "";
  }
  if (as == "BYTE" || as == "WORD" || as == "LONG" || as == "QUAD") {
    int n = as == "BYTE" ? 1 : as == "WORD" ? 2 : as == "LONG" ? 4 : 8;
    if (p.from.type != Addr::kConst || p.to.type != Addr::kNone)
      return "invalid instruction";
    for (int i = 0; i < n; i++) out->bytes.push_back(uint8_t(p.from.offset >> (8 * i)));
    return "";
  }
  if (as == "ADJSP") {
    if (p.from.type != Addr::kConst || p.to.type != Addr::kNone)
      return "invalid instruction";
    // gc: ADDQ $-v for v < 0, SUBQ $v for v > 0, except that -0x80 has
    // the shorter imm8 encoding: ADJSP $0x80 is ADDQ $-0x80, and ADJSP
    // $-0x80 is SUBQ $-0x80.
    int64_t v = p.from.offset;
    if (v == 0) return "";
    Prog q = p;
    if (v == 0x80 || (v < 0 && v != -0x80)) {
      q.as = "ADDQ";
      q.from.offset = -v;
    } else {
      q.as = "SUBQ";
    }
    q.to.type = Addr::kReg;
    q.to.reg = Reg::SP;
    return amd64::Encode(q, out);
  }
  return amd64::Encode(p, out);
}

bool Layout(LSym* s, Diag* diag) {
  std::vector<Prog>& progs = s->progs;
  size_t n = progs.size();
  std::vector<amd64::Encoding> enc(n);
  bool ok = true;
  // Fixed-size Progs are encoded once; label branches start short.
  for (size_t i = 0; i < n; i++) {
    Prog& p = progs[i];
    if (IsLabelBranch(p)) {
      int sz = amd64::ShortBranchSize(p.as);
      p.long_branch = sz == 0;
      if (p.long_branch) {  // CALL label: only a rel32 form; size from the encoder
        Prog q = p;
        q.to.offset = 0;
        std::string err = EncodeProg(q, 0, &enc[i]);
        if (!err.empty()) {
          diag->Error(p.pos, err);
          ok = false;
        }
        sz = int(enc[i].bytes.size());
      }
      p.size = sz;
      continue;
    }
    if (p.as == "PCALIGN") continue;
    std::string err = EncodeProg(p, 0, &enc[i]);
    if (!err.empty()) {
      diag->Error(p.pos, err);
      ok = false;
    }
    p.size = int(enc[i].bytes.size());
  }
  if (!ok) return false;
  // Relax: grow branches that cannot reach with rel8 until stable. Branches
  // only ever grow, so this ends after at most one round per branch.
  for (size_t round = 0; round <= n + 1; round++) {
    int64_t pc = 0;
    for (Prog& p : progs) {
      p.pc = pc;
      if (p.as == "PCALIGN") {
        int64_t a = p.from.offset;
        p.size = int((a - pc % a) % a);
      }
      pc += p.size;
    }
    bool changed = false;
    for (Prog& p : progs) {
      if (!IsLabelBranch(p) || p.long_branch) continue;
      int64_t rel = progs[p.to.target].pc - (p.pc + p.size);
      if (rel < -128 || rel > 127) {
        p.long_branch = true;
        p.size = amd64::LongBranchSize(p.as);
        changed = true;
      }
    }
    if (!changed) break;
  }
  s->bytes.clear();
  s->relocs.clear();
  for (size_t i = 0; i < n; i++) {
    Prog& p = progs[i];
    if (IsLabelBranch(p) || p.as == "PCALIGN") {
      Prog q = p;
      if (IsLabelBranch(p)) q.to.offset = progs[p.to.target].pc - p.pc;
      std::string err = EncodeProg(q, p.pc, &enc[i]);
      if (!err.empty()) {
        diag->Error(p.pos, err);
        ok = false;
        continue;
      }
      if (int(enc[i].bytes.size()) != p.size) {
        diag->Errorf(p.pos, "internal error: %s encoded in %d bytes, expected %d",
                     p.as, enc[i].bytes.size(), p.size);
        ok = false;
        continue;
      }
    }
    for (const amd64::Fixup& f : enc[i].fixups) {
      s->relocs.push_back(Reloc{uint64_t(p.pc) + f.offset, f.kind, f.call,
                                f.sym, f.addend});
    }
    s->bytes.insert(s->bytes.end(), enc[i].bytes.begin(), enc[i].bytes.end());
  }
  s->size = int64_t(s->bytes.size());
  return ok;
}

bool FinishData(LSym* s, Diag* diag) {
  if ((s->flags & kTLSBSS) != 0) {
    diag->Errorf(s->pos, "GLOBL %s: TLSBSS is not supported", s->name);
    return false;
  }
  if (int64_t(s->bytes.size()) > s->size) {
    diag->Errorf(s->pos, "DATA for %s beyond its GLOBL size %d", s->name, s->size);
    return false;
  }
  s->bytes.resize(size_t(s->size));
  s->written.clear();
  return true;
}

}  // namespace gocc::assembler
