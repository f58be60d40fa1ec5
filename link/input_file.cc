// Pass 1, load inputs: the reader of our ELF64 relocatable objects
// (objfile/README.md). It checks every offset and length against the file
// before using it, cuts each loaded section into atoms at symbol boundaries,
// attaches the section's RELA entries to the atoms, and decodes
// .go.funcinfo. Global names are resolved later (resolve.cc); relocations
// against local and section symbols are bound here.
#include <elf.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>

#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "link/context.h"

namespace gocc::link {
namespace {

template <typename T>
bool ReadStruct(const uint8_t* data, size_t size, uint64_t off, T* out) {
  if (off > size || sizeof(T) > size - off) return false;
  std::memcpy(out, data + off, sizeof(T));
  return true;
}

// Output section of an input section, from its name and flags.
SectKind Classify(const std::string& name, const Elf64_Shdr& sh) {
  if (!(sh.sh_flags & SHF_ALLOC)) return SectKind::kNone;
  if (sh.sh_type != SHT_PROGBITS && sh.sh_type != SHT_NOBITS)
    return SectKind::kNone;  // e.g. .note.gnu.property
  if (sh.sh_flags & SHF_EXECINSTR) return SectKind::kText;
  if (name == ".noptrdata" || absl::StartsWith(name, ".noptrdata."))
    return SectKind::kNoptrdata;
  if (name == ".noptrbss" || absl::StartsWith(name, ".noptrbss."))
    return SectKind::kNoptrbss;
  if (!(sh.sh_flags & SHF_WRITE)) return SectKind::kRodata;
  if (sh.sh_type == SHT_NOBITS) return SectKind::kBss;
  return SectKind::kData;
}

class ObjectReader {
 public:
  ObjectReader(Context& ctx, const std::string& path, const uint8_t* data,
               size_t size)
      : ctx_(ctx), path_(path), data_(data), size_(size) {}

  bool Read();

 private:
  bool Fail(const std::string& msg) {
    Error(ctx_, absl::StrFormat("%s: %s", path_, msg));
    return false;
  }
  bool ReadSections();
  bool ReadSymbols();
  bool MakeAtoms();
  bool ReadRelocs();
  bool ReadFuncInfo();
  std::string StrAt(const Elf64_Shdr& strtab, uint32_t off, bool* ok);
  // The atom of section shndx containing offset off (or ending at it when
  // at_end), nullptr if none.
  Symbol* AtomAt(uint32_t shndx, uint64_t off, bool at_end = false);

