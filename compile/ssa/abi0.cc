// ABI0 argument frame layout (abi0.h).
#include "compile/ssa/abi0.h"

namespace gocc::ssa {
namespace {
int64_t AlignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }
}  // namespace

ArgFrame LayoutABI0(const std::vector<SizeAlign>& params,
                    const std::vector<SizeAlign>& results) {
  ArgFrame fr;
  int64_t off = 0;
  for (const SizeAlign& p : params) {
    off = AlignUp(off, p.align);
    fr.param_off.push_back(off);
    off += p.size;
  }
  off = AlignUp(off, 8);
  for (const SizeAlign& r : results) {
    off = AlignUp(off, r.align);
    fr.result_off.push_back(off);
    off += r.size;
  }
  fr.size = AlignUp(off, 8);
  return fr;
}

}  // namespace gocc::ssa
