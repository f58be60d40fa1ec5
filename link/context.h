// The linker's shared state: options, input objects, symbols (atoms) and the
// output sections. Every pass in link/main.cc reads and updates one Context.
//
// A Symbol is gc's loader symbol and mold's "atom" at once: a named, sized
// piece of one output section with its bytes and relocations. Input symbols
// come from the ELF symbol tables of the objects (objfile/README.md, "Atoms");
// linker-made symbols (pclntab, moduledata, runtime.text, ...) are Symbols too,
// so relocation, layout and .symtab treat both alike.
#ifndef GOCC_LINK_CONTEXT_H_
#define GOCC_LINK_CONTEXT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "objfile/funcinfo.h"

namespace gocc::link {

// Output section of a symbol, in address order (go-binary-format.md §1.4).
// kNone: not placed (undefined, or a linker marker pinned elsewhere).
enum class SectKind : uint8_t {
  kText,
  kRodata,
  kTypelink,
  kItablink,
  kGosymtab,
  kPclntab,
  kBuildinfo,
  kNoptrdata,
  kData,
  kBss,
  kNoptrbss,
  kNone,
};
inline constexpr int kNumSects = int(SectKind::kNone);

// Relocation types: the psABI ones objects use, plus linker-internal kinds.
inline constexpr uint32_t kRelocGoFuncOff = 0x1000;  // u32 S+A - go.func.*
inline constexpr uint32_t kRelocTextOff = 0x1001;    // u32 S+A - runtime.text

struct Symbol;

struct Reloc {
  uint32_t off = 0;  // offset in the symbol's bytes
  uint32_t type = 0;
  Symbol* target = nullptr;  // nullptr until resolve: then see symidx
  int64_t addend = 0;
  uint32_t symidx = 0;  // ELF symbol index in the defining object
};

struct Object;

struct Symbol {
  std::string name;
  SectKind sect = SectKind::kNone;
  bool defined = false;
  bool local = false;     // STB_LOCAL: not in the global namespace
  bool dupok = false;     // STB_WEAK: first definition wins
  bool is_func = false;   // STT_FUNC (text), else data object
  bool reachable = false;
  bool linker_made = false;  // synthesized by the linker
  bool marker = false;       // zero-size boundary symbol (runtime.etext, ...)
  bool at_end = false;       // a marker placed at its section's end
  bool nosymtab = false;     // kept out of .symtab (pclntab's carrier)
  uint64_t size = 0;
  uint32_t align = 1;
  std::vector<uint8_t> data;  // contents; empty for NOBITS sections
  std::vector<Reloc> relocs;
  uint64_t value = 0;  // address once laid out
  Object* obj = nullptr;  // defining object, or nullptr for linker symbols
  const objfile::FuncInfo* func = nullptr;  // .go.funcinfo record, if any
  // Resolved funcdata symbols of func (off = funcdata index; target null =
  // absent), filled from func->funcdata by resolve.
  std::vector<Reloc> funcdata;
  int cu = -1;  // compilation unit (object) index of a text symbol
};

// An entry of an object's ELF symbol table, as the reader saw it.
struct ObjSym {
  std::string name;
  bool global = false;  // STB_GLOBAL or STB_WEAK
  Symbol* def = nullptr;  // the atom it names, or contains it (alias)
  uint64_t alias_off = 0;  // offset of the symbol inside def
};

// One relocatable input, possibly an archive member.
struct Object {
  std::string path;  // "file.o" or "lib.a(member.o)"
  int index = 0;     // load order; also the DWARF/pclntab CU number
  int input = 0;     // index of the command-line input it came from
  bool has_funcinfo = false;
  objfile::FuncInfoSection funcinfo;
  std::vector<ObjSym> syms;  // by ELF symbol index
  std::vector<Symbol*> defined;  // atoms defined here, in section order
};

struct Options {
  std::string output;
  std::vector<std::string> inputs;
  std::vector<std::string> libdirs;  // -L
  bool strip_all = false;   // -s
  bool strip_dwarf = false;  // -w
  std::string buildid;
  bool have_buildid = false;
  std::vector<std::pair<std::string, std::string>> xdefs;  // -X
  std::string entry = "_rt0_amd64_linux";
  uint64_t text_addr = 0x401000;  // -T
  bool verbose = false;
  std::string go_version;
};

// One output section as written: name, ELF attributes, address, bytes.
struct OutSection {
  std::string name;
  uint32_t name_off = 0;  // in .shstrtab
  uint32_t type = 0;  // SHT_*
  uint64_t flags = 0;
  uint64_t addr = 0;
  uint64_t offset = 0;  // file offset
  uint64_t size = 0;
  uint64_t align = 1;
  uint32_t link = 0, info = 0;
  uint64_t entsize = 0;
  std::vector<uint8_t> data;  // bytes for non-symbol sections (debug, symtab)
  int shndx = 0;              // section header index
};

struct Context {
  Options opts;
  std::vector<std::unique_ptr<Object>> objects;
  std::vector<std::unique_ptr<Symbol>> symbols;  // owns every Symbol
  std::map<std::string, Symbol*> globals;        // resolved global names
  std::vector<std::string> errors;
  // Input bytes (for the build id hash), in load order.
  std::vector<std::vector<uint8_t>> input_bytes;

