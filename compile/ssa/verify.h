// The SSA verifier (verify.cc).
#ifndef GOCC_COMPILE_SSA_VERIFY_H_
#define GOCC_COMPILE_SSA_VERIFY_H_

#include "absl/status/status.h"
#include "compile/ssa/func.h"

namespace gocc::ssa {

// OK, or an InternalError describing the first broken invariant.
absl::Status Verify(const Func& f);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_VERIFY_H_
