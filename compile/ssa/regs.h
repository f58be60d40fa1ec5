// amd64 registers as the back end numbers them: GP registers 0-15 in
// hardware order, X0-X15 as 16-31. Which ones the allocator may hand out
// and which ones emission uses as scratch is decided here (see the essay at
// the top of regalloc.cc).
#ifndef GOCC_COMPILE_SSA_REGS_H_
#define GOCC_COMPILE_SSA_REGS_H_

namespace gocc::ssa {

enum Reg : int {
  kAX,
  kCX,
  kDX,
  kBX,
  kSPReg,
  kBP,
  kSI,
  kDI,
  kR8,
  kR9,
  kR10,
  kR11,
  kR12,
  kR13,
  kR14,
  kR15,
  kX0,
  kX1,
  kX2,
  kX3,
  kX4,
  kX5,
  kX6,
  kX7,
  kX8,
  kX9,
  kX10,
  kX11,
  kX12,
  kX13,
  kX14,
  kX15,
  kNumRegs
};

inline const char* RegName(int r) {
  static const char* const kNames[kNumRegs] = {
      "AX", "CX", "DX",  "BX",  "SP",  "BP",  "SI",  "DI",
      "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15",
      "X0", "X1", "X2",  "X3",  "X4",  "X5",  "X6",  "X7",
      "X8", "X9", "X10", "X11", "X12", "X13", "X14", "X15"};
  return r >= 0 && r < kNumRegs ? kNames[r] : "?";
}

inline bool IsFPReg(int r) { return r >= kX0; }

// Allocatable registers. AX, CX, DX and X14, X15 are emission scratch;
// R14 is clobbered by every prologue; SP and BP are the frame.
inline constexpr int kAllocGP[] = {kBX,  kSI,  kDI,  kR8,  kR9,
                                   kR10, kR11, kR12, kR13, kR15};
inline constexpr int kAllocFP[] = {kX0, kX1, kX2, kX3,  kX4,  kX5,  kX6,
                                   kX7, kX8, kX9, kX10, kX11, kX12, kX13};

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_REGS_H_
