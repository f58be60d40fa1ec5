// Temporary: back-end passes not written yet report so.
#include "compile/ssa/passes.h"
namespace gocc::ssa {
#define PENDING(fn) \
  absl::Status fn(Func&) { return absl::UnimplementedError(#fn " not implemented"); }
PENDING(Lower)
PENDING(Critical)
PENDING(Layout)
PENDING(Schedule)
PENDING(RegAlloc)
PENDING(StackFrame)
}  // namespace gocc::ssa
