// ABI0 argument frames: where each argument and result of a call lives,
// relative to 0(FP) in the callee (= 0(SP) in the caller's outgoing area),
// as gc lays them out: arguments in order, each aligned to its own
// alignment; results after them, starting at a pointer-aligned offset; the
// total rounded up to the pointer size.
#ifndef GOCC_COMPILE_SSA_ABI0_H_
#define GOCC_COMPILE_SSA_ABI0_H_

#include <cstdint>
#include <vector>

namespace gocc::ssa {

struct SizeAlign {
  int64_t size;
  int64_t align;
};

struct ArgFrame {
  std::vector<int64_t> param_off;
  std::vector<int64_t> result_off;
  int64_t size = 0;  // TEXT's argsize; StaticCall's aux_int
};

ArgFrame LayoutABI0(const std::vector<SizeAlign>& params,
                    const std::vector<SizeAlign>& results);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_ABI0_H_
