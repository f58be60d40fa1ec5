// LLVM MC wiring for the amd64 encoder (see mc.h). One lazily created set of
// MC objects (register info, instruction info, context, X86 code emitter)
// lives for the whole process; the assembler is single-threaded.
//
// Opcode lookup needs no generated tables: TableGen numbers the target's
// instructions in name order after the generic opcodes, so a binary search
// over MCInstrInfo::getName finds a name in ~15 comparisons.
#include "asm/amd64/mc.h"

#include <memory>

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCFixup.h"
#include "llvm/MC/MCFixupKindInfo.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstrDesc.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/CodeGen/TargetOpcodes.h"
#include "llvm/Support/raw_ostream.h"

extern "C" void LLVMInitializeX86TargetInfo();
extern "C" void LLVMInitializeX86TargetMC();

namespace gocc::assembler::amd64 {
namespace {

constexpr const char kTriple[] = "x86_64-unknown-linux-gnu";

struct Mc {
  std::unique_ptr<llvm::MCRegisterInfo> mri;
  std::unique_ptr<llvm::MCAsmInfo> mai;
  std::unique_ptr<llvm::MCInstrInfo> mii;
  std::unique_ptr<llvm::MCSubtargetInfo> sti;
  std::unique_ptr<llvm::MCContext> ctx;
  std::unique_ptr<llvm::MCCodeEmitter> emitter;
  std::unique_ptr<llvm::MCAsmBackend> backend;
  llvm::MCTargetOptions options;
  llvm::StringMap<unsigned> regs;
  const llvm::MCExpr* placeholder = nullptr;  // value of every kExpr operand
  unsigned first_target_opcode = 0;
  std::string init_error;
};

Mc* Get() {
  static Mc* mc = [] {
    auto* m = new Mc;
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86TargetMC();
    std::string err;
    const llvm::Target* target = llvm::TargetRegistry::lookupTarget(kTriple, err);
    if (target == nullptr) {
      m->init_error = "LLVM X86 target unavailable: " + err;
      return m;
    }
    llvm::Triple triple(kTriple);
    m->mri.reset(target->createMCRegInfo(kTriple));
    m->mai.reset(target->createMCAsmInfo(*m->mri, kTriple, m->options));
    m->mii.reset(target->createMCInstrInfo());
    m->sti.reset(target->createMCSubtargetInfo(kTriple, "", ""));
    m->ctx = std::make_unique<llvm::MCContext>(triple, m->mai.get(), m->mri.get(),
                                               m->sti.get());
    m->emitter.reset(target->createMCCodeEmitter(*m->mii, *m->mri, *m->ctx));
    m->backend.reset(target->createMCAsmBackend(*m->sti, *m->mri, m->options));
    for (unsigned i = 1; i < m->mri->getNumRegs(); i++) m->regs[m->mri->getName(i)] = i;
    m->placeholder = llvm::MCSymbolRefExpr::create(
        m->ctx->getOrCreateSymbol("gocc.fixup"), *m->ctx);
    m->first_target_opcode = llvm::TargetOpcode::GENERIC_OP_END + 1;
    return m;
  }();
  return mc;
}

}  // namespace

unsigned McOpcode(std::string_view name) {
  Mc* m = Get();
  if (!m->mii) return 0;
  llvm::StringRef key(name.data(), name.size());
  unsigned lo = m->first_target_opcode, hi = m->mii->getNumOpcodes();
  while (lo < hi) {
    unsigned mid = lo + (hi - lo) / 2;
    if (m->mii->getName(mid) < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < m->mii->getNumOpcodes() && m->mii->getName(lo) == key) return lo;
  // Not found by bisection (should not happen): fall back to a scan.
  for (unsigned i = 0; i < m->mii->getNumOpcodes(); i++)
    if (m->mii->getName(i) == key) return i;
  return 0;
}

unsigned McReg(std::string_view name) {
  Mc* m = Get();
  auto it = m->regs.find(llvm::StringRef(name.data(), name.size()));
  return it == m->regs.end() ? 0 : it->second;
}

std::string McEncode(unsigned opcode, const std::vector<McOperand>& ops,
                     std::vector<uint8_t>* bytes, std::vector<McFixup>* fixups) {
  Mc* m = Get();
  if (!m->init_error.empty()) return m->init_error;
  if (opcode == 0 || opcode >= m->mii->getNumOpcodes()) return "unknown LLVM opcode";
  const llvm::MCInstrDesc& desc = m->mii->get(opcode);
  std::string name = m->mii->getName(opcode).str();
  if (desc.getNumOperands() != ops.size())
    return "internal error: " + name + " takes " + std::to_string(desc.getNumOperands()) +
           " operands, table gives " + std::to_string(ops.size());
  llvm::MCInst inst;
  inst.setOpcode(opcode);
  for (size_t i = 0; i < ops.size(); i++) {
    const llvm::MCOperandInfo& info = desc.OpInfo[i];
    const McOperand& op = ops[i];
    switch (op.kind) {
      case McOperand::kReg:
        if (info.OperandType == llvm::MCOI::OPERAND_IMMEDIATE)
          return "internal error: " + name + " operand " + std::to_string(i) + " is an immediate";
        if (op.reg != 0 && info.RegClass >= 0 && !info.isLookupPtrRegClass() &&
            !m->mri->getRegClass(info.RegClass).contains(op.reg))
          return "internal error: " + name + " operand " + std::to_string(i) +
                 " cannot be " + m->mri->getName(op.reg);
        inst.addOperand(llvm::MCOperand::createReg(op.reg));
        break;
      case McOperand::kImm:
        if (info.OperandType == llvm::MCOI::OPERAND_REGISTER)
          return "internal error: " + name + " operand " + std::to_string(i) + " is a register";
        inst.addOperand(llvm::MCOperand::createImm(op.imm));
        break;
      case McOperand::kExpr:
        if (info.OperandType == llvm::MCOI::OPERAND_REGISTER)
          return "internal error: " + name + " operand " + std::to_string(i) + " is a register";
        inst.addOperand(llvm::MCOperand::createExpr(m->placeholder));
        break;
    }
  }
  llvm::SmallString<32> buf;
  llvm::raw_svector_ostream os(buf);
  llvm::SmallVector<llvm::MCFixup, 2> mc_fixups;
  m->emitter->encodeInstruction(inst, os, mc_fixups, *m->sti);
  bytes->assign(buf.begin(), buf.end());
  fixups->clear();
  for (const llvm::MCFixup& f : mc_fixups) {
    const llvm::MCFixupKindInfo& k = m->backend->getFixupKindInfo(f.getKind());
    McFixup out;
    out.offset = f.getOffset();
    out.size = int(k.TargetSize / 8);
    out.pcrel = (k.Flags & llvm::MCFixupKindInfo::FKF_IsPCRel) != 0;
    fixups->push_back(out);
  }
  return "";
}

}  // namespace gocc::assembler::amd64
