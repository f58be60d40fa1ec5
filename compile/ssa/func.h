// Func, Block and Value: the SSA IR (the shape of Go's cmd/compile/internal/
// ssa). A Func owns its Blocks and Values; both have dense integer IDs that
// are never reused, so passes index side tables by ID. Values are in SSA
// form: each is defined once, by one op over its args. Memory is a value too
// (type mem): loads take it as their last arg, stores and calls return a new
// one, so the chain orders every memory operation.
//
// Block kinds and their control value:
//   Plain  1 successor, no control
//   If     2 successors (then, else), control = bool
//   Ret    0 successors, control = final memory (results are stored)
//   Exit   0 successors, control = memory of a call that does not return
#ifndef GOCC_COMPILE_SSA_FUNC_H_
#define GOCC_COMPILE_SSA_FUNC_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compile/ssa/op.h"
#include "compile/ssa/types.h"

namespace gocc::ssa {

struct Block;
struct Func;

// Source position; the file is Func::file.
struct Pos {
  int line = 0;
  int col = 0;
};

// Base of a lowered memory operand (loads, stores, LEAQ).
enum class AddrMode : uint8_t {
  kReg,    // aux_int(arg0)
  kSP,     // aux_int(SP): the outgoing argument area
  kFP,     // aux+aux_int(FP): an incoming argument or result slot
  kLocal,  // the local aux, plus aux_int (frame offset known after layout)
  kSB,     // aux+aux_int(SB): a global symbol
};

struct Value {
  int id;
  Op op;
  const Type* type;
  int64_t aux_int = 0;
  std::string aux;
  AddrMode amode = AddrMode::kReg;
  std::vector<Value*> args;
  Block* block = nullptr;
  Pos pos;
  int uses = 0;  // args of other values + block controls referring to this

  const OpInfo& info() const { return Info(op); }
  void AddArg(Value* a);
  void SetArg(int i, Value* a);
  void ResetArgs();
  // Turns this value into `op` with no args (keeps id, block, type, pos).
  void Reset(Op new_op);
  // Turns this value into Copy(w).
  void CopyOf(Value* w);
  bool IsConst() const;
  // "v3 = Add64 <int64> v1 v2" (Go's LongString).
  std::string LongString() const;
  std::string Name() const { return "v" + std::to_string(id); }
};

enum class BlockKind : uint8_t { kPlain, kIf, kRet, kExit };
const char* BlockKindName(BlockKind k);

// One end of a CFG edge: the block, and the index of this edge in that
// block's preds (for a succ edge) or succs (for a pred edge).
struct Edge {
  Block* b;
  int i;
};

struct Block {
  int id;
  BlockKind kind = BlockKind::kPlain;
  std::vector<Value*> values;
  std::vector<Edge> succs;
  std::vector<Edge> preds;  // phi arg i belongs to preds[i]
  Value* control = nullptr;
  Func* func = nullptr;
  Pos pos;

  // Creates a value at the end of this block, at func->cur_pos.
  Value* NewValue(Op op, const Type* t, std::initializer_list<Value*> args = {},
                  int64_t aux_int = 0, std::string aux = "");
  void AddEdgeTo(Block* s);
  // Removes preds[i] and the matching phi args; keeps the other edges'
  // reverse indices right. Does not touch the predecessor's succs.
  void RemovePred(int i);
  // Removes succs[i] (and the matching pred edge + phi args in the succ).
  void RemoveEdgeTo(int i);
  void SetControl(Value* v);
  Block* Succ(int i) const { return succs[i].b; }
  Block* Pred(int i) const { return preds[i].b; }
  std::string Name() const { return "b" + std::to_string(id); }
};

// A local stack variable addressed by LocalAddr{name}; its offset from the
// hardware SP is filled in by the stackframe pass.
struct LocalSlot {
  std::string name;
  int64_t size;
  int align;
  int64_t offset = -1;
};

// Where the register allocator put a value.
struct Location {
  enum Kind : uint8_t { kNone, kReg, kSpill, kParam, kSP };
  Kind kind = kNone;
  int reg = -1;         // kReg: a Reg (regalloc.h)
  int64_t slot = -1;    // kSpill: spill slot index; offset after stackframe
  int64_t offset = -1;  // kSpill: offset from SP (set by stackframe)
};

struct Func {
  std::string pkg;             // Go import path: "main", "a/b"
  std::string name;            // function name within the package: "f", "T.m"
  std::string symbol;          // linker name when not pkg.name (//go:linkname)
  std::string file;            // source file for #line markers
  bool dupok = false;          // generated code every package may emit (TEXT DUPOK)
  int64_t argsize = 0;         // ABI0 bytes of arguments + results
  std::vector<Block*> blocks;  // entry first; order = layout after "layout"
  Block* entry = nullptr;
  std::vector<LocalSlot> locals;
  // Optional source text of each line, printed as a comment by emission.
  std::map<int, std::string> source_lines;
  // A compiler-generated wrapper (TEXT WRAPPER): the assembler adds gc's
  // g._panic.argp fix-up, so recover() works in the function it calls, and
  // tracebacks hide the frame.
  bool wrapper = false;
  Pos cur_pos;  // position given to new values and blocks

  // Filled by regalloc and stackframe.
  std::vector<Location> locs;  // indexed by value id
  int num_spill_slots = 0;
  int64_t outargs_size = 0;  // bytes of the outgoing call area at 0(SP)
  int64_t frame_size = 0;    // $frame in TEXT (without the saved BP)
  bool has_calls = false;
  bool lowered = false;    // only amd64 ops remain (set by "lower")
  bool scheduled = false;  // block value order is final (set by "schedule")

  Func() = default;
  Func(const Func&) = delete;
  Func& operator=(const Func&) = delete;

  Block* NewBlock(BlockKind kind);
  Value* NewValue(Block* b, Op op, const Type* t);
  // Drops blocks that are no longer in `blocks` from ownership bookkeeping
  // (they stay allocated until the Func dies; IDs are never reused).
  int NumValues() const { return next_value_id_; }
  int NumBlocks() const { return next_block_id_; }
  LocalSlot* FindLocal(const std::string& name);
  // Shared constants/SP/InitMem in the entry block, created on demand.
  Value* ConstInt(const Type* t, int64_t c);
  Value* ConstFloat(const Type* t, double d);
  Value* ConstBool(bool b);
  // The SP value (the hardware stack pointer), created in entry on demand.
  Value* SPValue();
  std::string QualifiedName() const { return pkg + "." + name; }
  // The TEXT symbol: `symbol` if set, else QualifiedName().
  std::string LinkerName() const { return symbol.empty() ? QualifiedName() : symbol; }
  std::string String() const;  // the dump (print.cc)

 private:
  std::vector<std::unique_ptr<Value>> all_values_;
  std::vector<std::unique_ptr<Block>> all_blocks_;
  int next_value_id_ = 1;
  int next_block_id_ = 1;
};

// Constant of an integer op truncated to its width and sign-extended back,
// as Go keeps aux_int of Const8/16/32.
int64_t ExtendConst(int64_t c, int size);
// The Const op for an integer type of `size` bytes.
Op ConstOpForSize(int size);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_FUNC_H_
