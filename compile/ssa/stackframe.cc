// Stack-frame layout. From the hardware SP upward:
//
//   0(SP)                    outgoing call area: args+results of the
//                            largest call made (ABI0), runtime helpers' args
//   outargs(SP)              locals (Func::locals), each aligned
//   ...                      spill slots, 8 bytes each
//   frame_size(SP)           saved BP (added by the assembler)
//   frame_size+8(SP)         return address
//   frame_size+16(SP) = 0(FP) incoming args, then results
//
// frame_size is what TEXT's $frame says: it excludes the saved BP and the
// return address, exactly as gc's asm counts it. Also decides has_calls
// (for NOSPLIT).
#include "absl/strings/str_cat.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa {
namespace {

int64_t AlignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

}  // namespace

absl::Status StackFrame(Func& f) {
  int64_t out = 0;
  bool calls = false;
  for (Block* b : f.blocks) {
    for (Value* v : b->values) {
      switch (v->op) {
        case Op::kCALLstatic:
        case Op::kCALLclosure:
        case Op::kCALLinter:
          out = std::max(out, v->aux_int);
          calls = true;
          break;
        case Op::kCALLmemmove:
          out = std::max<int64_t>(out, 24);
          calls = true;
          break;
        case Op::kCALLmemclr:
        case Op::kLoweredPanicBounds:
          out = std::max<int64_t>(out, 16);
          calls = true;
          break;
        case Op::kDIVQ:
        case Op::kMODQ:
        case Op::kDIVQU:
        case Op::kMODQU:
          if (v->aux_int & 1) calls = true;  // runtime.panicdivide
          break;
        default:
          break;
      }
    }
  }
  f.outargs_size = AlignUp(out, 8);
  f.has_calls = calls;
  int64_t off = f.outargs_size;
  for (LocalSlot& l : f.locals) {
    if (l.size < 0 || l.align <= 0 || (l.align & (l.align - 1))) {
      return absl::InternalError(absl::StrCat("bad local ", l.name));
    }
    off = AlignUp(off, l.align);
    l.offset = off;
    off += l.size;
  }
  off = AlignUp(off, 8);
  for (Location& l : f.locs) {
    if (l.kind == Location::kSpill) l.offset = off + 8 * l.slot;
  }
  off += 8 * static_cast<int64_t>(f.num_spill_slots);
  f.frame_size = AlignUp(off, 8);
  return absl::OkStatus();
}

}  // namespace gocc::ssa
