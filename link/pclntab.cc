// Pass 5a, synthesize .gopclntab (Go 1.18 format, go-binary-format.md §4)
// and runtime.findfunctab (§4.7), from the laid-out text and each
// function's .go.funcinfo record.
//
//   pcHeader | funcnametab | cutab | filetab | pctab | functab (ftab+_func)
//
// Each sub-table starts 32-byte aligned with its size rounded up to 8, as
// gc's symbol alignment makes them. One CU per input object (a .s file or a
// package's Go files); a function without funcinfo gets pcsp = 0 over its
// whole body and no file/line tables (cuOffset 0xffffffff).
#include <elf.h>

#include <map>

#include "absl/strings/str_format.h"
#include "link/bytes.h"
#include "link/context.h"

namespace gocc::link {
namespace {

constexpr uint32_t kMagic = 0xfffffff0;
constexpr uint32_t kNoCU = 0xffffffff;

// Checks that a pc-value table covers [0, size) and returns its runs.
bool CheckTable(Context& ctx, const Symbol* f, const char* what,
                const std::vector<uint8_t>& t,
                std::vector<objfile::PCValueRun>* runs) {
  runs->clear();
  if (t.empty()) return true;
  if (!objfile::DecodePCValue(t, runs) || runs->empty() ||
      runs->back().end != f->size) {
    Error(ctx, absl::StrFormat("%s: %s: bad %s table (does not cover the "
                               "function's %d bytes)",
                               f->obj ? f->obj->path : "", f->name, what,
                               f->size));
    return false;
  }
  return true;
}

}  // namespace

void BuildPclntab(Context& ctx) {
  Symbol* pcheader = ctx.Find("runtime.pcheader");
  if (ctx.textp.empty()) {
    Error(ctx, "no functions to link");
    return;
  }
  uint64_t text = ctx.sect_addr[int(SectKind::kText)];

  // funcnametab, deduplicated.
  Bytes funcnames;
  std::map<std::string, uint32_t> nameoff;
  for (Symbol* f : ctx.textp) {
    if (nameoff.count(f->name)) continue;
    nameoff[f->name] = uint32_t(funcnames.size());
    PutStr(&funcnames, f->name);
  }

  // filetab (distinct paths, packed) and cutab (a run per object).
  Bytes filetab;
  std::map<std::string, uint32_t> fileoff;
  Bytes cutab;
  std::map<int, uint32_t> cu_index;  // object index -> cutab index
  for (Symbol* f : ctx.textp) {
    if (!f->func || cu_index.count(f->cu)) continue;
    cu_index[f->cu] = uint32_t(cutab.size() / 4);
    for (const std::string& path : f->obj->funcinfo.files) {
      auto it = fileoff.find(path);
      if (it == fileoff.end()) {
        it = fileoff.emplace(path, uint32_t(filetab.size())).first;
        PutStr(&filetab, path);
      }
      PutU32(&cutab, it->second);
    }
  }
  uint64_t nfiles = fileoff.size();

  // pctab: a pad byte, then deduplicated tables.
  Bytes pctab(1, 0);
  std::map<std::vector<uint8_t>, uint32_t> pcoff;
  auto addtab = [&](const std::vector<uint8_t>& t) -> uint32_t {
    if (t.empty()) return 0;
    auto it = pcoff.find(t);
    if (it != pcoff.end()) return it->second;
    uint32_t off = uint32_t(pctab.size());
    pctab.insert(pctab.end(), t.begin(), t.end());
    pcoff[t] = off;
    return off;
  };

  // functab: ftab, then the _func records.
  size_t nfunc = ctx.textp.size();
  Bytes functab((nfunc * 2 + 1) * 4, 0);
  Pad(&functab, 8);
  std::vector<objfile::PCValueRun> runs;
  for (size_t i = 0; i < nfunc; i++) {
    Symbol* f = ctx.textp[i];
    uint32_t entryoff = uint32_t(f->value - text);
    SetU32(&functab, 8 * i, entryoff);
    SetU32(&functab, 8 * i + 4, uint32_t(functab.size()));
    uint32_t pcsp, pcfile = 0, pcln = 0, cuoff = kNoCU;
    std::vector<uint32_t> pcdata;
    const objfile::FuncInfo* fi = f->func;
    if (fi) {
      size_t nf = f->obj->funcinfo.files.size();
      if (!CheckTable(ctx, f, "pcsp", fi->pcsp, &runs) ||
          !CheckTable(ctx, f, "pcln", fi->pcln, &runs) ||
          !CheckTable(ctx, f, "pcfile", fi->pcfile, &runs))
        return;
      for (const auto& r : runs)
        if (r.value < 0 || size_t(r.value) >= nf) {
          Error(ctx, absl::StrFormat("%s: %s: pcfile index %d out of range",
                                     f->obj->path, f->name, r.value));
          return;
        }
      for (const auto& t : fi->pcdata) {
        if (!CheckTable(ctx, f, "pcdata", t, &runs)) return;
        pcdata.push_back(addtab(t));
      }
      pcsp = addtab(fi->pcsp);
      pcfile = addtab(fi->pcfile);
      pcln = addtab(fi->pcln);
      cuoff = cu_index[f->cu];
    } else {
      objfile::PCValueEncoder e;
      e.Set(0, 0);
      pcsp = addtab(e.Finish(uint32_t(f->size)));
    }
    PutU32(&functab, entryoff);
    PutU32(&functab, nameoff[f->name]);
    PutU32(&functab, uint32_t(fi ? fi->args : objfile::kArgsSizeUnknown));
    PutU32(&functab, fi ? fi->deferreturn : 0);
    PutU32(&functab, pcsp);
    PutU32(&functab, pcfile);
    PutU32(&functab, pcln);
    PutU32(&functab, uint32_t(pcdata.size()));
    PutU32(&functab, cuoff);
    PutU8(&functab, fi ? fi->funcid : 0);
    PutU8(&functab, fi ? fi->funcflag : objfile::kFuncFlagAsm);
    PutU8(&functab, 0);
    PutU8(&functab, uint8_t(f->funcdata.size()));
    if (f->funcdata.size() > 255) {
      Error(ctx, absl::StrFormat("%s: too many funcdata", f->name));
      return;
    }
    for (uint32_t off : pcdata) PutU32(&functab, off);
    for (const Reloc& fd : f->funcdata) {
      bool present = fd.target && fd.target->defined;
      if (present) {
        Reloc r = fd;
        r.type = kRelocGoFuncOff;
        r.off = uint32_t(functab.size());  // made pcheader-relative below
        pcheader->relocs.push_back(r);
      }
      PutU32(&functab, present ? 0 : 0xffffffff);
    }
    Pad(&functab, 8);
  }
  Symbol* last = ctx.textp.back();
  SetU32(&functab, 8 * nfunc, uint32_t(last->value + last->size - text));

  // Assemble: header, then each table 32-aligned with size rounded to 8.
  Bytes& out = pcheader->data;
  out.assign(72, 0);
  auto place = [&](Bytes* t, uint64_t* off, uint64_t* len) {
    Pad(t, 8);
    Pad(&out, 32);
    *off = out.size();
    *len = t->size();
    out.insert(out.end(), t->begin(), t->end());
  };
  auto& p = ctx.pcln;
  place(&funcnames, &p.funcname, &p.funcname_len);
  place(&cutab, &p.cu, &p.cu_len);
  place(&filetab, &p.file, &p.file_len);
  place(&pctab, &p.pc, &p.pc_len);
  uint64_t func_start_rel = 0;
  place(&functab, &p.func, &p.func_len);
  func_start_rel = p.func;
  for (Reloc& r : pcheader->relocs)
    if (r.type == kRelocGoFuncOff) r.off += uint32_t(func_start_rel);
  p.nfunc = nfunc;
  SetU32(&out, 0, kMagic);
  out[6] = 1;  // minLC
  out[7] = 8;  // ptrSize
  SetU64(&out, 8, nfunc);
  SetU64(&out, 16, nfiles);
  Reloc ts;  // textStart = runtime.text
  ts.off = 24;
  ts.type = R_X86_64_64;
  ts.target = ctx.Find("runtime.text");
  pcheader->relocs.push_back(ts);
  SetU64(&out, 32, p.funcname);
  SetU64(&out, 40, p.cu);
  SetU64(&out, 48, p.file);
  SetU64(&out, 56, p.pc);
  SetU64(&out, 64, p.func);
  pcheader->size = out.size();
  pcheader->align = 32;
}

// findfunctab: a 20-byte bucket per 4 KiB of text, each with 16 one-byte
// deltas for its 256-byte sub-buckets; the last bucket is truncated.
void BuildFindFuncTab(Context& ctx) {
  Symbol* tab = ctx.Find("runtime.findfunctab");
  const std::vector<Symbol*>& fs = ctx.textp;
  if (fs.empty()) return;
  uint64_t minpc = fs.front()->value;
  uint64_t maxpc = fs.back()->value + fs.back()->size;
  uint64_t n = maxpc - minpc;
  uint64_t nbuckets = (n + 4095) / 4096;
  uint64_t nsub = (n + 255) / 256;
  Bytes& out = tab->data;
  out.clear();
  size_t fi = 0;  // function containing the current pc
  auto func_at = [&](uint64_t pc) {
    while (fi + 1 < fs.size() && fs[fi + 1]->value <= pc) fi++;
    return fi;
  };
  for (uint64_t b = 0; b < nbuckets; b++) {
    uint64_t base = minpc + b * 4096;
    size_t idx = func_at(base);
    PutU32(&out, uint32_t(idx));
    for (int j = 0; j < 16; j++) {
      uint64_t pc = base + j * 256;
      if (pc >= maxpc) break;
      size_t d = func_at(pc) - idx;
      if (d > 255) {
        Error(ctx, absl::StrFormat("too many functions in a 4096-byte text "
                                   "bucket at %#x (findfunctab)",
                                   base));
        return;
      }
      PutU8(&out, uint8_t(d));
    }
  }
  if (out.size() != 4 * nbuckets + nsub) {
    Error(ctx, "internal error: findfunctab size");
    return;
  }
  tab->size = out.size();
  tab->align = SymAlign(tab->size);
}

}  // namespace gocc::link