  // Symbols of each output section, in address order (layout fills this).
  std::vector<Symbol*> sect_syms[kNumSects];
  uint64_t sect_addr[kNumSects] = {};
  uint64_t sect_size[kNumSects] = {};
  uint32_t sect_align[kNumSects] = {};
  // Text symbols with a pclntab entry, in address order (layout fills this).
  std::vector<Symbol*> textp;

  // Offsets of .gopclntab's sub-tables from runtime.pcheader (pclntab.cc).
  struct {
    uint64_t funcname = 0, funcname_len = 0, cu = 0, cu_len = 0, file = 0,
             file_len = 0, pc = 0, pc_len = 0, func = 0, func_len = 0;
    uint64_t nfunc = 0;
  } pcln;
  // Entries of runtime.typelink and runtime.itablink (typelink.cc).
  uint64_t typelink_count = 0, itablink_count = 0;

  // Section header index of each output section (layout.cc plans them).
  int sect_shndx[kNumSects] = {};
  std::vector<OutSection> shdrs;  // every section header, in order

  // Laid-out pieces of the file.
  std::vector<uint8_t> shstrtab;     // .shstrtab bytes (rodata segment)
  uint64_t shstrtab_off = 0;         // its file offset
  std::vector<uint8_t> buildid_note;  // .note.go.buildid bytes
  std::vector<OutSection> debug;      // DWARF sections, in order

  Symbol* NewSymbol(const std::string& name) {
    symbols.push_back(std::make_unique<Symbol>());
    symbols.back()->name = name;
    return symbols.back().get();
  }
  // The global symbol of that name, created undefined if absent.
  Symbol* Lookup(const std::string& name) {
    auto it = globals.find(name);
    if (it != globals.end()) return it->second;
    Symbol* s = NewSymbol(name);
    globals[name] = s;
    return s;
  }
  Symbol* Find(const std::string& name) const {
    auto it = globals.find(name);
    return it == globals.end() ? nullptr : it->second;
  }
};

// Passes and helpers, one file each (see link/README.md for the order).
void Error(Context& ctx, const std::string& msg);
bool LoadInputs(Context& ctx);                        // input_file.cc, archive.cc
bool ReadObject(Context& ctx, const std::string& path,
                const uint8_t* data, size_t size);  // input_file.cc
bool ReadArchive(Context& ctx, const std::string& path,
                 const uint8_t* data, size_t size);  // archive.cc
void ResolveSymbols(Context& ctx);                   // resolve.cc
void ApplyXFlags(Context& ctx);                      // resolve.cc
void DeadCode(Context& ctx);                         // deadcode.cc
void BuildTypelinks(Context& ctx);                   // typelink.cc
// Orders the type descriptors among syms as gc's linker lays them out (by
// size, then gc's symbol name), in the slots they held: the addresses
// fmt's map-key order compares for interface keys then follow gc's.
void SortTypeDescriptors(std::vector<Symbol*>* syms);  // typelink.cc
void DefineLinkerSymbols(Context& ctx);              // symtab.cc
void PlanSections(Context& ctx);                     // layout.cc
void LayoutText(Context& ctx);                       // layout.cc
void BuildPclntab(Context& ctx);                     // pclntab.cc
void BuildFindFuncTab(Context& ctx);                 // pclntab.cc
void BuildModuledata(Context& ctx);                  // moduledata.cc
void BuildBuildinfo(Context& ctx);                   // buildinfo.cc
void BuildBuildID(Context& ctx);                     // buildinfo.cc
void LayoutData(Context& ctx);                       // layout.cc
void ApplyRelocations(Context& ctx);                 // reloc_amd64.cc
void BuildDwarf(Context& ctx);                       // dwarf.cc
void BuildSymtab(Context& ctx);                      // symtab.cc
bool WriteOutput(Context& ctx);                      // output.cc

// Alignment of a data symbol the way gc picks it: the largest power of two
// not above its size, capped at 32.
uint32_t SymAlign(uint64_t size);
inline uint64_t AlignTo(uint64_t v, uint64_t a) {
  return a <= 1 ? v : (v + a - 1) / a * a;
}

}  // namespace gocc::link

#endif  // GOCC_LINK_CONTEXT_H_
