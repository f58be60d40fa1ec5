// pc-value tables and per-function metadata (asm/pcln.h).
#include "asm/pcln.h"

#include <unistd.h>

#include <climits>

namespace gocc::assembler {
namespace {

constexpr uint8_t kFuncIDWrapper = 21;

}  // namespace

std::string AbsPath(const std::string& path) {
  std::string p = path;
  if (p.empty() || p[0] != '/') {
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) != nullptr) p = std::string(buf) + "/" + p;
  }
  // Clean: drop "." and empty elements, resolve "..".
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    std::string e = p.substr(i, j - i);
    if (e == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!e.empty() && e != ".") {
      parts.push_back(e);
    }
    i = j + 1;
  }
  std::string out;
  for (const auto& e : parts) out += "/" + e;
  return out.empty() ? "/" : out;
}

int FileTable::Index(int diag_file) {
  auto it = index_.find(diag_file);
  if (it != index_.end()) return it->second;
  std::string name = diag_file >= 0 && diag_file < diag_->NumFiles()
                         ? diag_->FileName(diag_file)
                         : "<unknown>";
  if (name.empty() || name[0] != '<') name = AbsPath(name);
  int idx = -1;
  for (size_t k = 0; k < files_.size(); k++)
    if (files_[k] == name) idx = int(k);
  if (idx < 0) {
    idx = int(files_.size());
    files_.push_back(name);
  }
  index_[diag_file] = idx;
  return idx;
}

uint8_t FuncIDOf(const std::string& name, uint32_t flags) {
  if (flags & (kWrapper | kABIWrapper)) return kFuncIDWrapper;
  static const std::string kPrefix = "runtime.";
  if (name.compare(0, kPrefix.size(), kPrefix) != 0) return 0;
  std::string base = name.substr(kPrefix.size());
  struct Entry {
    const char* name;
    uint8_t id;
  };
  static const Entry kIDs[] = {
#define FUNCID(n, v) {n, v},
#include "asm/funcid.def"
#undef FUNCID
  };
  for (const Entry& e : kIDs)
    if (base == e.name) return e.id;
  return 0;
}

bool BuildPcln(LSym* s, FileTable* files, const std::string& pkg, Diag* diag) {
  objfile::FuncInfo& fi = s->info;
  const std::vector<Prog>& progs = s->progs;
  uint32_t size = uint32_t(s->size);
  fi.args = s->args == kArgsUnknown ? objfile::kArgsSizeUnknown : int32_t(s->args);
  fi.frame = int32_t(s->frame);
  fi.textflag = s->flags;
  fi.funcid = FuncIDOf(s->name, s->flags);
  s->funcflag |= objfile::kFuncFlagAsm;
  if (s->flags & kTopFrame) s->funcflag |= objfile::kFuncFlagTopFrame;
  fi.funcflag = s->funcflag;
  fi.deferreturn = 0;

  objfile::PCValueEncoder sp, file, line;
  int64_t spval = 0;
  int npcdata = 0;
  int nfuncdata = 0;
  for (const Prog& p : progs) {
    if (p.as == "PCDATA") npcdata = std::max(npcdata, int(p.from.offset) + 1);
    if (p.as == "FUNCDATA") nfuncdata = std::max(nfuncdata, int(p.from.offset) + 1);
  }
  std::vector<objfile::PCValueEncoder> pcdata(npcdata);
  std::vector<bool> have(npcdata);
  std::vector<int32_t> pcval(npcdata, -1);
  s->funcdata.assign(nfuncdata, "");
  s->funcdata_off.assign(nfuncdata, 0);
  bool ok = true;
  for (const Prog& p : progs) {
    uint32_t pc = uint32_t(p.pc);
    sp.Set(pc, int32_t(spval));
    file.Set(pc, files->Index(p.pos.file));
    line.Set(pc, p.pos.line);
    for (int k = 0; k < npcdata; k++)
      if (have[k]) pcdata[k].Set(pc, pcval[k]);
    spval += p.spadj;
    if (spval < -10000 || spval > 1100000000) {
      diag->Errorf(p.pos, "overflow in spadj: %d", spval);
      return false;
    }
    if (p.as == "PCDATA") {
      int k = int(p.from.offset);
      if (!have[k]) {
        have[k] = true;
        pcdata[k].Set(0, -1);
      }
      pcval[k] = int32_t(p.to.offset);
      // Takes effect after this (zero-size) Prog, i.e. at the same pc.
      pcdata[k].Set(pc, pcval[k]);
    }
    if (p.as == "FUNCDATA") {
      int k = int(p.from.offset);
      if (!s->funcdata[k].empty() && (s->funcdata[k] != p.to.sym ||
                                      s->funcdata_off[k] != p.to.offset)) {
        diag->Errorf(p.pos, "multiple definitions for FUNCDATA $%d", k);
        ok = false;
      }
      s->funcdata[k] = p.to.sym;
      s->funcdata_off[k] = p.to.offset;
    }
    if (p.as == "CALL" && p.to.sym == "runtime.deferreturn" && fi.deferreturn == 0)
      fi.deferreturn = pc;
  }
  if (!pkg.empty() && s->name.compare(0, pkg.size() + 1, pkg + ".") == 0) {
    if (s->funcdata.size() < 6) {
      s->funcdata.resize(6);
      s->funcdata_off.resize(6);
    }
    if (s->funcdata[0].empty()) s->funcdata[0] = s->name + ".args_stackmap";
    if (s->funcdata[5].empty()) s->funcdata[5] = s->name + ".arginfo0";
  }
  fi.pcsp = sp.Finish(size);
  fi.pcfile = file.Finish(size);
  fi.pcln = line.Finish(size);
  fi.pcdata.clear();
  for (int k = 0; k < npcdata; k++)
    fi.pcdata.push_back(have[k] ? pcdata[k].Finish(size) : std::vector<uint8_t>{});
  return ok;
}

}  // namespace gocc::assembler
