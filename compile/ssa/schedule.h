// Facts shared by schedule, regalloc and emit about how a value is placed.
#ifndef GOCC_COMPILE_SSA_SCHEDULE_H_
#define GOCC_COMPILE_SSA_SCHEDULE_H_

#include "compile/ssa/func.h"

namespace gocc::ssa {

// An If control that emission turns into CMP + Jcc instead of SETcc +
// TESTB: an integer compare used only by its block's control and scheduled
// last in the block. It needs no register.
bool IsFusedControl(const Value* v);

// Values that live nowhere and are recomputed at each use: constants,
// addresses of globals/locals/params/SP slots, and SP itself.
bool IsRematerializable(const Value* v);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_SCHEDULE_H_
