// Pass 7, DWARF 4, uncompressed (go-binary-format.md §8), built from the
// laid-out functions and their .go.funcinfo tables:
//  - .debug_abbrev: compile_unit and subprogram;
//  - .debug_info: a CU per input object (name = package, language Go,
//    stmt_list, low_pc/high_pc, comp_dir ".", producer) with a subprogram
//    DIE per function (frame_base = DW_OP_call_frame_cfa);
//  - .debug_line: version 2 with gc's header parameters (line_base -4,
//    line_range 10, opcode_base 11), one sequence per CU, a row at every
//    pcfile/pcln change;
//  - .debug_frame: gc's CIE (CFA = rsp+8, return address at CFA-8) and an
//    FDE per function from its pcsp table.
// Objects without .go.funcinfo get FDEs but no CU (no line information).
#include "link/dwarf.h"

#include <map>

#include "absl/strings/str_cat.h"
#include "link/bytes.h"
#include "link/context.h"

namespace gocc::link {
namespace {

enum : uint8_t {
  kAbbrevCU = 1,
  kAbbrevFunc = 2,
};

constexpr int kLineBase = -4;
constexpr int kLineRange = 10;
constexpr int kOpcodeBase = 11;

Bytes Abbrevs() {
  Bytes b;
  auto attr = [&](uint8_t at, uint8_t form) {
    PutUleb(&b, at);
    PutUleb(&b, form);
  };
  PutUleb(&b, kAbbrevCU);
  PutUleb(&b, 0x11);  // DW_TAG_compile_unit
  PutU8(&b, 1);       // has children
  attr(0x03, 0x08);   // name, string
  attr(0x13, 0x0b);   // language, data1
  attr(0x10, 0x17);   // stmt_list, sec_offset
  attr(0x11, 0x01);   // low_pc, addr
  attr(0x12, 0x01);   // high_pc, addr
  attr(0x1b, 0x08);   // comp_dir, string
  attr(0x25, 0x08);   // producer, string
  attr(0, 0);
  PutUleb(&b, kAbbrevFunc);
  PutUleb(&b, 0x2e);  // DW_TAG_subprogram
  PutU8(&b, 0);
  attr(0x03, 0x08);  // name
  attr(0x11, 0x01);  // low_pc
  attr(0x12, 0x01);  // high_pc
  attr(0x40, 0x18);  // frame_base, exprloc
  attr(0x3f, 0x0c);  // external, flag
  attr(0, 0);
  PutU8(&b, 0);
  return b;
}

// The package of a CU: the import path of its first qualified function.
std::string CUName(const std::vector<Symbol*>& funcs) {
  for (const Symbol* f : funcs) {
    const std::string& n = f->name;
    size_t slash = n.rfind('/');
    size_t dot = n.find('.', slash == std::string::npos ? 0 : slash);
    if (dot != std::string::npos && dot > 0) return n.substr(0, dot);
  }
  // Unqualified names only (_rt0_amd64_linux): the archive's package name,
  // else the object's base name.
  std::string path = funcs.front()->obj->path;
  size_t paren = path.find('(');
  if (paren != std::string::npos) path.resize(paren);
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) path = path.substr(slash + 1);
  size_t dot = path.rfind('.');
  if (dot != std::string::npos && dot > 0) path.resize(dot);
  return path;
}

}  // namespace

std::vector<LineRow> LineRows(const objfile::FuncInfo& fi) {
  std::vector<objfile::PCValueRun> files, lines;
  std::vector<LineRow> rows;
  if (!objfile::DecodePCValue(fi.pcfile, &files) ||
      !objfile::DecodePCValue(fi.pcln, &lines))
    return rows;
  size_t i = 0, j = 0;
  while (i < files.size() && j < lines.size()) {
    uint32_t pc = std::max(files[i].pc, lines[j].pc);
    LineRow r{pc, files[i].value, lines[j].value};
    if (rows.empty() || rows.back().file != r.file || rows.back().line != r.line)
      rows.push_back(r);
    if (files[i].end < lines[j].end)
      i++;
    else if (lines[j].end < files[i].end)
      j++;
    else
      i++, j++;
  }
  return rows;
}

