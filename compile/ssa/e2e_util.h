// End-to-end test support: builds SSA functions with ABI0 signatures
// (FnBuilder), compiles and emits them, assembles the text with gc's
// `go tool asm` through `go build` next to a Go main that declares each
// function body-less, calls it on many inputs, and compares every result
// (or panic message) with the same function written in Go and compiled by
// gc. gc is the oracle; nothing expected is written by hand.
#ifndef GOCC_COMPILE_SSA_E2E_UTIL_H_
#define GOCC_COMPILE_SSA_E2E_UTIL_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "compile/ssa/func.h"

namespace gocc::ssa::testing {

// A Go type and its SSA type.
struct GoType {
  std::string go;
  const Type* t;
};
GoType GoInt(int size, bool is_signed);  // int8 ... uint64
extern const GoType kGoInt, kGoFloat64, kGoFloat32, kGoBool, kGoUintptr;

// Builds one function with the ABI0 frame of func(params) results.
class FnBuilder {
 public:
  FnBuilder(std::string name, std::vector<GoType> params,
            std::vector<GoType> results);
  Func& f() { return *f_; }
  std::unique_ptr<Func> Take() { return std::move(f_); }
  Block* cur = nullptr;  // where V/C add values
  Value* mem = nullptr;  // the current memory state

  Value* Param(int i);  // an Arg, created in the entry block
  Value* V(Op op, const Type* t, std::initializer_list<Value*> args = {},
           int64_t aux_int = 0, std::string aux = "");
  Value* C(const Type* t, int64_t c) {
    if (t->IsBool()) return V(Op::kConstBool, t, {}, c != 0);
    return V(ConstOpForSize(t->size), t, {}, ExtendConst(c, t->size));
  }
  Value* CF(const Type* t, double d);
  Block* NewBlock(BlockKind k) { return f_->NewBlock(k); }
  // Stores results and ends `cur` as a Ret block.
  void Return(std::vector<Value*> results);
  // Stores v at off(SP) in the outgoing area (before a call).
  void StoreOut(int64_t off, Value* v);
  Value* LoadOut(int64_t off, const Type* t);  // after a call
  void Call(const std::string& sym, int64_t argsize);
  // Frame of func(params) results as gc lays it out for ABI0.
  static void Layout(const std::vector<GoType>& params,
                     const std::vector<GoType>& results,
                     std::vector<int64_t>* param_off,
                     std::vector<int64_t>* result_off, int64_t* size);

  std::string name;
  std::vector<GoType> params, results;
  std::vector<int64_t> param_off, result_off;

 private:
  std::unique_ptr<Func> f_;
  std::vector<Value*> args_;
};

// One function under test.
struct GoCase {
  std::string name;
  std::vector<GoType> params;
  std::vector<GoType> results;  // zero or one
  std::string go_body;          // the reference, params named a0, a1, ...
  std::function<void(FnBuilder&)> build;
  std::vector<std::vector<std::string>> inputs;  // Go literals per call
  std::string extra_go;  // package-level Go code the case needs
};

struct RunResult {
  bool ok = false;
  std::string output;  // build errors or the mismatch report
  std::string asm_text;
};

// Compiles and emits every case into one .s text (header included);
// returns false with *err set on a compile or emit error.
bool CompileCases(const std::vector<GoCase>& cases, bool optimize,
                  std::string* text, std::string* err);

// Compiles every case (optimize = !-N), builds and runs the Go program.
RunResult RunGoCases(const std::vector<GoCase>& cases, bool optimize);

// All combinations of per-parameter value lists (at most `limit` rows).
std::vector<std::vector<std::string>> Cross(
    const std::vector<std::vector<std::string>>& lists, size_t limit = 400);
// Interesting values of a Go type as literals (boundaries, signs, ...).
std::vector<std::string> Interesting(const GoType& t);

bool HaveGo();

// Assembles `text` with our asm tool; returns "" or its error output.
std::string AssembleWithOurAsm(const std::string& asm_tool,
                               const std::string& text);

}  // namespace gocc::ssa::testing

#endif  // GOCC_COMPILE_SSA_E2E_UTIL_H_
