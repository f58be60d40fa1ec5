// Test helper: builds the .go.funcinfo section (objfile/README.md) for an
// object assembled by GNU as from AT&T source, so the linker's end-to-end
// tests can run before our asm exists. Line numbers come from the
// assembler listing (`as -al=LISTING`): each listed instruction gives
// (section, offset, line). A `# sp=N` comment on an instruction sets the
// SP offset (pcsp) from the next instruction on.
//
//   gas_funcinfo OBJ LISTING SOURCE_PATH OUT   (then objcopy --add-section)
#include <elf.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "objfile/funcinfo.h"

namespace {

struct Insn {
  std::string section;
  uint32_t off;
  int line;
  int sp;  // -1: unchanged
};

int Fail(const std::string& msg) {
  std::fprintf(stderr, "gas_funcinfo: %s\n", msg.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gocc::objfile;
  if (argc != 5) return Fail("usage: gas_funcinfo OBJ LISTING SOURCE OUT");
  std::ifstream oin(argv[1], std::ios::binary);
  std::vector<uint8_t> obj((std::istreambuf_iterator<char>(oin)),
                           std::istreambuf_iterator<char>());
  if (obj.size() < sizeof(Elf64_Ehdr)) return Fail("bad object");
  Elf64_Ehdr eh;
  std::memcpy(&eh, obj.data(), sizeof eh);
  std::vector<Elf64_Shdr> sh(eh.e_shnum);
  std::memcpy(sh.data(), obj.data() + eh.e_shoff, eh.e_shnum * sizeof(Elf64_Shdr));
  auto secname = [&](int i) {
    return std::string(reinterpret_cast<const char*>(
        obj.data() + sh[eh.e_shstrndx].sh_offset + sh[i].sh_name));
  };

  // Listing: "  LINE OFFS HEXBYTES\tsource" or "  LINE      \tsource".
  std::ifstream lin(argv[2]);
  std::string l, section = ".text";
  std::vector<Insn> insns;
  int pending_sp = -1;
  while (std::getline(lin, l)) {
    size_t tab = l.find('\t');
    if (tab == std::string::npos || l.size() < 10) continue;
    std::istringstream head(l.substr(0, tab));
    int line;
    if (!(head >> line)) continue;
    std::string src = l.substr(tab + 1), offs;
    std::istringstream ss(src);
    std::string dir;
    ss >> dir;
    if (dir == ".section") {
      ss >> section;
      if (!section.empty() && section.back() == ',') section.pop_back();
      size_t c = section.find(',');
      if (c != std::string::npos) section.resize(c);
    } else if (dir == ".text" || dir == ".data" || dir == ".bss") {
      section = dir;
    }
    head >> offs;
    if (offs.size() != 4) continue;
    Insn in{section, uint32_t(std::stoul(offs, nullptr, 16)), line, pending_sp};
    pending_sp = -1;
    size_t sp = src.find("# sp=");
    if (sp != std::string::npos) pending_sp = std::stoi(src.substr(sp + 5));
    insns.push_back(in);
  }

  FuncInfoSection fs;
  fs.files.push_back(argv[3]);
  for (size_t i = 0; i < sh.size(); i++) {
    if (sh[i].sh_type != SHT_SYMTAB) continue;
    const Elf64_Shdr& strtab = sh[sh[i].sh_link];
    size_t n = sh[i].sh_size / sizeof(Elf64_Sym);
    for (size_t k = 1; k < n; k++) {
      Elf64_Sym s;
      std::memcpy(&s, obj.data() + sh[i].sh_offset + k * sizeof s, sizeof s);
      if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_size == 0) continue;
      std::string name(reinterpret_cast<const char*>(obj.data() + strtab.sh_offset + s.st_name));
      std::string sec = secname(s.st_shndx);
      FuncInfo f;
      f.sym = uint32_t(k);
      f.textflag = 4;  // NOSPLIT
      f.funcflag = kFuncFlagAsm;
      if (name == "runtime.rt0_go") {
        f.funcid = 15;
        f.funcflag |= kFuncFlagTopFrame;
      }
      PCValueEncoder ln, sp, file;
      file.Set(0, 0);
      sp.Set(0, 0);
      bool any = false;
      for (const Insn& in : insns) {
        if (in.section != sec || in.off < s.st_value ||
            in.off >= s.st_value + s.st_size)
          continue;
        uint32_t pc = uint32_t(in.off - s.st_value);
        ln.Set(pc, in.line);
        if (in.sp >= 0) sp.Set(pc, in.sp);
        any = true;
      }
      if (!any) return Fail("no listing lines for " + name);
      f.pcln = ln.Finish(uint32_t(s.st_size));
      f.pcsp = sp.Finish(uint32_t(s.st_size));
      f.pcfile = file.Finish(uint32_t(s.st_size));
      fs.funcs.push_back(f);
    }
  }
  std::vector<uint8_t> out = EncodeFuncInfo(fs);
  std::ofstream o(argv[4], std::ios::binary);
  o.write(reinterpret_cast<const char*>(out.data()), std::streamsize(out.size()));
  return o ? 0 : Fail("cannot write output");
}
