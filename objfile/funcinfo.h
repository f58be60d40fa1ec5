// Reader and writer of the .go.funcinfo section (objfile/README.md): the
// per-function metadata that asm records and link turns into .gopclntab and
// DWARF. Both tools use these types, so the format lives in one place.
#ifndef GOCC_OBJFILE_FUNCINFO_H_
#define GOCC_OBJFILE_FUNCINFO_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gocc::objfile {

inline constexpr char kFuncInfoSection[] = ".go.funcinfo";
inline constexpr int32_t kArgsSizeUnknown = INT32_MIN;  // 0x80000000

// Our one relocation type beyond the psABI's (objfile/README.md): a u32
// field holding the offset of S + A from the start of the output section
// that holds S (runtime.text for functions, runtime.types for .rodata),
// gc's R_ADDROFF/R_METHODOFF. The type descriptors' nameOff/typeOff/textOff
// fields use it.
inline constexpr uint32_t kRelocAddrOff = 0x1005;

// _func.flag bits (runtime/symtab.go).
inline constexpr uint8_t kFuncFlagTopFrame = 1;
inline constexpr uint8_t kFuncFlagSPWrite = 2;
inline constexpr uint8_t kFuncFlagAsm = 4;

struct FuncDataRef {
  uint32_t sym = 0;  // ELF symbol index; 0 = absent
  int64_t offset = 0;
};

struct FuncInfo {
  uint32_t sym = 0;  // ELF symbol index of the TEXT symbol
  int32_t args = kArgsSizeUnknown;
  int32_t frame = 0;  // including the saved-BP slot
  uint32_t textflag = 0;
  uint8_t funcid = 0;
  uint8_t funcflag = 0;
  uint32_t deferreturn = 0;
  std::vector<uint8_t> pcsp, pcfile, pcln;  // encoded pc-value tables
  std::vector<std::vector<uint8_t>> pcdata;  // empty table = absent
  std::vector<FuncDataRef> funcdata;
};

struct FuncInfoSection {
  std::vector<std::string> files;  // the CU's file table, in pcfile order
  std::vector<FuncInfo> funcs;
};

// Serializes a section.
std::vector<uint8_t> EncodeFuncInfo(const FuncInfoSection& s);

// Parses a section. On malformed input returns false and sets *error to a
// message such as "truncated .go.funcinfo"; never reads out of bounds.
bool DecodeFuncInfo(const uint8_t* data, size_t size, FuncInfoSection* out,
                    std::string* error);

// pc-value table encoding (Go 1.18 pclntab): a builder that takes
// (pc, value) changes in increasing pc order and produces the bytes.
class PCValueEncoder {
 public:
  // Value v holds from pc onward. Consecutive equal values are merged.
  void Set(uint32_t pc, int32_t value);
  // Ends the table at pc = size (the function's size) and returns the bytes.
  // A function whose table never got a value encodes as empty.
  std::vector<uint8_t> Finish(uint32_t size);

 private:
  struct Run {
    uint32_t pc;
    int32_t value;
  };
  std::vector<Run> runs_;
};

// Decodes a pc-value table into (start pc, value) runs, for tests and tools.
// Returns false on malformed input.
struct PCValueRun {
  uint32_t pc;
  uint32_t end;
  int32_t value;
};
bool DecodePCValue(const std::vector<uint8_t>& table,
                   std::vector<PCValueRun>* out);

void AppendUvarint(std::vector<uint8_t>* out, uint64_t v);

}  // namespace gocc::objfile

#endif  // GOCC_OBJFILE_FUNCINFO_H_
