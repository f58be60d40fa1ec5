// ELF64 relocatable object writer (asm/elf_writer.h).
#include "asm/elf_writer.h"

#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>

#include "objfile/funcinfo.h"

namespace gocc::assembler {
namespace {

// Output sections holding symbols, in section-header order.
enum SecId { kSecText, kSecRodata, kSecData, kSecNoptrData, kSecBss, kSecNoptrBss, kNumSec };
constexpr const char* kSecName[kNumSec] = {".text", ".rodata", ".data",
                                           ".noptrdata", ".bss", ".noptrbss"};
constexpr int kTextAlign = 32;
constexpr int kMaxAlign = 32;

SecId SectionOf(const LSym& s) {
  if (s.kind == LSym::kText) return kSecText;
  if (s.flags & kRodata) return kSecRodata;
  if (s.flags & kNoPtr) return s.has_data ? kSecNoptrData : kSecNoptrBss;
  return s.has_data ? kSecData : kSecBss;
}

// gc's data alignment: the largest power of two <= size, at most 32.
int64_t AlignOf(const LSym& s) {
  if (s.kind == LSym::kText) return kTextAlign;
  int64_t a = kMaxAlign;
  while (a > s.size && a > 1) a >>= 1;
  return a;
}

int64_t RoundUp(int64_t v, int64_t a) { return (v + a - 1) / a * a; }

uint32_t RelType(const Reloc& r) {
  switch (r.kind) {
    case amd64::Fixup::kPCRel32: return r.call ? R_X86_64_PLT32 : R_X86_64_PC32;
    case amd64::Fixup::kAbs64: return R_X86_64_64;
    case amd64::Fixup::kAbs32: return R_X86_64_32;
    case amd64::Fixup::kAbs32S: return R_X86_64_32S;
    case amd64::Fixup::kAddrOff: return objfile::kRelocAddrOff;
  }
  return R_X86_64_NONE;
}

class StrTab {
 public:
  StrTab() { data_.push_back(0); }
  uint32_t Add(const std::string& s) {
    auto it = off_.find(s);
    if (it != off_.end()) return it->second;
    uint32_t o = uint32_t(data_.size());
    data_.insert(data_.end(), s.begin(), s.end());
    data_.push_back(0);
    off_[s] = o;
    return o;
  }
  const std::vector<uint8_t>& data() const { return data_; }

 private:
  std::vector<uint8_t> data_;
  std::map<std::string, uint32_t> off_;
};

template <typename T>
void Put(std::vector<uint8_t>* out, const T& v) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(&v);
  out->insert(out->end(), p, p + sizeof(T));
}

struct OutSec {
  std::string name;
  uint32_t type = SHT_PROGBITS;
  uint64_t flags = 0;
  uint64_t align = 1;
  uint32_t link = 0, info = 0;
  uint64_t entsize = 0;
  std::vector<uint8_t> data;
  uint64_t nobits_size = 0;  // SHT_NOBITS
};

}  // namespace

