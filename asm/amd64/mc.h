// The LLVM MC boundary of the amd64 encoder: opcode and register lookup by
// LLVM name and encoding of one MCInst through the X86 MCCodeEmitter.
// encode.cc picks the LLVM opcode and operands (insts.def); this file is the
// only one that includes LLVM headers (they are slow to compile).
#ifndef GOCC_ASM_AMD64_MC_H_
#define GOCC_ASM_AMD64_MC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gocc::assembler::amd64 {

// One MCInst operand, in LLVM's operand order. A memory reference is five
// operands: base, scale, index, displacement, segment.
struct McOperand {
  enum Kind : uint8_t {
    kReg,   // reg: LLVM register number, 0 for none
    kImm,   // imm
    kExpr,  // a symbol reference whose value is not known yet: the emitter
            // writes zeros and reports the field as an McFixup
  };
  Kind kind = kImm;
  unsigned reg = 0;
  int64_t imm = 0;

  static McOperand Reg(unsigned r) { return {kReg, r, 0}; }
  static McOperand Imm(int64_t v) { return {kImm, 0, v}; }
  static McOperand Expr() { return {kExpr, 0, 0}; }
};

// A field the emitter left for a kExpr operand.
struct McFixup {
  uint32_t offset = 0;  // from the start of the instruction
  int size = 0;         // bytes: 1 or 4
  bool pcrel = false;   // relative to the end of the field's instruction
};

// LLVM opcode number of an X86 instruction name ("ADD64rr"); 0 if unknown.
unsigned McOpcode(std::string_view name);

// LLVM register number of an X86 register name ("RAX", "XMM3"); 0 if unknown.
unsigned McReg(std::string_view name);

// Encodes one instruction. Checks the operands against LLVM's description
// (count, register classes) first, so a table mistake gives an error rather
// than bad bytes. Returns "" or an internal error message.
std::string McEncode(unsigned opcode, const std::vector<McOperand>& ops,
                     std::vector<uint8_t>* bytes, std::vector<McFixup>* fixups);

}  // namespace gocc::assembler::amd64

#endif  // GOCC_ASM_AMD64_MC_H_