Bytes FrameCIE() {
  Bytes b;
  PutU32(&b, 0);  // length, set below
  PutU32(&b, 0xffffffff);
  PutU8(&b, 3);  // version
  PutU8(&b, 0);  // augmentation ""
  PutUleb(&b, 1);
  PutSleb(&b, -4);
  PutUleb(&b, 16);  // return address column
  PutU8(&b, 0x0c);  // DW_CFA_def_cfa rsp+8
  PutUleb(&b, 7);
  PutUleb(&b, 8);
  PutU8(&b, 0x05);  // DW_CFA_offset_extended r16 at cfa-8
  PutUleb(&b, 16);
  PutUleb(&b, 2);
  Pad(&b, 8);  // DW_CFA_nop
  SetU32(&b, 0, uint32_t(b.size() - 4));
  return b;
}

void AppendFDE(Bytes* b, uint64_t addr, uint64_t size,
               const std::vector<uint8_t>& pcsp) {
  size_t start = b->size();
  PutU32(b, 0);
  PutU32(b, 0);  // CIE at offset 0
  PutU64(b, addr);
  PutU64(b, size);
  std::vector<objfile::PCValueRun> runs;
  if (!pcsp.empty()) objfile::DecodePCValue(pcsp, &runs);
  uint32_t pc = 0;
  int64_t cur = 0;
  for (const auto& r : runs) {
    if (r.value == cur || r.value < -8) continue;
    uint32_t d = r.pc - pc;
    if (d == 0) {
    } else if (d < 64) {
      PutU8(b, uint8_t(0x40 | d));
    } else if (d < 256) {
      PutU8(b, 0x02);
      PutU8(b, uint8_t(d));
    } else if (d < 65536) {
      PutU8(b, 0x03);
      PutU16(b, uint16_t(d));
    } else {
      PutU8(b, 0x04);
      PutU32(b, d);
    }
    pc = r.pc;
    cur = r.value;
    PutU8(b, 0x0e);  // DW_CFA_def_cfa_offset
    PutUleb(b, uint64_t(8 + r.value));
  }
  while ((b->size() - start) % 8) PutU8(b, 0);
  SetU32(b, start, uint32_t(b->size() - start - 4));
}

