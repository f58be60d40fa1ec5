// LSym and ObjFile: what the assembler knows about the symbols of one .s
// file, in gc's vocabulary (cmd/internal/obj.LSym). The parser creates them
// (TEXT with its Prog list, GLOBL/DATA with their bytes), the frame and layout
// passes fill in code and relocations, pcln builds the FuncInfo tables, and
// elf_writer.cc writes the whole ObjFile.
#ifndef GOCC_ASM_OBJ_H_
#define GOCC_ASM_OBJ_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "asm/amd64/encode.h"
#include "asm/prog.h"
#include "objfile/funcinfo.h"

namespace gocc::assembler {

// TEXT and GLOBL flags (textflag.h values).
enum TextFlag : uint32_t {
  kNoProf = 1,
  kDupOK = 2,
  kNoSplit = 4,
  kRodata = 8,
  kNoPtr = 16,
  kWrapper = 32,
  kNeedCtxt = 64,
  kTLSBSS = 256,
  kNoFrame = 512,
  kReflectMethod = 1024,
  kTopFrame = 2048,
  kABIWrapper = 4096,
};

inline constexpr int64_t kStackSmall = 128;
inline constexpr int64_t kStackBig = 4096;

// A relocation in a symbol's bytes (offset from the symbol's start).
struct Reloc {
  uint64_t off = 0;
  amd64::Fixup::Kind kind = amd64::Fixup::kAbs64;
  bool call = false;
  std::string sym;
  int64_t addend = 0;
};

struct LSym {
  enum Kind : uint8_t { kText, kData };
  std::string name;  // linker name: runtime.rt0_go, msg<>
  Kind kind = kData;
  bool local = false;  // x<>(SB): file-local
  Pos pos;             // of the TEXT or GLOBL
  uint32_t flags = 0;  // textflag.h bits as written

  // kText.
  std::vector<Prog> progs;  // progs[0] is the TEXT pseudo-instruction
  int64_t frame = 0;        // declared frame ($frame); after frame.cc: with BP slot
  int64_t args = kArgsUnknown;
  bool nosplit = false;     // NOSPLIT as written or made automatic
  uint8_t funcflag = 0;     // objfile::kFuncFlag* bits
  uint8_t funcid = 0;
  objfile::FuncInfo info;   // pc-value tables etc. (pcln.cc); sym filled by the writer
  std::vector<std::string> funcdata;  // FUNCDATA slot -> symbol ("" = absent)
  std::vector<int64_t> funcdata_off;

  // kData: GLOBL size and DATA contents. kText: code after layout.
  int64_t size = 0;
  bool globl = false;      // a GLOBL was seen
  bool has_data = false;   // any DATA (for the NOPTR -> .noptrdata choice)
  std::vector<uint8_t> bytes;
  std::vector<uint8_t> written;  // per byte: 1 if a DATA wrote it
  std::vector<Reloc> relocs;
};

struct ObjFile {
  std::string pkg;                  // -p import path ("main" by default)
  bool pkg_given = false;           // -p was on the command line
  std::vector<std::unique_ptr<LSym>> syms;  // definition order
  std::map<std::string, LSym*> by_name;

  LSym* Find(const std::string& name) const {
    auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : it->second;
  }
  LSym* Add(const std::string& name) {
    syms.push_back(std::make_unique<LSym>());
    LSym* s = syms.back().get();
    s->name = name;
    by_name[name] = s;
    return s;
  }
};

}  // namespace gocc::assembler

#endif  // GOCC_ASM_OBJ_H_
