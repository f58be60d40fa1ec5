// Ops: the enum generated from ops.def and the per-op facts (OpInfo) every
// pass reads: argument count, result-type rule, aux kind, flags, and for
// amd64 ops the mnemonic and how emit.cc prints them.
#ifndef GOCC_COMPILE_SSA_OP_H_
#define GOCC_COMPILE_SSA_OP_H_

#include <cstdint>

namespace gocc::ssa {

enum class Op : uint16_t {
#define OP(name, argc, result, args, aux, flags, asm, emit, meaning) k##name,
#include "compile/ssa/ops.def"
#undef OP
  kOpCount
};

// How the result type of an op is determined (checked by verify.cc).
enum TypeRule : uint8_t {
  kTAny,   // chosen by whoever creates the value
  kTArg0,  // same as arg0
  kTBool,
  kTMem,
  kTVoid,
  kTPtr,
  kTI1,
  kTI2,
  kTI4,
  kTI8,  // an integer (or ptr for 8) of that many bytes
  kTF32,
  kTF64,
  kTSel0,  // first component of the tuple arg0
  kTSel1,  // second component
};

enum AuxKind : uint8_t {
  kAuxNone,
  kAuxInt,     // aux_int
  kAuxFloat,   // aux_int holds float64 bits
  kAuxSym,     // aux (a name)
  kAuxSymOff,  // aux + aux_int
};

enum OpFlag : uint8_t {
  kComm = 1,     // commutative in its first two args
  kSideEff = 2,  // must not be removed even when unused
  kCall = 4,     // a call: every register is clobbered
  kMemArg = 8,   // reads memory (its last arg is the memory state)
  // Faults when arg0 (arg1) is nil: amd64 loads, stores and unrolled
  // copies, whose memory operand is arg0 (arg1) plus aux_int when the
  // addressing mode is kReg (late nilcheck, nilcheck.cc).
  kFaultNil0 = 16,
  kFaultNil1 = 32,
};

enum EmitKind : uint8_t {
  kENone,  // generic: never reaches emission (except Phi/Copy/Arg/...)
  kEBin,
  kEBinConst,
  kEUn,
  kEUnary,
  kEDiv,
  kEMulHi,
  kEShift,
  kEConst,
  kEFConst,
  kECmpSet,
  kEFCmpSet,
  kEFNeg,
  kECvtU2F,
  kECvtF2U,
  kELoad,
  kEStore,
  kELea,
  kEMove,
  kEZero,
  kECall,
  kENilCheck,
  kEPanicBounds,
};

struct OpInfo {
  const char* name;  // "Add64", "ADDQ"
  int argc;          // -1: variadic
  TypeRule result;
  const char* args;  // verifier letters, see ops.def
  AuxKind aux;
  uint8_t flags;
  const char* asm_name;  // amd64 mnemonic or ""
  EmitKind emit;
  const char* meaning;
};

const OpInfo& Info(Op op);
inline const char* OpName(Op op) { return Info(op).name; }
// True for ops of the amd64 section (ADDQ ... LoweredPanicBounds).
bool IsAMD64(Op op);

enum class Cond : uint8_t {
#define COND(name, set, jmp, neg, swap) k##name,
#include "compile/ssa/cond.def"
#undef COND
};
const char* CondName(Cond c);
const char* SetInst(Cond c);
const char* JumpInst(Cond c);
Cond Negate(Cond c);
Cond Swap(Cond c);

enum class BoundsKind : uint8_t {
#define BOUNDS(name, fn, unsigned_x) k##name,
#include "compile/ssa/bounds.def"
#undef BOUNDS
  kCount
};
// "panicIndex" etc.: the runtime function (package runtime) for a kind.
const char* BoundsFunc(BoundsKind k);
// Whether the kind's failing index is unsigned (the ...U functions).
bool BoundsUnsigned(BoundsKind k);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_OP_H_
