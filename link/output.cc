// Pass 8, write the output: places the non-loaded sections (DWARF from the
// page after .data's file image, then .symtab 8-aligned and .strtab), then
// builds the whole file in memory, gc's way (go-binary-format.md §1):
// ELF header, the program headers (PHDR, NOTE, LOAD r-x, LOAD r--,
// LOAD rw-, GNU_STACK, PAX_FLAGS), the section headers right after them,
// the build-id note ending at 0x1000, then the loaded bytes at
// offset = address - 0x400000 (INT3 between functions). The file is
// written to a temporary next to the output, made 0755 and renamed.
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "absl/strings/str_format.h"
#include "link/bytes.h"
#include "link/context.h"

namespace gocc::link {
namespace {

constexpr uint64_t kBase = 0x400000;
constexpr int kPhnum = 7;
constexpr uint32_t kPtPaxFlags = 0x65041580;

void Put(Bytes* b, uint64_t off, const void* p, size_t n) {
  std::memcpy(b->data() + off, p, n);
}

uint64_t SectEnd(const Context& ctx, SectKind k) {
  return ctx.sect_addr[int(k)] + ctx.sect_size[int(k)];
}

}  // namespace

bool WriteOutput(Context& ctx) {
  // Non-loaded sections.
  uint64_t off = SectEnd(ctx, SectKind::kData) - kBase;
  bool first_debug = true;
  for (OutSection& o : ctx.shdrs) {
    if (o.name.rfind(".debug_", 0) == 0) {
      if (first_debug) off = AlignTo(off, 0x1000);
      first_debug = false;
      o.offset = off;
      o.size = o.data.size();
      off += o.size;
    } else if (o.name == ".symtab" || o.name == ".strtab") {
      off = AlignTo(off, o.align);
      o.offset = off;
      o.size = o.data.size();
      off += o.size;
    }
  }
  uint64_t note_off = 0x1000 - ctx.buildid_note.size();
  uint64_t shoff = 64 + kPhnum * sizeof(Elf64_Phdr);
  if (shoff + ctx.shdrs.size() * sizeof(Elf64_Shdr) > note_off) {
    Error(ctx, "build id too long to fit in the header page");
    return false;
  }
  int shstrndx = 0;
  for (OutSection& o : ctx.shdrs) {
    if (o.name == ".note.go.buildid") {
      o.offset = note_off;
      o.addr = kBase + note_off;
      o.size = ctx.buildid_note.size();
    }
    if (o.name == ".shstrtab") shstrndx = o.shndx;
  }
  uint64_t file_size = SectEnd(ctx, SectKind::kData) - kBase;
  for (const OutSection& o : ctx.shdrs)
    if (o.type != SHT_NOBITS && o.offset + o.size > file_size)
      file_size = o.offset + o.size;
  Bytes file(file_size, 0);

  // ELF header.
  Elf64_Ehdr eh{};
  std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_type = ET_EXEC;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_entry = ctx.Find(ctx.opts.entry)->value;
  eh.e_phoff = 64;
  eh.e_shoff = shoff;
  eh.e_ehsize = sizeof(Elf64_Ehdr);
  eh.e_phentsize = sizeof(Elf64_Phdr);
  eh.e_phnum = kPhnum;
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = uint16_t(ctx.shdrs.size());
  eh.e_shstrndx = uint16_t(shstrndx);
  Put(&file, 0, &eh, sizeof eh);

  // Program headers.
  uint64_t etext = SectEnd(ctx, SectKind::kText);
  uint64_t rodata = ctx.sect_addr[int(SectKind::kRodata)];
  uint64_t epclntab = SectEnd(ctx, SectKind::kPclntab);
  uint64_t data = ctx.sect_addr[int(SectKind::kBuildinfo)];
  uint64_t edata = SectEnd(ctx, SectKind::kData);
  uint64_t end = SectEnd(ctx, SectKind::kNoptrbss);
  Elf64_Phdr ph[kPhnum] = {};
  ph[0] = {PT_PHDR, PF_R, 64, kBase + 64, kBase + 64,
           kPhnum * sizeof(Elf64_Phdr), kPhnum * sizeof(Elf64_Phdr), 0x1000};
  ph[1] = {PT_NOTE, PF_R, note_off, kBase + note_off, kBase + note_off,
           ctx.buildid_note.size(), ctx.buildid_note.size(), 4};
  ph[2] = {PT_LOAD, PF_R | PF_X, 0, kBase, kBase, etext - kBase,
           etext - kBase, 0x1000};
  ph[3] = {PT_LOAD, PF_R, rodata - kBase, rodata, rodata, epclntab - rodata,
           epclntab - rodata, 0x1000};
  ph[4] = {PT_LOAD, PF_R | PF_W, data - kBase, data, data, edata - data,
           end - data, 0x1000};
  ph[5] = {PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 0, 8};
  ph[6] = {kPtPaxFlags, 0x2a00, 0, 0, 0, 0, 0, 8};
  Put(&file, 64, ph, sizeof ph);

  // Section headers.
  for (size_t i = 0; i < ctx.shdrs.size(); i++) {
    const OutSection& o = ctx.shdrs[i];
    Elf64_Shdr sh{};
    if (i > 0) {
      sh.sh_name = o.name_off;
      sh.sh_type = o.type;
      sh.sh_flags = o.flags;
      sh.sh_addr = o.addr;
      sh.sh_offset = o.offset;
      sh.sh_size = o.size;
      sh.sh_link = o.link;
      sh.sh_info = o.info;
      sh.sh_addralign = o.align;
      sh.sh_entsize = o.entsize;
    }
    Put(&file, shoff + i * sizeof sh, &sh, sizeof sh);
  }

  // Contents.
  Put(&file, note_off, ctx.buildid_note.data(), ctx.buildid_note.size());
  std::memset(file.data() + (ctx.sect_addr[0] - kBase), 0xcc,
              etext - ctx.sect_addr[0]);
  for (int k = 0; k < kNumSects; k++)
    for (const Symbol* s : ctx.sect_syms[k])
      if (!s->data.empty())
        Put(&file, s->value - kBase, s->data.data(), s->data.size());
  Put(&file, ctx.shstrtab_off, ctx.shstrtab.data(), ctx.shstrtab.size());
  for (const OutSection& o : ctx.shdrs)
    if (!o.data.empty()) Put(&file, o.offset, o.data.data(), o.data.size());

  const std::string& out = ctx.opts.output;
  struct stat st;
  if (stat(out.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    // A device or pipe (-o /dev/null): write in place, never replace it.
    FILE* f = std::fopen(out.c_str(), "wb");
    bool ok = f && std::fwrite(file.data(), 1, file.size(), f) == file.size();
    if (f) ok = std::fclose(f) == 0 && ok;
    if (!ok) Error(ctx, absl::StrFormat("cannot write %s: %s", out, strerror(errno)));
    return ok;
  }
  // Temporary file in the output's directory, then rename.
  size_t slash = out.rfind('/');
  std::string dir = slash == std::string::npos ? "" : out.substr(0, slash + 1);
  std::string base = slash == std::string::npos ? out : out.substr(slash + 1);
  std::string tmp = dir + "." + base + ".tmpXXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) {
    Error(ctx, absl::StrFormat("cannot create %s: %s", tmp, strerror(errno)));
    return false;
  }
  size_t done = 0;
  while (done < file.size()) {
    ssize_t n = write(fd, file.data() + done, file.size() - done);
    if (n <= 0) break;
    done += size_t(n);
  }
  bool ok = done == file.size() && fchmod(fd, 0755) == 0;
  ok = close(fd) == 0 && ok;
  if (ok && rename(tmp.c_str(), out.c_str()) != 0) ok = false;
  if (!ok) {
    Error(ctx, absl::StrFormat("cannot write %s: %s", out, strerror(errno)));
    unlink(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace gocc::link
