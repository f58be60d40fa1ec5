// A tiny DSL for building SSA functions in tests, modelled on Go's
// Fun/Bloc/Valu (cmd/compile/internal/ssa/func_test.go):
//
//   TestFunc fun = Fun("f",
//       Bloc("entry",
//            Valu("mem", Op::kInitMem, &types::kMem),
//            Valu("a", Op::kArg, &types::kInt64, 0, "a"),
//            Valu("c", Op::kConst64, &types::kInt64, 3),
//            Valu("s", Op::kAdd64, &types::kInt64, 0, "", {"a", "c"}),
//            Goto("exit")),
//       Bloc("exit", Ret("mem")));
//   fun.f->... ; fun.values["s"]; fun.blocks["exit"]
//
// Blocks are created in the order given (the first is the entry); edges are
// added block by block in successor order, so a phi's args must be listed in
// the order its block's predecessors appear.
#ifndef GOCC_COMPILE_SSA_TESTBUILDER_H_
#define GOCC_COMPILE_SSA_TESTBUILDER_H_

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compile/ssa/func.h"

namespace gocc::ssa::testing {

struct ValuSpec {
  std::string name;
  Op op;
  const Type* type;
  int64_t aux_int = 0;
  std::string aux;
  std::vector<std::string> args;
};

struct CtrlSpec {
  BlockKind kind;
  std::string control;
  std::vector<std::string> succs;
};

struct BlocSpec {
  std::string name;
  std::vector<ValuSpec> values;
  CtrlSpec ctrl{BlockKind::kPlain, "", {}};
};

inline ValuSpec Valu(std::string name, Op op, const Type* t,
                     int64_t aux_int = 0, std::string aux = "",
                     std::vector<std::string> args = {}) {
  return ValuSpec{std::move(name), op, t, aux_int, std::move(aux),
                  std::move(args)};
}
inline CtrlSpec Goto(std::string to) {
  return CtrlSpec{BlockKind::kPlain, "", {std::move(to)}};
}
inline CtrlSpec If(std::string cond, std::string yes, std::string no) {
  return CtrlSpec{
      BlockKind::kIf, std::move(cond), {std::move(yes), std::move(no)}};
}
inline CtrlSpec Ret(std::string mem) {
  return CtrlSpec{BlockKind::kRet, std::move(mem), {}};
}
inline CtrlSpec Exit(std::string mem) {
  return CtrlSpec{BlockKind::kExit, std::move(mem), {}};
}

inline void AddItem(BlocSpec& b, ValuSpec v) {
  b.values.push_back(std::move(v));
}
inline void AddItem(BlocSpec& b, CtrlSpec c) { b.ctrl = std::move(c); }

template <typename... Items>
BlocSpec Bloc(std::string name, Items... items) {
  BlocSpec b;
  b.name = std::move(name);
  (AddItem(b, std::move(items)), ...);
  return b;
}

struct TestFunc {
  std::unique_ptr<Func> f;
  std::map<std::string, Value*> values;
  std::map<std::string, Block*> blocks;
};

namespace internal {
[[noreturn]] inline void Die(const std::string& msg) {
  std::cerr << "testbuilder: " << msg << "\n";
  std::abort();
}
}  // namespace internal

// Builds a Func in package "main"; argsize must be set by the caller if the
// function is emitted.
template <typename... Blocs>
TestFunc Fun(std::string name, Blocs... blocs) {
  std::vector<BlocSpec> specs{std::move(blocs)...};
  TestFunc t;
  t.f = std::make_unique<Func>();
  t.f->pkg = "main";
  t.f->name = std::move(name);
  t.f->file = "x.go";
  for (const BlocSpec& s : specs) t.blocks[s.name] = t.f->NewBlock(s.ctrl.kind);
  for (const BlocSpec& s : specs) {
    Block* b = t.blocks[s.name];
    for (const ValuSpec& vs : s.values) {
      Value* v = b->NewValue(vs.op, vs.type, {}, vs.aux_int, vs.aux);
      if (!t.values.emplace(vs.name, v).second) {
        internal::Die("duplicate value " + vs.name);
      }
    }
  }
  auto lookup = [&](const std::string& n) {
    auto it = t.values.find(n);
    if (it == t.values.end()) internal::Die("unknown value " + n);
    return it->second;
  };
  for (const BlocSpec& s : specs) {
    Block* b = t.blocks[s.name];
    for (const ValuSpec& vs : s.values) {
      Value* v = t.values[vs.name];
      for (const std::string& a : vs.args) v->AddArg(lookup(a));
    }
    if (!s.ctrl.control.empty()) b->SetControl(lookup(s.ctrl.control));
    for (const std::string& succ : s.ctrl.succs) {
      auto it = t.blocks.find(succ);
      if (it == t.blocks.end()) internal::Die("unknown block " + succ);
      b->AddEdgeTo(it->second);
    }
  }
  return t;
}

}  // namespace gocc::ssa::testing

#endif  // GOCC_COMPILE_SSA_TESTBUILDER_H_
