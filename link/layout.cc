// Pass 4, lay out sections: gc's address plan (go-binary-format.md §1.2).
//
//   0x400000  ELF header, program headers, section headers, build-id note
//   0x401000  .text: functions 32-byte aligned (INT3 between them)
//   next page .rodata, .shstrtab (bytes only, sh_addr 0), .typelink,
//             .itablink, .gosymtab, .gopclntab
//   next page .go.buildinfo, .noptrdata, .data, .bss, .noptrbss
//
// Text is laid out first (LayoutText) because pclntab and findfunctab are
// built from function addresses, and their sizes decide where the rest
// goes (LayoutData). File offset = address - 0x400000 for loaded bytes.
// Symbols go in object order, except that the objects of the first input
// (the main package) come last, as in gc where main's code ends .text.
#include <elf.h>

#include <algorithm>
#include <set>

#include "link/context.h"

namespace gocc::link {
namespace {

constexpr uint64_t kBase = 0x400000;
constexpr uint64_t kPage = 0x1000;
constexpr uint64_t kMaxSize = uint64_t(1) << 30;

struct SectDef {
  const char* name;
  uint32_t type;
  uint64_t flags;
  uint32_t align;
};

constexpr SectDef kSects[kNumSects] = {
    {".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 32},
    {".rodata", SHT_PROGBITS, SHF_ALLOC, 32},
    {".typelink", SHT_PROGBITS, SHF_ALLOC, 32},
    {".itablink", SHT_PROGBITS, SHF_ALLOC, 32},
    {".gosymtab", SHT_PROGBITS, SHF_ALLOC, 1},
    {".gopclntab", SHT_PROGBITS, SHF_ALLOC, 32},
    {".go.buildinfo", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 16},
    {".noptrdata", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 32},
    {".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 32},
    {".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 32},
    {".noptrbss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 32},
};

const char* const kDebugSects[] = {".debug_abbrev", ".debug_line",
                                   ".debug_frame", ".debug_info"};

// Objects in layout order.
std::vector<Object*> ObjectOrder(Context& ctx) {
  std::vector<Object*> order;
  for (const auto& o : ctx.objects)
    if (o->input != 0) order.push_back(o.get());
  for (const auto& o : ctx.objects)
    if (o->input == 0) order.push_back(o.get());
  return order;
}

// Places the symbols of section k from start; sets the markers.
uint64_t Place(Context& ctx, SectKind k, uint64_t start) {
  int i = int(k);
  uint64_t addr = AlignTo(start, kSects[i].align);
  ctx.sect_addr[i] = addr;
  ctx.sect_align[i] = kSects[i].align;
  for (Symbol* s : ctx.sect_syms[i]) {
    addr = AlignTo(addr, s->align);
    s->value = addr;
    addr += s->size;
  }
  ctx.sect_size[i] = addr - ctx.sect_addr[i];
  for (const auto& s : ctx.symbols)
    if (s->marker && s->sect == k && s->name != "go.func.*")
      s->value = s->at_end ? addr : ctx.sect_addr[i];
  return addr;
}

}  // namespace

void PlanSections(Context& ctx) {
  ctx.shdrs.clear();
  ctx.shdrs.push_back(OutSection());  // null
  auto add = [&](const std::string& name, uint32_t type, uint64_t flags,
                 uint64_t align) {
    OutSection o;
    o.name = name;
    o.type = type;
    o.flags = flags;
    o.align = align;
    o.shndx = int(ctx.shdrs.size());
    ctx.shdrs.push_back(o);
    return o.shndx;
  };
  for (int k = 0; k < kNumSects; k++) {
    ctx.sect_shndx[k] =
        add(kSects[k].name, kSects[k].type, kSects[k].flags, kSects[k].align);
    if (k == int(SectKind::kRodata)) add(".shstrtab", SHT_STRTAB, 0, 1);
  }
  if (!ctx.opts.strip_dwarf && !ctx.opts.strip_all)
    for (const char* name : kDebugSects) add(name, SHT_PROGBITS, 0, 1);
  add(".note.go.buildid", SHT_NOTE, SHF_ALLOC, 4);
  if (!ctx.opts.strip_all) {
    add(".symtab", SHT_SYMTAB, 0, 8);
    add(".strtab", SHT_STRTAB, 0, 1);
  }
  ctx.shstrtab.assign(1, 0);
  for (OutSection& o : ctx.shdrs) {
    if (o.name.empty()) continue;
    o.name_off = uint32_t(ctx.shstrtab.size());
    ctx.shstrtab.insert(ctx.shstrtab.end(), o.name.begin(), o.name.end());
    ctx.shstrtab.push_back(0);
  }
}

void LayoutText(Context& ctx) {
  std::vector<Symbol*>& text = ctx.sect_syms[int(SectKind::kText)];
  for (Object* o : ObjectOrder(ctx))
    for (Symbol* s : o->defined)
      if (s->sect == SectKind::kText && s->reachable) text.push_back(s);
  uint64_t etext = Place(ctx, SectKind::kText, ctx.opts.text_addr);
  if (etext - ctx.opts.text_addr > kMaxSize) {
    Error(ctx, "program too large: text exceeds 1 GiB");
    return;
  }
  for (Symbol* s : text)
    if (s->size > 0) ctx.textp.push_back(s);
}

void LayoutData(Context& ctx) {
  // Funcdata symbols go last in .rodata, after the go.func.* marker, so
  // their offsets from it (in _func records) are small and positive.
  std::set<Symbol*> funcdata;
  for (Symbol* f : ctx.textp)
    for (const Reloc& r : f->funcdata)
      if (r.target && r.target->defined && r.target->sect == SectKind::kRodata)
        funcdata.insert(r.target);
  std::vector<Object*> order = ObjectOrder(ctx);
  for (int k = int(SectKind::kRodata); k < kNumSects; k++) {
    std::vector<Symbol*>& list = ctx.sect_syms[k];
    for (const auto& s : ctx.symbols)
      if (s->linker_made && !s->marker && s->reachable && int(s->sect) == k)
        list.push_back(s.get());
    for (Object* o : order)
      for (Symbol* s : o->defined)
        if (int(s->sect) == k && s->reachable && !s->linker_made &&
            !funcdata.count(s))
          list.push_back(s);
  }
  std::vector<Symbol*>& ro = ctx.sect_syms[int(SectKind::kRodata)];
  SortTypeDescriptors(&ro);
  Symbol* gofunc = ctx.Find("go.func.*");
  ro.push_back(gofunc);
  for (Object* o : order)
    for (Symbol* s : o->defined)
      if (funcdata.count(s) && s->reachable) ro.push_back(s);

  uint64_t etext = ctx.sect_addr[0] + ctx.sect_size[0];
  uint64_t addr = Place(ctx, SectKind::kRodata, AlignTo(etext, kPage));
  uint64_t sh_addr = AlignTo(addr, SymAlign(ctx.shstrtab.size()));
  ctx.shstrtab_off = sh_addr - kBase;
  addr = sh_addr + ctx.shstrtab.size();
  for (SectKind k : {SectKind::kTypelink, SectKind::kItablink,
                     SectKind::kGosymtab, SectKind::kPclntab})
    addr = Place(ctx, k, addr);
  addr = AlignTo(addr, kPage);
  for (SectKind k : {SectKind::kBuildinfo, SectKind::kNoptrdata,
                     SectKind::kData, SectKind::kBss, SectKind::kNoptrbss})
    addr = Place(ctx, k, addr);

  if (addr - kBase > 2 * kMaxSize) {
    Error(ctx, "program too large: sections exceed 2 GiB");
    return;
  }
  for (int k = 0; k < kNumSects; k++) {
    OutSection& o = ctx.shdrs[ctx.sect_shndx[k]];
    o.addr = ctx.sect_addr[k];
    o.offset = o.addr - kBase;
    o.size = ctx.sect_size[k];
  }
  OutSection& sh = ctx.shdrs[ctx.sect_shndx[int(SectKind::kRodata)] + 1];
  sh.offset = ctx.shstrtab_off;
  sh.size = ctx.shstrtab.size();
}

}  // namespace gocc::link
