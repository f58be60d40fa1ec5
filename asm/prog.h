// Prog and Addr: one parsed assembly instruction and its operands, in the
// vocabulary of Go's cmd/internal/obj. The parser produces them, the frame
// pass (prologue.cc) rewrites pseudo-registers and adds the prologue, the
// layout pass assigns pcs, and the encoder (amd64/encode.h) turns each one
// into bytes and fixups.
#ifndef GOCC_ASM_PROG_H_
#define GOCC_ASM_PROG_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gocc::assembler {

enum class Reg : uint8_t {
  kNone = 0,
#define REG(e, s, cls, num, llvm) e,
#include "asm/amd64/regs.def"
#undef REG
  kCount
};

enum class RegClass : uint8_t { kNone, GPR, GPR8, GPR8H, XMM, SEG, CR, DR, PSEUDO };

RegClass ClassOf(Reg r);
int HwNum(Reg r);              // 0..15
const char* RegName(Reg r);    // plan9 spelling, "" for kNone
Reg LookupReg(const std::string& name);  // kNone if not a register

// Source position: file is an index into the assembler's file table.
struct Pos {
  int file = 0;
  int line = 0;
  int col = 0;
};

// Where a memory or address operand's symbol lives (obj.Addr.Name).
enum class AddrName : uint8_t {
  kNone,    // plain register-based operand: 8(AX), (SP)
  kExtern,  // sym(SB)
  kStatic,  // sym<>(SB)
  kAuto,    // x-8(SP): pseudo-SP, locals (rewritten to hardware SP)
  kParam,   // x+0(FP): arguments (rewritten to hardware SP)
};

struct Addr {
  enum Type : uint8_t {
    kNone,
    kReg,       // AX; reg
    kMem,       // offset(reg)(index*scale), sym+offset(SB), FS:off / off(TLS)
    kConst,     // $123; offset
    kFConst,    // $1.5; fval
    kSConst,    // $"abc" (DATA only); sval
    kAddr,      // $sym+off(SB) or $off(reg): the address, not the contents
    kBranch,    // branch target: a label (target), n(PC), or sym(SB) (sym set)
    kTextSize,  // $frame-args in TEXT: offset = frame, val2 = args
    kRegPair,   // DX:AX style pair (reg, reg2), used by a few forms
  };
  Type type = kNone;
  Reg reg = Reg::kNone;    // kReg: the register; kMem/kAddr: base (may be SB/FP/SP)
  Reg reg2 = Reg::kNone;   // kRegPair: second register
  Reg index = Reg::kNone;  // kMem/kAddr index register
  uint8_t scale = 0;       // 1, 2, 4, 8 when index is set
  Reg segment = Reg::kNone;  // FS or GS override (FS:-8 form; also set for TLS)
  AddrName name = AddrName::kNone;
  std::string sym;         // symbol, already in linker spelling (runtime.rt0_go)
  int64_t offset = 0;
  int64_t val2 = 0;        // kTextSize: args size (kArgsUnknown if absent)
  double fval = 0;
  std::string sval;
  int target = -1;         // kBranch to a label: index of the target Prog
};

inline constexpr int64_t kArgsUnknown = INT64_MIN;

struct Prog {
  std::string as;      // mnemonic as written, upper case: "MOVQ", "JEQ", "TEXT"
  Addr from;           // first operand
  std::vector<Addr> rest;  // middle operands of 3+ operand forms (IMUL3Q $7, DX, R11:
                           // from=$7, rest={DX}, to=R11)
  Addr to;             // last operand
  Pos pos;
  bool lock = false;   // LOCK prefix on this instruction
  bool rep = false;    // REP prefix
  // Set by layout:
  int64_t pc = 0;
  int size = 0;
  bool long_branch = false;  // kBranch to a label: use the rel32 form
  // Set by the frame pass: how this instruction moves SP (PUSHQ +8, POPQ -8,
  // ADJSP $n +n, prologue SUBQ +frame); drives pcsp and pseudo-register offsets.
  int32_t spadj = 0;
};

}  // namespace gocc::assembler

#endif  // GOCC_ASM_PROG_H_
