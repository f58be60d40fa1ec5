// A tiny writer of ELF64 relocatable objects in our object format
// (objfile/README.md), for the linker's unit tests and fuzz seeds: sections,
// symbols (locals first), RELA relocations and an optional .go.funcinfo.
#ifndef GOCC_LINK_TESTING_ELF_BUILDER_H_
#define GOCC_LINK_TESTING_ELF_BUILDER_H_

#include <elf.h>

#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "objfile/funcinfo.h"

namespace gocc::link::testing {

class ObjBuilder {
 public:
  ObjBuilder() { syms_.push_back({}); }
  // Returns the section index (1-based; 0 is the null section).
  int Section(const std::string& name, uint64_t flags,
              std::vector<uint8_t> bytes, uint32_t type = SHT_PROGBITS) {
    sects_.push_back({name, type, flags, std::move(bytes), {}});
    return int(sects_.size());
  }
  // Returns the symbol index. Add STB_LOCAL symbols before global ones.
  uint32_t Symbol(const std::string& name, int bind, int type, int shndx,
                  uint64_t value, uint64_t size) {
    syms_.push_back({name, bind, type, shndx, value, size});
    return uint32_t(syms_.size() - 1);
  }
  void Reloc(int sect, uint64_t off, uint32_t type, uint32_t sym,
             int64_t addend) {
    sects_[sect - 1].relocs.push_back({off, ELF64_R_INFO(sym, type), addend});
  }
  void FuncInfo(const objfile::FuncInfoSection& fi) {
    funcinfo_ = objfile::EncodeFuncInfo(fi);
    has_funcinfo_ = true;
  }

  std::vector<uint8_t> Build() const {
    // Section list: null, user sections, .rela.*, [.go.funcinfo], .symtab,
    // .strtab, .shstrtab.
    struct Out {
      std::string name;
      Elf64_Shdr sh;
      std::vector<uint8_t> data;
    };
    std::vector<Out> out(1);
    for (const Sect& s : sects_) {
      Out o{s.name, {}, s.bytes};
      o.sh.sh_type = s.type;
      o.sh.sh_flags = s.flags;
      o.sh.sh_addralign = 1;
      o.sh.sh_size = s.bytes.size();
      out.push_back(o);
    }
    int nuser = int(out.size());
    size_t symtab_idx = nuser + RelaCount() + (has_funcinfo_ ? 1 : 0);
    for (size_t i = 0; i < sects_.size(); i++) {
      if (sects_[i].relocs.empty()) continue;
      Out o{".rela" + sects_[i].name, {}, {}};
      o.sh.sh_type = SHT_RELA;
      o.sh.sh_info = uint32_t(i + 1);
      o.sh.sh_link = uint32_t(symtab_idx);
      o.sh.sh_entsize = sizeof(Elf64_Rela);
      o.sh.sh_addralign = 8;
      for (const Rela& r : sects_[i].relocs) {
        Elf64_Rela er{r.off, r.info, r.addend};
        Append(&o.data, &er, sizeof er);
      }
      o.sh.sh_size = o.data.size();
      out.push_back(o);
    }
    if (has_funcinfo_) {
      Out o{objfile::kFuncInfoSection, {}, funcinfo_};
      o.sh.sh_type = SHT_PROGBITS;
      o.sh.sh_size = funcinfo_.size();
      out.push_back(o);
    }
    std::vector<uint8_t> strtab(1, 0), symtab;
    uint32_t first_global = 0;
    for (size_t i = 0; i < syms_.size(); i++) {
      const Sym& s = syms_[i];
      Elf64_Sym es{};
      if (i > 0) {
        es.st_name = uint32_t(strtab.size());
        strtab.insert(strtab.end(), s.name.begin(), s.name.end());
        strtab.push_back(0);
        es.st_info = ELF64_ST_INFO(s.bind, s.type);
        es.st_shndx = uint16_t(s.shndx);
        es.st_value = s.value;
        es.st_size = s.size;
        if (s.bind != STB_LOCAL && !first_global) first_global = uint32_t(i);
      }
      Append(&symtab, &es, sizeof es);
    }
    Out st{".symtab", {}, symtab};
    st.sh.sh_type = SHT_SYMTAB;
    st.sh.sh_link = uint32_t(symtab_idx + 1);
    st.sh.sh_info = first_global ? first_global : uint32_t(syms_.size());
    st.sh.sh_entsize = sizeof(Elf64_Sym);
    st.sh.sh_size = symtab.size();
    out.push_back(st);
    Out str{".strtab", {}, strtab};
    str.sh.sh_type = SHT_STRTAB;
    str.sh.sh_size = strtab.size();
    out.push_back(str);
    Out shs{".shstrtab", {}, {}};
    shs.sh.sh_type = SHT_STRTAB;
    out.push_back(shs);
    std::vector<uint8_t> names(1, 0);
    for (Out& o : out) {
      if (o.name.empty()) continue;
      o.sh.sh_name = uint32_t(names.size());
      names.insert(names.end(), o.name.begin(), o.name.end());
      names.push_back(0);
    }
    out.back().data = names;
    out.back().sh.sh_size = names.size();

    std::vector<uint8_t> file(sizeof(Elf64_Ehdr), 0);
    for (Out& o : out) {
      if (o.data.empty()) continue;
      while (file.size() % 8) file.push_back(0);
      o.sh.sh_offset = file.size();
      if (o.sh.sh_type != SHT_NOBITS) Append(&file, o.data.data(), o.data.size());
    }
    while (file.size() % 8) file.push_back(0);
    Elf64_Ehdr eh{};
    std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = ET_REL;
    eh.e_machine = EM_X86_64;
    eh.e_version = EV_CURRENT;
    eh.e_shoff = file.size();
    eh.e_ehsize = sizeof eh;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = uint16_t(out.size());
    eh.e_shstrndx = uint16_t(out.size() - 1);
    std::memcpy(file.data(), &eh, sizeof eh);
    for (const Out& o : out) Append(&file, &o.sh, sizeof o.sh);
    return file;
  }