bool BuildELF(ObjFile* obj, const std::string& file_name,
              const std::vector<std::string>& files, Diag* diag,
              std::vector<uint8_t>* out) {
  // 1. Place symbols in sections.
  std::vector<LSym*> in_sec[kNumSec];
  std::map<const LSym*, uint64_t> value;
  int64_t sec_size[kNumSec] = {};
  int64_t sec_align[kNumSec] = {1, 1, 1, 1, 1, 1};
  std::vector<uint8_t> sec_data[kNumSec];
  for (auto& up : obj->syms) {
    LSym* s = up.get();
    SecId id = SectionOf(*s);
    int64_t a = AlignOf(*s);
    sec_align[id] = std::max(sec_align[id], a);
    int64_t off = RoundUp(sec_size[id], a);
    if (id != kSecBss && id != kSecNoptrBss) {
      sec_data[id].resize(size_t(off), id == kSecText ? 0xCC : 0);
      sec_data[id].insert(sec_data[id].end(), s->bytes.begin(), s->bytes.end());
      sec_data[id].resize(size_t(off + s->size), 0);
    }
    value[s] = uint64_t(off);
    sec_size[id] = off + s->size;
    in_sec[id].push_back(s);
  }

  // 2. Section headers we will emit: symbol sections with content first.
  std::vector<OutSec> secs(1);  // [0] = SHN_UNDEF
  int sec_index[kNumSec] = {};
  for (int id = 0; id < kNumSec; id++) {
    if (in_sec[id].empty()) continue;
    OutSec o;
    o.name = kSecName[id];
    o.align = uint64_t(sec_align[id]);
    o.flags = SHF_ALLOC;
    if (id == kSecText) o.flags |= SHF_EXECINSTR;
    if (id != kSecText && id != kSecRodata) o.flags |= SHF_WRITE;
    if (id == kSecBss || id == kSecNoptrBss) {
      o.type = SHT_NOBITS;
      o.nobits_size = uint64_t(sec_size[id]);
    } else {
      o.data = std::move(sec_data[id]);
    }
    sec_index[id] = int(secs.size());
    secs.push_back(std::move(o));
  }

  // 3. The symbol table: null, file, locals, then globals and undefined.
  StrTab strtab;
  std::vector<uint8_t> symtab;
  std::map<std::string, uint32_t> sym_index;
  uint32_t nsyms = 0;
  auto add_sym = [&](const std::string& name, uint8_t bind, uint8_t type,
                     uint16_t shndx, uint64_t val, uint64_t size) {
    Elf64_Sym e{};
    e.st_name = name.empty() ? 0 : strtab.Add(name);
    e.st_info = uint8_t((bind << 4) | type);
    e.st_shndx = shndx;
    e.st_value = val;
    e.st_size = size;
    Put(&symtab, e);
    return nsyms++;
  };
  add_sym("", STB_LOCAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  // The base name only: the same source assembled in another directory
  // (gobuild's temporary $WORK) must give the same object.
  add_sym(file_name.substr(file_name.rfind('/') + 1), STB_LOCAL, STT_FILE,
          SHN_ABS, 0, 0);
  auto def_sym = [&](LSym* s, uint8_t bind) {
    SecId id = SectionOf(*s);
    sym_index[s->name] = add_sym(s->name, bind,
                                 s->kind == LSym::kText ? STT_FUNC : STT_OBJECT,
                                 uint16_t(sec_index[id]), value[s], uint64_t(s->size));
  };
  for (auto& up : obj->syms)
    if (up->local) def_sym(up.get(), STB_LOCAL);
  uint32_t first_global = nsyms;
  for (auto& up : obj->syms)
    if (!up->local) def_sym(up.get(), (up->flags & kDupOK) ? STB_WEAK : STB_GLOBAL);
  std::set<std::string> undefined;
  bool ok = true;
  auto ref = [&](const std::string& name, Pos pos) {
    if (name.empty() || sym_index.count(name)) return;
    if (name.size() > 2 && name.compare(name.size() - 2, 2, "<>") == 0) {
      diag->Errorf(pos, "undefined file-local symbol %s", name);
      ok = false;
      sym_index[name] = 0;
      return;
    }
    undefined.insert(name);
  };
  for (auto& up : obj->syms) {
    for (const Reloc& r : up->relocs) ref(r.sym, up->pos);
    for (const std::string& f : up->funcdata) ref(f, up->pos);
  }
  for (const std::string& name : undefined)
    sym_index[name] = add_sym(name, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  if (!ok) return false;

  // 4. .go.funcinfo.
  objfile::FuncInfoSection fis;
  fis.files = files;
  for (LSym* s : in_sec[kSecText]) {
    objfile::FuncInfo fi = s->info;
    fi.sym = sym_index[s->name];
    fi.funcdata.clear();
    for (size_t k = 0; k < s->funcdata.size(); k++) {
      objfile::FuncDataRef r;
      if (!s->funcdata[k].empty()) {
        r.sym = sym_index[s->funcdata[k]];
        r.offset = s->funcdata_off[k];
      }
      fi.funcdata.push_back(r);
    }
    fis.funcs.push_back(std::move(fi));
  }
  if (!fis.funcs.empty()) {
    OutSec o;
    o.name = objfile::kFuncInfoSection;
    o.data = objfile::EncodeFuncInfo(fis);
    secs.push_back(std::move(o));
  }

  // 5. Relocation sections, symtab index filled in below.
  std::vector<size_t> rela_secs;
  for (int id = 0; id < kNumSec; id++) {
    std::vector<Elf64_Rela> relas;
    for (LSym* s : in_sec[id]) {
      for (const Reloc& r : s->relocs) {
        Elf64_Rela e{};
        e.r_offset = value[s] + r.off;
        e.r_info = ELF64_R_INFO(uint64_t(sym_index[r.sym]), RelType(r));
        e.r_addend = r.addend;
        relas.push_back(e);
      }
    }
    if (relas.empty()) continue;
    std::stable_sort(relas.begin(), relas.end(),
                     [](const Elf64_Rela& a, const Elf64_Rela& b) {
                       return a.r_offset < b.r_offset;
                     });
    OutSec o;
    o.name = std::string(".rela") + kSecName[id];
    o.type = SHT_RELA;
    o.flags = SHF_INFO_LINK;
    o.align = 8;
    o.entsize = sizeof(Elf64_Rela);
    o.info = uint32_t(sec_index[id]);
    for (const Elf64_Rela& e : relas) Put(&o.data, e);
    rela_secs.push_back(secs.size());
    secs.push_back(std::move(o));
  }
  {
    OutSec o;  // no executable stack
    o.name = ".note.GNU-stack";
    secs.push_back(std::move(o));
  }
  size_t symtab_idx = secs.size();
  {
    OutSec o;
    o.name = ".symtab";
    o.type = SHT_SYMTAB;
    o.align = 8;
    o.entsize = sizeof(Elf64_Sym);
    o.info = first_global;
    o.link = uint32_t(symtab_idx + 1);
    o.data = std::move(symtab);
    secs.push_back(std::move(o));
  }
  {
    OutSec o;
    o.name = ".strtab";
    o.type = SHT_STRTAB;
    o.data = strtab.data();
    secs.push_back(std::move(o));
  }
  for (size_t i : rela_secs) secs[i].link = uint32_t(symtab_idx);
  StrTab shstr;
  std::vector<uint32_t> name_off;
  size_t shstr_idx = secs.size();
  secs.push_back(OutSec{});
  secs.back().name = ".shstrtab";
  secs.back().type = SHT_STRTAB;
  for (auto& s : secs) name_off.push_back(s.name.empty() ? 0 : shstr.Add(s.name));
  secs[shstr_idx].data = shstr.data();

  // 6. File image: header, section contents, section header table.
  out->clear();
  out->resize(sizeof(Elf64_Ehdr));
  std::vector<uint64_t> offsets(secs.size(), 0);
  for (size_t i = 1; i < secs.size(); i++) {
    uint64_t a = std::max<uint64_t>(secs[i].align, 1);
    uint64_t off = RoundUp(int64_t(out->size()), int64_t(a));
    out->resize(off);
    offsets[i] = off;
    out->insert(out->end(), secs[i].data.begin(), secs[i].data.end());
  }
  uint64_t shoff = RoundUp(int64_t(out->size()), 8);
  out->resize(shoff);
  for (size_t i = 0; i < secs.size(); i++) {
    Elf64_Shdr sh{};
    if (i > 0) {
      const OutSec& s = secs[i];
      sh.sh_name = name_off[i];
      sh.sh_type = s.type;
      sh.sh_flags = s.flags;
      sh.sh_offset = offsets[i];
      sh.sh_size = s.type == SHT_NOBITS ? s.nobits_size : s.data.size();
      sh.sh_link = s.link;
      sh.sh_info = s.info;
      sh.sh_addralign = s.align;
      sh.sh_entsize = s.entsize;
    }
    Put(out, sh);
  }
  Elf64_Ehdr eh{};
  std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_ident[EI_OSABI] = ELFOSABI_SYSV;
  eh.e_type = ET_REL;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_shoff = shoff;
  eh.e_ehsize = sizeof(Elf64_Ehdr);
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = uint16_t(secs.size());
  eh.e_shstrndx = uint16_t(shstr_idx);
  std::memcpy(out->data(), &eh, sizeof eh);
  return true;
}

std::string WriteFileAtomic(const std::string& path,
                            const std::vector<uint8_t>& data) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or pipe (-o /dev/null): write in place, never replace it.
    FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f && std::fwrite(data.data(), 1, data.size(), f) == data.size();
    if (f) ok = std::fclose(f) == 0 && ok;
    return ok ? "" : "write " + path + ": " + std::strerror(errno);
  }
  std::string tmp = path + ".tmpXXXXXX";
  std::vector<char> buf(tmp.begin(), tmp.end());
  buf.push_back(0);
  int fd = mkstemp(buf.data());
  if (fd < 0) return "create " + path + ": " + std::strerror(errno);
  std::string tmpname = buf.data();
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string err = "write " + path + ": " + std::strerror(errno);
      close(fd);
      unlink(tmpname.c_str());
      return err;
    }
    done += size_t(n);
  }
  fchmod(fd, 0644);
  if (close(fd) != 0 || rename(tmpname.c_str(), path.c_str()) != 0) {
    std::string err = "write " + path + ": " + std::strerror(errno);
    unlink(tmpname.c_str());
    return err;
  }
  return "";
}

}  // namespace gocc::assembler
