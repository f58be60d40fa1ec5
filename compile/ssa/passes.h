// The back end's entry point: Compile runs the ordered pass table
// (passes.cc) over one Func, verifying and dumping as configured; Emit
// (emit.h) then prints the result.
#ifndef GOCC_COMPILE_SSA_PASSES_H_
#define GOCC_COMPILE_SSA_PASSES_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "compile/ssa/func.h"

namespace gocc::ssa {

struct Config {
  // false = -N: only the required passes run.
  bool optimize = true;
  // Run the verifier after every pass. Default: on in debug builds, or when
  // the environment has GOCC_SSA_CHECK=1.
  bool verify = DefaultVerify();
  // Dump the function after the named pass ("all" = after every pass;
  // "start" = before the first). Default: $GOCC_SSA_DUMP. The compile
  // driver maps -d ssa/<pass>/dump onto this.
  std::string dump_after = DefaultDump();
  // Restrict dumps to this function name (pkg.name or name); empty = all.
  std::string dump_func = DefaultDumpFunc();
  std::ostream* dump_to = nullptr;  // default std::cerr

  static bool DefaultVerify();
  static std::string DefaultDump();
  static std::string DefaultDumpFunc();
};

// Applies one -d flag of the form ssa/<pass>/dump (dump after <pass>) or
// ssa/check/on (verify between passes). Returns false, with *err set, for a
// malformed flag or an unknown pass name.
bool ApplyDebugFlag(const std::string& flag, Config* cfg, std::string* err);

// One row of the pass table.
struct Pass {
  const char* name;
  absl::Status (*fn)(Func&);
  bool required;  // runs even with -N
};
const std::vector<Pass>& Passes();

// Runs every pass (the required ones only when !cfg.optimize). Errors are
// "not implemented" reports or internal errors naming the pass.
absl::Status Compile(Func& f, const Config& cfg);

// The passes themselves (one file each).
absl::Status CopyElim(Func& f);
absl::Status DeadCode(Func& f);
absl::Status ConstFold(Func& f);
absl::Status CSE(Func& f);
absl::Status NilCheckElim(Func& f);
absl::Status Prove(Func& f);
absl::Status Lower(Func& f);
absl::Status Critical(Func& f);
absl::Status Layout(Func& f);
absl::Status Schedule(Func& f);
absl::Status LateNilCheck(Func& f);
absl::Status RegAlloc(Func& f);
absl::Status StackFrame(Func& f);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_PASSES_H_