void BuildDwarf(Context& ctx) {
  if (ctx.opts.strip_dwarf || ctx.opts.strip_all) return;
  // CUs in address order: runs of textp from one object with funcinfo.
  std::vector<std::vector<Symbol*>> cus;
  std::map<int, size_t> cu_of;
  for (Symbol* f : ctx.textp) {
    if (!f->func) continue;
    auto it = cu_of.find(f->cu);
    if (it == cu_of.end()) {
      it = cu_of.emplace(f->cu, cus.size()).first;
      cus.emplace_back();
    }
    cus[it->second].push_back(f);
  }

  Bytes info, line;
  std::string producer =
      absl::StrCat("Go cmd/compile ", ctx.opts.go_version, "; gocc");
  for (const std::vector<Symbol*>& fs : cus) {
    const Object* obj = fs.front()->obj;
    uint64_t low = fs.front()->value;
    uint64_t high = fs.back()->value + fs.back()->size;

    // .debug_line program for this CU.
    size_t lstart = line.size();
    PutU32(&line, 0);  // unit_length
    PutU16(&line, 2);
    size_t hlen_at = line.size();
    PutU32(&line, 0);  // header_length
    PutU8(&line, 1);   // min_inst_length
    PutU8(&line, 1);   // default_is_stmt
    PutU8(&line, uint8_t(int8_t(kLineBase)));
    PutU8(&line, kLineRange);
    PutU8(&line, kOpcodeBase);
    for (uint8_t n : {0, 1, 1, 1, 1, 0, 0, 0, 1, 0}) PutU8(&line, n);
    PutU8(&line, 0);  // no include directories
    for (const std::string& f : obj->funcinfo.files) {
      PutStr(&line, f);
      PutUleb(&line, 0);
      PutUleb(&line, 0);
      PutUleb(&line, 0);
    }
    PutU8(&line, 0);
    SetU32(&line, hlen_at, uint32_t(line.size() - hlen_at - 4));
    uint64_t addr = 0;
    int64_t cur_line = 1, cur_file = 0;
    for (const Symbol* f : fs) {
      PutU8(&line, 0);  // DW_LNE_set_address
      PutUleb(&line, 9);
      PutU8(&line, 0x02);
      PutU64(&line, f->value);
      addr = f->value;
      for (const LineRow& r : LineRows(*f->func)) {
        if (r.file != cur_file) {
          PutU8(&line, 0x04);  // DW_LNS_set_file
          PutUleb(&line, uint64_t(r.file) + 1);
          cur_file = r.file;
        }
        int64_t dline = r.line - cur_line;
        uint64_t dpc = f->value + r.pc - addr;
        uint64_t op = uint64_t(dline - kLineBase) + kLineRange * dpc + kOpcodeBase;
        if (dline >= kLineBase && dline < kLineBase + kLineRange && op <= 255) {
          PutU8(&line, uint8_t(op));
        } else {
          if (dline) {
            PutU8(&line, 0x03);  // DW_LNS_advance_line
            PutSleb(&line, dline);
          }
          if (dpc) {
            PutU8(&line, 0x02);  // DW_LNS_advance_pc
            PutUleb(&line, dpc);
          }
          PutU8(&line, 0x01);  // DW_LNS_copy
        }
        cur_line = r.line;
        addr = f->value + r.pc;
      }
    }
    PutU8(&line, 0x02);
    PutUleb(&line, high - addr);
    PutU8(&line, 0);  // DW_LNE_end_sequence
    PutUleb(&line, 1);
    PutU8(&line, 0x01);
    SetU32(&line, lstart, uint32_t(line.size() - lstart - 4));

    // .debug_info unit.
    size_t istart = info.size();
    PutU32(&info, 0);
    PutU16(&info, 4);
    PutU32(&info, 0);  // abbrev offset
    PutU8(&info, 8);
    PutUleb(&info, kAbbrevCU);
    PutStr(&info, CUName(fs));
    PutU8(&info, 22);  // DW_LANG_Go
    PutU32(&info, uint32_t(lstart));
    PutU64(&info, low);
    PutU64(&info, high);
    PutStr(&info, ".");
    PutStr(&info, producer);
    for (const Symbol* f : fs) {
      PutUleb(&info, kAbbrevFunc);
      PutStr(&info, f->name);
      PutU64(&info, f->value);
      PutU64(&info, f->value + f->size);
      PutUleb(&info, 1);
      PutU8(&info, 0x9c);  // DW_OP_call_frame_cfa
      PutU8(&info, f->local ? 0 : 1);
    }
    PutU8(&info, 0);
    SetU32(&info, istart, uint32_t(info.size() - istart - 4));
  }

  Bytes frame = FrameCIE();
  for (const Symbol* f : ctx.textp) {
    std::vector<uint8_t> pcsp;
    if (f->func) pcsp = f->func->pcsp;
    AppendFDE(&frame, f->value, f->size, pcsp);
  }

  for (OutSection& o : ctx.shdrs) {
    if (o.name == ".debug_abbrev") o.data = Abbrevs();
    if (o.name == ".debug_line") o.data = line;
    if (o.name == ".debug_frame") o.data = frame;
    if (o.name == ".debug_info") o.data = info;
  }
}

}  // namespace gocc::link
