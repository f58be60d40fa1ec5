// Register allocation: linear scan (Poletto & Sarkar, "Linear Scan Register
// Allocation", TOPLAS 1999) over the final block layout, with whole-interval
// spilling.
//
// The algorithm. Number every point of the laid-out function: each block
// has a start point, each value a definition point, each block an end
// point. Compute liveness by the usual backward dataflow (a phi's arg is
// used at the end of the matching predecessor; a phi is defined at its
// block's start). Each value then gets ONE interval, from the first to the
// last point where it is live: conservative where a value is dead inside a
// gap (a hole in a loop), but simple and always safe. Walk the intervals by
// increasing start, keeping the "active" ones (those holding a register)
// sorted by end. Before placing an interval, expire active intervals that
// ended strictly before it starts, returning their registers; an interval
// that ends exactly where another starts keeps its register, so a value
// shares a register with none of its args, with one exception: when arg0
// dies at this value (same class), the value takes over arg0's register,
// the classic two-address form (emission reads every other arg before it
// writes the result). Otherwise, if a register of the right class is free,
// take it. Otherwise spill whichever of the new interval and the active one
// ending last ends later (Poletto's heuristic): that value lives in a stack
// slot for its whole life.
//
// Calls. Under ABI0 every register is caller-saved, so an interval that
// contains a call point (strictly inside: the call's own args end there) is
// spilled outright.
//
// Spilled values. A spilled value has a home slot (slots are shared by
// values whose intervals do not overlap, found by a second linear scan over
// the spilled intervals); its definition stores there and each use reads it,
// either as a memory operand or into a scratch register. An incoming argument
// (Arg) needs no slot: its home is its own name+off(FP) slot. Constants and
// addresses of globals, locals, params and the stack are rematerialized at
// every use (often as an immediate) and never occupy a register.
//
// Registers. The allocator hands out BX SI DI R8-R13 R15 and X0-X13. AX,
// CX, DX and X14, X15 are reserved as scratch for emission: they carry
// fixed-register operands (shift counts in CX, IDIVQ's DX:AX), reload
// spilled operands, and break cycles in phi moves. R14 is clobbered by the
// stack-check prologue; SP and BP belong to the frame.
//
// Phis. After edge splitting every predecessor of a block with phis has a
// single successor; at its end, emission performs the parallel move
// {phi location <- arg location} (emit.cc). A phi's interval is stretched
// to the end of each predecessor, where it is written.
#include <algorithm>
#include <climits>

#include "compile/ssa/passes.h"
#include "compile/ssa/regs.h"
#include "compile/ssa/schedule.h"

