// Register names and classes of the plan9 amd64 syntax, from regs.def.
#include <cstring>
#include <string>

#include "asm/prog.h"

namespace gocc::assembler {
namespace {

struct RegInfo {
  const char* name;
  RegClass cls;
  int num;
};

constexpr RegInfo kRegs[] = {
    {"", RegClass::kNone, 0},
#define REG(e, s, cls, num, llvm) {s, RegClass::cls, num},
#include "asm/amd64/regs.def"
#undef REG
};

}  // namespace

RegClass ClassOf(Reg r) { return kRegs[int(r)].cls; }
int HwNum(Reg r) { return kRegs[int(r)].num; }
const char* RegName(Reg r) { return kRegs[int(r)].name; }

Reg LookupReg(const std::string& name) {
  for (int i = 1; i < int(Reg::kCount); i++)
    if (name == kRegs[i].name) return Reg(i);
  return Reg::kNone;
}

}  // namespace gocc::assembler