 private:
  struct Rela {
    uint64_t off, info;
    int64_t addend;
  };
  struct Sect {
    std::string name;
    uint32_t type;
    uint64_t flags;
    std::vector<uint8_t> bytes;
    std::vector<Rela> relocs;
  };
  struct Sym {
    std::string name;
    int bind = 0, type = 0, shndx = 0;
    uint64_t value = 0, size = 0;
  };
  int RelaCount() const {
    int n = 0;
    for (const Sect& s : sects_) n += !s.relocs.empty();
    return n;
  }
  static void Append(std::vector<uint8_t>* b, const void* p, size_t n) {
    const uint8_t* c = static_cast<const uint8_t*>(p);
    b->insert(b->end(), c, c + n);
  }
  std::vector<Sect> sects_;
  std::vector<Sym> syms_;
  std::vector<uint8_t> funcinfo_;
  bool has_funcinfo_ = false;
};

// An `ar` archive of members (name, bytes), GNU format with a "//" table
// for names longer than 15 characters.
inline std::vector<uint8_t> BuildArchive(
    const std::vector<std::pair<std::string, std::vector<uint8_t>>>& members) {
  std::string longnames;
  std::vector<std::string> names;
  for (const auto& [name, bytes] : members) {
    if (name.size() > 15) {
      names.push_back("/" + std::to_string(longnames.size()));
      longnames += name + "/\n";
    } else {
      names.push_back(name + "/");
    }
  }
  std::vector<uint8_t> out = {'!', '<', 'a', 'r', 'c', 'h', '>', '\n'};
  auto member = [&](const std::string& name, const std::string& body) {
    char h[61];
    std::snprintf(h, sizeof h, "%-16s%-12s%-6s%-6s%-8s%-10zu`\n", name.c_str(),
                  "0", "0", "0", "644", body.size());
    out.insert(out.end(), h, h + 60);
    out.insert(out.end(), body.begin(), body.end());
    if (out.size() % 2) out.push_back('\n');
  };
  if (!longnames.empty()) member("//", longnames);
  for (size_t i = 0; i < members.size(); i++)
    member(names[i], std::string(members[i].second.begin(),
                                 members[i].second.end()));
  return out;
}

}  // namespace gocc::link::testing

#endif  // GOCC_LINK_TESTING_ELF_BUILDER_H_
