// The op table (ops.def) as data: OpInfo rows indexed by Op, plus the
// condition-code and bounds-kind tables.
#include "compile/ssa/op.h"

#include <cstddef>

namespace gocc::ssa {
namespace {

const OpInfo kOpTable[] = {
#define OP(name, argc, result, args, aux, flags, asm, emit, meaning) \
  {#name, argc, result, args, aux, flags, asm, emit, meaning},
#include "compile/ssa/ops.def"
#undef OP
};
static_assert(sizeof(kOpTable) / sizeof(kOpTable[0]) ==
              static_cast<size_t>(Op::kOpCount));

struct CondInfo {
  const char* name;
  const char* set;
  const char* jmp;
  Cond neg;
  Cond swap;
};
const CondInfo kCondTable[] = {
#define COND(name, set, jmp, neg, swap) \
  {#name, set, jmp, Cond::k##neg, Cond::k##swap},
#include "compile/ssa/cond.def"
#undef COND
};

const char* const kBoundsTable[] = {
#define BOUNDS(name, fn, unsigned_x) fn,
#include "compile/ssa/bounds.def"
#undef BOUNDS
};

const bool kBoundsUnsigned[] = {
#define BOUNDS(name, fn, unsigned_x) unsigned_x,
#include "compile/ssa/bounds.def"
#undef BOUNDS
};

}  // namespace

const OpInfo& Info(Op op) { return kOpTable[static_cast<int>(op)]; }
bool IsAMD64(Op op) { return op >= Op::kADDQ && op < Op::kOpCount; }

const char* CondName(Cond c) { return kCondTable[static_cast<int>(c)].name; }
const char* SetInst(Cond c) { return kCondTable[static_cast<int>(c)].set; }
const char* JumpInst(Cond c) { return kCondTable[static_cast<int>(c)].jmp; }
Cond Negate(Cond c) { return kCondTable[static_cast<int>(c)].neg; }
Cond Swap(Cond c) { return kCondTable[static_cast<int>(c)].swap; }
const char* BoundsFunc(BoundsKind k) {
  return kBoundsTable[static_cast<int>(k)];
}
bool BoundsUnsigned(BoundsKind k) { return kBoundsUnsigned[static_cast<int>(k)]; }

}  // namespace gocc::ssa