namespace gocc::ssa {
namespace {

struct Interval {
  Value* v;
  int start = INT_MAX;
  int end = -1;
  RegClass cls;
};

bool NeedsLocation(const Value* v) {
  if (v->type->Class() == RegClass::kNone) return false;
  if (IsRematerializable(v)) return false;
  if (IsFusedControl(v)) return false;
  return true;
}

}  // namespace

absl::Status RegAlloc(Func& f) {
  int nv = f.NumValues();
  int nb = f.NumBlocks();
  f.locs.assign(nv, Location{});
  f.num_spill_slots = 0;

  // Points.
  std::vector<int> bstart(nb), bend(nb), def(nv, -1);
  std::vector<int> calls;
  int p = 0;
  for (Block* b : f.blocks) {
    bstart[b->id] = p++;
    for (Value* v : b->values) {
      def[v->id] = p;
      if (v->info().flags & kCall) calls.push_back(p);
      p += 2;
    }
    bend[b->id] = p++;
  }

  std::vector<char> needs(nv, 0);
  for (Block* b : f.blocks) {
    for (Value* v : b->values) needs[v->id] = NeedsLocation(v);
  }

  // Liveness (sets as byte vectors indexed by value id).
  std::vector<std::vector<char>> live_in(nb, std::vector<char>(nv, 0));
  std::vector<std::vector<char>> live_out(nb, std::vector<char>(nv, 0));
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = f.blocks.rbegin(); it != f.blocks.rend(); ++it) {
      Block* b = *it;
      std::vector<char> out(nv, 0);
      for (const Edge& e : b->succs) {
        Block* s = e.b;
        const std::vector<char>& in = live_in[s->id];
        for (int i = 0; i < nv; i++) out[i] |= in[i];
        for (Value* v : s->values) {
          if (v->op != Op::kPhi) continue;
          Value* a = v->args[e.i];
          if (needs[a->id]) out[a->id] = 1;
        }
      }
      std::vector<char> in = out;
      if (b->control && needs[b->control->id]) in[b->control->id] = 1;
      for (auto vt = b->values.rbegin(); vt != b->values.rend(); ++vt) {
        Value* v = *vt;
        in[v->id] = 0;
        if (v->op == Op::kPhi) continue;
        for (Value* a : v->args) {
          if (needs[a->id]) in[a->id] = 1;
        }
      }
      if (out != live_out[b->id] || in != live_in[b->id]) {
        live_out[b->id] = std::move(out);
        live_in[b->id] = std::move(in);
        changed = true;
      }
    }
  }

  // Intervals.
  std::vector<Interval> iv(nv);
  auto extend = [&](Value* v, int at) {
    Interval& i = iv[v->id];
    i.start = std::min(i.start, at);
    i.end = std::max(i.end, at);
  };
  for (Block* b : f.blocks) {
    for (int i = 0; i < nv; i++) {
      if (live_in[b->id][i]) iv[i].start = std::min(iv[i].start, bstart[b->id]);
      if (live_out[b->id][i]) iv[i].end = std::max(iv[i].end, bend[b->id]);
    }
    if (b->control && needs[b->control->id]) extend(b->control, bend[b->id]);
    for (Value* v : b->values) {
      if (!needs[v->id] && v->op != Op::kPhi) {
        for (Value* a : v->args) {
          if (needs[a->id]) extend(a, def[v->id]);
        }
        continue;
      }
      if (v->op == Op::kPhi) {
        extend(v, bstart[b->id]);
        for (size_t j = 0; j < v->args.size(); j++) {
          int at = bend[b->Pred(static_cast<int>(j))->id];
          extend(v, at);
          if (needs[v->args[j]->id]) extend(v->args[j], at);
        }
        continue;
      }
      extend(v, def[v->id]);
      for (Value* a : v->args) {
        if (needs[a->id]) extend(a, def[v->id]);
      }
    }
  }
  std::vector<Interval*> order;
  for (Block* b : f.blocks) {
    for (Value* v : b->values) {
      if (!needs[v->id]) continue;
      Interval& i = iv[v->id];
      i.v = v;
      i.cls = v->type->Class();
      order.push_back(&i);
    }
  }
  std::stable_sort(
      order.begin(), order.end(),
      [](const Interval* a, const Interval* b) { return a->start < b->start; });
  std::sort(calls.begin(), calls.end());
  auto crosses_call = [&](const Interval* i) {
    auto it = std::upper_bound(calls.begin(), calls.end(), i->start);
    return it != calls.end() && *it < i->end;
  };
  auto spill = [&](Value* v) {
    Location& l = f.locs[v->id];
    l.reg = -1;
    if (v->op == Op::kArg) {
      l.kind = Location::kParam;
    } else {
      l.kind = Location::kSpill;
      l.slot = f.num_spill_slots++;
    }
  };

  // The scan.
  std::vector<Interval*> active;
  std::vector<char> reg_free(kNumRegs, 0);
  for (int r : kAllocGP) reg_free[r] = 1;
  for (int r : kAllocFP) reg_free[r] = 1;
  for (Interval* cur : order) {
    std::erase_if(active, [&](Interval* a) {
      if (a->end >= cur->start) return false;
      reg_free[f.locs[a->v->id].reg] = 1;
      return true;
    });
    if (crosses_call(cur)) {
      spill(cur->v);
      continue;
    }
    int reg = -1;
    // Two-address reuse: when arg0 dies exactly here, the result may take
    // its register (emission reads every other arg before writing it).
    Value* v = cur->v;
    if (v->op != Op::kPhi && !v->args.empty()) {
      Value* a0 = v->args[0];
      const Location& l0 = f.locs[a0->id];
      if (needs[a0->id] && l0.kind == Location::kReg &&
          iv[a0->id].end == cur->start && iv[a0->id].cls == cur->cls) {
        auto it = std::find(active.begin(), active.end(), &iv[a0->id]);
        if (it != active.end()) {
          reg = l0.reg;
          active.erase(it);
        }
      }
    }
    if (reg >= 0) {
      // taken over from arg0
    } else if (cur->cls == RegClass::kGP) {
      for (int r : kAllocGP) {
        if (reg_free[r]) {
          reg = r;
          break;
        }
      }
    } else {
      for (int r : kAllocFP) {
        if (reg_free[r]) {
          reg = r;
          break;
        }
      }
    }
    if (reg < 0) {
      Interval* victim = nullptr;
      for (Interval* a : active) {
        if (a->cls == cur->cls && (!victim || a->end > victim->end)) victim = a;
      }
      if (victim && victim->end > cur->end) {
        reg = f.locs[victim->v->id].reg;
        spill(victim->v);
        std::erase(active, victim);
      } else {
        spill(cur->v);
        continue;
      }
    }
    reg_free[reg] = 0;
    f.locs[cur->v->id] = Location{Location::kReg, reg, -1, -1};
    active.push_back(cur);
  }
  // Spill slots: a second linear scan, so values whose intervals do not
  // overlap share a slot.
  std::vector<Interval*> spilled;
  for (Interval* i : order) {
    if (f.locs[i->v->id].kind == Location::kSpill) spilled.push_back(i);
  }
  std::vector<std::pair<int, int>> slot_busy;  // (end, slot) of live slots
  std::vector<int> free_slots;
  int nslots = 0;
  for (Interval* i : spilled) {  // already sorted by start
    std::erase_if(slot_busy, [&](const std::pair<int, int>& e) {
      if (e.first >= i->start) return false;
      free_slots.push_back(e.second);
      return true;
    });
    int slot;
    if (!free_slots.empty()) {
      slot = free_slots.back();
      free_slots.pop_back();
    } else {
      slot = nslots++;
    }
    f.locs[i->v->id].slot = slot;
    slot_busy.push_back({i->end, slot});
  }
  f.num_spill_slots = nslots;
  for (Block* b : f.blocks) {
    for (Value* v : b->values) {
      if (v->op == Op::kSP) f.locs[v->id].kind = Location::kSP;
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
