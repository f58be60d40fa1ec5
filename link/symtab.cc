// Linker-defined symbols (go-binary-format.md §5.2) and the ELF .symtab /
// .strtab (§1.6).
//
// DefineLinkerSymbols runs at the start of resolve: it creates the boundary
// markers (runtime.text, runtime.etext, runtime.noptrdata, ...) and the
// table symbols whose bytes later passes fill (pclntab, findfunctab,
// moduledata, buildinfo), so objects can refer to them like any symbol.
// BuildSymtab runs after layout and writes gc's symbol order: go.go,
// runtime.text, local functions, runtime.etext, local data, the linker's
// local markers, then the globals.
#include <elf.h>

#include "absl/strings/str_format.h"
#include "link/context.h"

namespace gocc::link {
namespace {

struct MarkerDef {
  const char* name;
  SectKind sect;
  bool at_end;
};

// In gc's .symtab order (readelf -s of a gc binary).
constexpr MarkerDef kMarkers[] = {
    {"runtime.text", SectKind::kText, false},
    {"runtime.etext", SectKind::kText, true},
    {"runtime.pclntab", SectKind::kPclntab, false},
    {"runtime.rodata", SectKind::kRodata, false},
    {"runtime.erodata", SectKind::kRodata, true},
    {"runtime.types", SectKind::kRodata, false},
    {"runtime.etypes", SectKind::kRodata, true},
    {"runtime.noptrdata", SectKind::kNoptrdata, false},
    {"runtime.enoptrdata", SectKind::kNoptrdata, true},
    {"runtime.data", SectKind::kData, false},
    {"runtime.edata", SectKind::kData, true},
    {"runtime.bss", SectKind::kBss, false},
    {"runtime.ebss", SectKind::kBss, true},
    {"runtime.noptrbss", SectKind::kNoptrbss, false},
    {"runtime.enoptrbss", SectKind::kNoptrbss, true},
    {"runtime.end", SectKind::kNoptrbss, true},
    {"runtime.epclntab", SectKind::kPclntab, true},
    {"runtime.esymtab", SectKind::kGosymtab, true},
    {"go.func.*", SectKind::kRodata, false},  // placed by layout
    {"runtime.symtab", SectKind::kGosymtab, false},
};

Symbol* Table(Context& ctx, const char* name, SectKind sect, bool local) {
  Symbol* s = ctx.NewSymbol(name);
  s->sect = sect;
  s->defined = true;
  s->local = local;
  s->linker_made = true;
  ctx.globals[name] = s;
  return s;
}

}  // namespace

void DefineLinkerSymbols(Context& ctx) {
  for (const MarkerDef& m : kMarkers) {
    Symbol* s = Table(ctx, m.name, m.sect, false);
    s->marker = true;
    s->at_end = m.at_end;
    s->is_func = m.sect == SectKind::kText;
  }
  // Tables; pclntab.cc, moduledata.cc and buildinfo.cc fill them.
  Table(ctx, "runtime.pcheader", SectKind::kPclntab, false)->nosymtab = true;
  Table(ctx, "runtime.findfunctab", SectKind::kRodata, false);
  Table(ctx, "runtime.textsectionmap", SectKind::kRodata, false);
  Table(ctx, "runtime.firstmoduledata", SectKind::kNoptrdata, false);
  Table(ctx, "runtime.lastmoduledatap", SectKind::kNoptrdata, false);
  Table(ctx, "go.buildinfo", SectKind::kBuildinfo, false);
  Table(ctx, "runtime.typelink", SectKind::kTypelink, false);  // typelink.cc
  Table(ctx, "runtime.itablink", SectKind::kItablink, false);
}

// Which linker symbols gc lists as STB_LOCAL.
static bool LinkerLocal(const Symbol* s) {
  if (s->marker) return true;
  return s->name == "runtime.findfunctab";
}

void BuildSymtab(Context& ctx) {
  std::vector<uint8_t> symtab(sizeof(Elf64_Sym), 0);  // entry 0
  std::vector<uint8_t> strtab(1, 0);
  auto add = [&](const std::string& name, uint64_t value, uint64_t size,
                 int bind, int type, uint16_t shndx) {
    Elf64_Sym es{};
    es.st_name = uint32_t(strtab.size());
    strtab.insert(strtab.end(), name.begin(), name.end());
    strtab.push_back(0);
    es.st_info = ELF64_ST_INFO(bind, type);
    es.st_shndx = shndx;
    es.st_value = value;
    es.st_size = size;
    const uint8_t* p = reinterpret_cast<const uint8_t*>(&es);
    symtab.insert(symtab.end(), p, p + sizeof es);
  };
  auto emit = [&](const Symbol* s, int bind) {
    add(s->name, s->value, s->marker ? 0 : s->size, bind,
        s->is_func ? STT_FUNC : STT_OBJECT,
        uint16_t(ctx.sect_shndx[int(s->sect)]));
  };
  add("go.go", 0, 0, STB_LOCAL, STT_FILE, SHN_ABS);
  emit(ctx.Find("runtime.text"), STB_LOCAL);
  // Local functions, runtime.etext, local data, in address order.
  auto listed = [](const Symbol* s) {
    return s->reachable && s->defined && !s->nosymtab && !s->marker;
  };
  for (const Symbol* s : ctx.sect_syms[int(SectKind::kText)])
    if (listed(s) && s->local) emit(s, STB_LOCAL);
  emit(ctx.Find("runtime.etext"), STB_LOCAL);
  for (int k = int(SectKind::kRodata); k < kNumSects; k++)
    for (const Symbol* s : ctx.sect_syms[k])
      if (listed(s) && (s->local || LinkerLocal(s))) emit(s, STB_LOCAL);
  for (const MarkerDef& m : kMarkers) {
    const Symbol* s = ctx.Find(m.name);
    if (s->sect != SectKind::kText) emit(s, STB_LOCAL);
  }
  uint32_t first_global = uint32_t(symtab.size() / sizeof(Elf64_Sym));
  for (int k = 0; k < kNumSects; k++)
    for (const Symbol* s : ctx.sect_syms[k])
      if (listed(s) && !s->local && !LinkerLocal(s)) emit(s, STB_GLOBAL);

  OutSection sym;
  sym.name = ".symtab";
  sym.type = SHT_SYMTAB;
  sym.align = 8;
  sym.entsize = sizeof(Elf64_Sym);
  sym.info = first_global;
  sym.data = std::move(symtab);
  OutSection str;
  str.name = ".strtab";
  str.type = SHT_STRTAB;
  str.data = std::move(strtab);
  for (OutSection& o : ctx.shdrs) {
    if (o.name == ".symtab") {
      sym.shndx = o.shndx;
      sym.name_off = o.name_off;
      sym.link = uint32_t(o.shndx + 1);
      o = std::move(sym);
    }
  }
  for (OutSection& o : ctx.shdrs) {
    if (o.name == ".strtab") {
      str.shndx = o.shndx;
      str.name_off = o.name_off;
      o = std::move(str);
    }
  }
}

}  // namespace gocc::link
