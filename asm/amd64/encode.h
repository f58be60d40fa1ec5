// The amd64 encoder: turns one Prog with final operands (no pseudo-registers
// left except SB for symbols) into machine bytes and fixups, through LLVM MC
// (an MCInst fed to the X86 MCCodeEmitter). It chooses the same instruction
// forms as Go's assembler (cmd/internal/obj/x86/asm6.go), so the bytes equal
// `go tool asm`'s.
#ifndef GOCC_ASM_AMD64_ENCODE_H_
#define GOCC_ASM_AMD64_ENCODE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "asm/prog.h"

namespace gocc::assembler::amd64 {

// A place in the encoded bytes that needs a symbol's address.
struct Fixup {
  enum Kind : uint8_t {
    kPCRel32,  // RIP-relative data or CALL/JMP target: S + A - P (R_X86_64_PC32/PLT32)
    kAbs64,    // S + A (R_X86_64_64)
    kAbs32,    // S + A, zero-extended (R_X86_64_32)
    kAbs32S,   // S + A, sign-extended (R_X86_64_32S)
    kAddrOff,  // DATA x/4, $sym(SB): u32 offset of S + A from the start of
               // its output section (objfile::kRelocAddrOff, gc's R_ADDROFF)
  };
  uint32_t offset = 0;  // of the field, from the start of the instruction
  Kind kind = kPCRel32;
  bool call = false;    // CALL/JMP to a symbol (R_X86_64_PLT32 rather than PC32)
  std::string sym;
  int64_t addend = 0;   // ELF addend; for kPCRel32 already includes -4 (or
                        // -(4+imm bytes) when an immediate follows the field)
};

struct Encoding {
  std::vector<uint8_t> bytes;
  std::vector<Fixup> fixups;
};

// Encodes p. For a kBranch to a label, p.to.offset holds the displacement
// from the start of p to the target's start, and p.long_branch selects rel32
// over rel8 (the encoder reports an error if rel8 cannot reach). Returns ""
// on success or a message in gc's words ("invalid instruction", ...).
std::string Encode(const Prog& p, Encoding* out);

// Size in bytes of the rel8 and rel32 forms of a branch mnemonic (JMP, JEQ,
// ...); 0 if as is not a branch with a rel8 form.
int ShortBranchSize(const std::string& as);
int LongBranchSize(const std::string& as);

// True if as is a mnemonic the encoder knows (for "unrecognized instruction").
bool IsKnownMnemonic(const std::string& as);

// Consistency check of insts.def against LLVM (opcode names exist, layouts
// use every explicit operand): one message per bad row. For tests.
std::vector<std::string> CheckTable();

}  // namespace gocc::assembler::amd64

#endif  // GOCC_ASM_AMD64_ENCODE_H_