  Context& ctx_;
  std::string path_;
  const uint8_t* data_;
  size_t size_;
  Object* obj_ = nullptr;
  Elf64_Ehdr eh_{};
  std::vector<Elf64_Shdr> sh_;
  std::vector<std::string> shname_;
  std::vector<SectKind> kind_;
  std::vector<Elf64_Sym> esyms_;
  std::vector<std::vector<Symbol*>> atoms_;  // per section, by offset
  int symtab_ = -1;
};

std::string ObjectReader::StrAt(const Elf64_Shdr& strtab, uint32_t off,
                                bool* ok) {
  if (off >= strtab.sh_size) {
    *ok = false;
    return "";
  }
  const char* p = reinterpret_cast<const char*>(data_ + strtab.sh_offset + off);
  size_t max = strtab.sh_size - off;
  size_t n = strnlen(p, max);
  if (n == max) {
    *ok = false;
    return "";
  }
  return std::string(p, n);
}

bool ObjectReader::Read() {
  if (!ReadStruct(data_, size_, 0, &eh_) ||
      std::memcmp(eh_.e_ident, ELFMAG, SELFMAG) != 0)
    return Fail("not an ELF object file");
  if (eh_.e_ident[EI_CLASS] != ELFCLASS64 ||
      eh_.e_ident[EI_DATA] != ELFDATA2LSB)
    return Fail("not a little-endian ELF64 object");
  if (eh_.e_type != ET_REL) return Fail("not a relocatable object (ET_REL)");
  if (eh_.e_machine != EM_X86_64) return Fail("not an x86-64 object");
  auto obj = std::make_unique<Object>();
  obj->path = path_;
  obj->index = int(ctx_.objects.size());
  obj_ = obj.get();
  ctx_.objects.push_back(std::move(obj));
  return ReadSections() && ReadSymbols() && MakeAtoms() && ReadRelocs() &&
         ReadFuncInfo();
}

bool ObjectReader::ReadSections() {
  if (eh_.e_shentsize != sizeof(Elf64_Shdr))
    return Fail("bad section header size");
  if (eh_.e_shnum == 0 || eh_.e_shnum >= SHN_LORESERVE)
    return Fail("bad section count");
  for (unsigned i = 0; i < eh_.e_shnum; i++) {
    Elf64_Shdr sh;
    if (eh_.e_shoff > size_ ||
        !ReadStruct(data_, size_, eh_.e_shoff + uint64_t(i) * sizeof sh, &sh))
      return Fail("truncated section headers");
    if (sh.sh_type != SHT_NOBITS &&
        (sh.sh_offset > size_ || sh.sh_size > size_ - sh.sh_offset))
      return Fail(absl::StrFormat("section %d extends past end of file", i));
    sh_.push_back(sh);
  }
  if (eh_.e_shstrndx >= sh_.size() || sh_[eh_.e_shstrndx].sh_type != SHT_STRTAB)
    return Fail("bad section name table index");
  for (unsigned i = 0; i < sh_.size(); i++) {
    bool ok = true;
    shname_.push_back(StrAt(sh_[eh_.e_shstrndx], sh_[i].sh_name, &ok));
    if (!ok) return Fail(absl::StrFormat("bad name of section %d", i));
    kind_.push_back(Classify(shname_[i], sh_[i]));
    if (kind_[i] == SectKind::kText && sh_[i].sh_type == SHT_NOBITS)
      return Fail(absl::StrFormat("executable section %s has no bytes",
                                  shname_[i]));
    if (sh_[i].sh_type == SHT_SYMTAB) {
      if (symtab_ >= 0) return Fail("more than one symbol table");
      symtab_ = int(i);
    }
  }
  atoms_.resize(sh_.size());
  return true;
}

bool ObjectReader::ReadSymbols() {
  if (symtab_ < 0) return true;  // an object with nothing in it
  const Elf64_Shdr& st = sh_[symtab_];
  if (st.sh_entsize != sizeof(Elf64_Sym) || st.sh_link >= sh_.size() ||
      sh_[st.sh_link].sh_type != SHT_STRTAB)
    return Fail("bad symbol table");
  size_t n = st.sh_size / sizeof(Elf64_Sym);
  const Elf64_Shdr& strtab = sh_[st.sh_link];
  obj_->syms.resize(n);
  for (size_t i = 0; i < n; i++) {
    Elf64_Sym es;
    ReadStruct(data_, size_, st.sh_offset + i * sizeof es, &es);
    esyms_.push_back(es);
    bool ok = true;
    obj_->syms[i].name = StrAt(strtab, es.st_name, &ok);
    if (!ok) return Fail(absl::StrFormat("bad name of symbol %d", i));
    int bind = ELF64_ST_BIND(es.st_info);
    obj_->syms[i].global = bind == STB_GLOBAL || bind == STB_WEAK;
    if (i > 0 && es.st_shndx != SHN_UNDEF && es.st_shndx != SHN_ABS &&
        es.st_shndx >= sh_.size() && es.st_shndx < SHN_LORESERVE)
      return Fail(absl::StrFormat("symbol %s: bad section index",
                                  obj_->syms[i].name));
    if (es.st_shndx == SHN_COMMON)
      return Fail(absl::StrFormat("symbol %s: common symbols not supported",
                                  obj_->syms[i].name));
  }
  return true;
}

// Cuts loaded sections into atoms. A sized symbol (or a global one) starts
// an atom; an unsized local symbol inside an atom becomes an alias of it.
bool ObjectReader::MakeAtoms() {
  std::vector<size_t> order;
  for (size_t i = 1; i < esyms_.size(); i++) {
    const Elf64_Sym& es = esyms_[i];
    int type = ELF64_ST_TYPE(es.st_info);
    if (type == STT_SECTION || type == STT_FILE) continue;
    if (es.st_shndx == SHN_UNDEF || es.st_shndx >= sh_.size()) continue;
    if (kind_[es.st_shndx] == SectKind::kNone) continue;
    if (es.st_size == 0 && !obj_->syms[i].global) continue;  // alias, below
    order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (esyms_[a].st_shndx != esyms_[b].st_shndx)
      return esyms_[a].st_shndx < esyms_[b].st_shndx;
    return esyms_[a].st_value < esyms_[b].st_value;
  });
  for (size_t i : order) {
    const Elf64_Sym& es = esyms_[i];
    const Elf64_Shdr& sh = sh_[es.st_shndx];
    ObjSym& os = obj_->syms[i];
    if (es.st_size > (uint64_t(1) << 32))
      return Fail(absl::StrFormat("symbol %s is too large", os.name));
    if (es.st_value > sh.sh_size || es.st_size > sh.sh_size - es.st_value)
      return Fail(absl::StrFormat("symbol %s extends past the end of %s",
                                  os.name, shname_[es.st_shndx]));
    std::vector<Symbol*>& atoms = atoms_[es.st_shndx];
    if (!atoms.empty()) {
      Symbol* prev = atoms.back();
      uint64_t prev_end = prev->value + prev->size;
      if (es.st_value < prev_end)
        return Fail(absl::StrFormat("symbols %s and %s overlap", prev->name,
                                    os.name));
    }
    Symbol* s = ctx_.NewSymbol(os.name);
    s->sect = kind_[es.st_shndx];
    s->defined = true;
    s->local = !os.global;
    s->dupok = ELF64_ST_BIND(es.st_info) == STB_WEAK;
    s->is_func = s->sect == SectKind::kText;
    s->size = es.st_size;
    s->value = es.st_value;  // input offset until layout
    s->obj = obj_;
    s->align = s->is_func ? 32 : SymAlign(s->size);
    if (sh.sh_type != SHT_NOBITS) {
      const uint8_t* p = data_ + sh.sh_offset + es.st_value;
      s->data.assign(p, p + es.st_size);
    }
    if (s->is_func) s->cu = obj_->index;
    atoms.push_back(s);
    obj_->defined.push_back(s);
    os.def = s;
  }
  // Unsized local symbols (labels) alias the atom that contains them.
  for (size_t i = 1; i < esyms_.size(); i++) {
    const Elf64_Sym& es = esyms_[i];
    ObjSym& os = obj_->syms[i];
    int type = ELF64_ST_TYPE(es.st_info);
    if (os.def || type == STT_SECTION || type == STT_FILE) continue;
    if (es.st_shndx == SHN_UNDEF || es.st_shndx >= sh_.size()) continue;
    if (kind_[es.st_shndx] == SectKind::kNone) continue;
    Symbol* a = AtomAt(es.st_shndx, es.st_value, true);
    if (a) {
      os.def = a;
      os.alias_off = es.st_value - a->value;
    }
  }
  return true;
}

Symbol* ObjectReader::AtomAt(uint32_t shndx, uint64_t off, bool at_end) {
  const std::vector<Symbol*>& atoms = atoms_[shndx];
  auto it = std::upper_bound(
      atoms.begin(), atoms.end(), off,
      [](uint64_t o, const Symbol* s) { return o < s->value; });
  if (it == atoms.begin()) return nullptr;
  Symbol* s = *std::prev(it);
  if (off < s->value + s->size || (at_end && off == s->value + s->size))
    return s;
  return nullptr;
}

bool ObjectReader::ReadRelocs() {
  for (size_t i = 0; i < sh_.size(); i++) {
    const Elf64_Shdr& rs = sh_[i];
    if (rs.sh_type == SHT_REL)
      return Fail("SHT_REL relocations not supported (want SHT_RELA)");
    if (rs.sh_type != SHT_RELA) continue;
    if (rs.sh_info >= sh_.size() || rs.sh_entsize != sizeof(Elf64_Rela) ||
        int(rs.sh_link) != symtab_)
      return Fail(absl::StrFormat("bad relocation section %s", shname_[i]));
    uint32_t target_sec = rs.sh_info;
    if (kind_[target_sec] == SectKind::kNone) continue;  // e.g. debug info
    size_t n = rs.sh_size / sizeof(Elf64_Rela);
    for (size_t k = 0; k < n; k++) {
      Elf64_Rela r;
      ReadStruct(data_, size_, rs.sh_offset + k * sizeof r, &r);
      uint32_t type = ELF64_R_TYPE(r.r_info);
      uint32_t symidx = ELF64_R_SYM(r.r_info);
      if (type == R_X86_64_NONE) continue;
      if (symidx == 0 || symidx >= esyms_.size())
        return Fail(absl::StrFormat(
            "%s+0x%x: relocation with bad symbol index %d", shname_[target_sec],
            r.r_offset, symidx));
      Symbol* atom = AtomAt(target_sec, r.r_offset);
      if (!atom)
        return Fail(absl::StrFormat(
            "%s+0x%x: relocation outside any symbol", shname_[target_sec],
            r.r_offset));
      if (r.r_addend > INT32_MAX || r.r_addend < INT32_MIN)
        return Fail(absl::StrFormat("%s+0x%x: relocation addend %d out of range",
                                    shname_[target_sec], r.r_offset,
                                    r.r_addend));
      Reloc rel;
      rel.off = uint32_t(r.r_offset - atom->value);
      rel.type = type;
      rel.addend = r.r_addend;
      rel.symidx = symidx;
      const Elf64_Sym& es = esyms_[symidx];
      const ObjSym& os = obj_->syms[symidx];
      if (ELF64_ST_TYPE(es.st_info) == STT_SECTION) {
        // Bind to the atom holding the referenced byte. For PC-relative
        // fields the addend is biased by -4 (the field's end).
        if (es.st_shndx >= sh_.size() || kind_[es.st_shndx] == SectKind::kNone)
          return Fail(absl::StrFormat(
              "%s+0x%x: relocation against unloaded section",
              shname_[target_sec], r.r_offset));
        int64_t probe = r.r_addend;
        if (type == R_X86_64_PC32 || type == R_X86_64_PLT32) probe += 4;
        Symbol* t = probe < 0 ? nullptr : AtomAt(es.st_shndx, probe, true);
        if (!t)
          return Fail(absl::StrFormat(
              "%s+0x%x: relocation target %s%+d is not inside a symbol",
              shname_[target_sec], r.r_offset, shname_[es.st_shndx],
              r.r_addend));
        rel.target = t;
        rel.addend = r.r_addend - int64_t(t->value);
      } else if (!os.global) {
        if (!os.def)
          return Fail(absl::StrFormat(
              "%s: relocation target %s is not in a loaded section",
              atom->name, os.name));
        rel.target = os.def;
        rel.addend = r.r_addend + int64_t(os.alias_off);
      }
      atom->relocs.push_back(rel);
    }
  }
  // The values were input offsets; layout assigns addresses.
  for (Symbol* s : obj_->defined) s->value = 0;
  return true;
}

bool ObjectReader::ReadFuncInfo() {
  for (size_t i = 0; i < sh_.size(); i++) {
    if (shname_[i] != objfile::kFuncInfoSection) continue;
    if (sh_[i].sh_type == SHT_NOBITS) return Fail("bad .go.funcinfo section");
    std::string err;
    if (!objfile::DecodeFuncInfo(data_ + sh_[i].sh_offset, sh_[i].sh_size,
                                 &obj_->funcinfo, &err))
      return Fail(err);
    obj_->has_funcinfo = true;
    for (const objfile::FuncInfo& f : obj_->funcinfo.funcs) {
      if (f.sym == 0 || f.sym >= obj_->syms.size() || !obj_->syms[f.sym].def ||
          !obj_->syms[f.sym].def->is_func || obj_->syms[f.sym].alias_off != 0)
        return Fail(absl::StrFormat(
            ".go.funcinfo: symbol index %d is not a TEXT symbol", f.sym));
      Symbol* s = obj_->syms[f.sym].def;
      if (s->func)
        return Fail(absl::StrFormat(".go.funcinfo: %s described twice",
                                    s->name));
      s->func = &f;
      for (const objfile::FuncDataRef& fd : f.funcdata)
        if (fd.sym >= obj_->syms.size() || fd.offset > INT32_MAX ||
            fd.offset < INT32_MIN)
          return Fail(absl::StrFormat(
              ".go.funcinfo: %s: bad funcdata reference (symbol %d%+d)",
              s->name, fd.sym, fd.offset));
    }
  }
  return true;
}

}  // namespace

uint32_t SymAlign(uint64_t size) {
  uint32_t a = 32;
  while (a > 1 && a > size) a >>= 1;
  return a;
}

bool ReadObject(Context& ctx, const std::string& path, const uint8_t* data,
                size_t size) {
  ObjectReader r(ctx, path, data, size);
  return r.Read();
}

bool LoadInputs(Context& ctx) {
  for (const std::string& path : ctx.opts.inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Error(ctx, absl::StrFormat("cannot open file %s", path));
      return false;
    }
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
    ctx.input_bytes.push_back(std::move(bytes));
    const std::vector<uint8_t>& b = ctx.input_bytes.back();
    size_t first = ctx.objects.size();
    bool ok;
    if (b.size() >= 8 && std::memcmp(b.data(), "!<arch>\n", 8) == 0)
      ok = ReadArchive(ctx, path, b.data(), b.size());
    else
      ok = ReadObject(ctx, path, b.data(), b.size());
    for (size_t i = first; i < ctx.objects.size(); i++)
      ctx.objects[i]->input = int(ctx.input_bytes.size() - 1);
    if (!ok) return false;
  }
  return true;
}

}  // namespace gocc::link
