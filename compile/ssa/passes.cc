// The pass table: the one place the back end's pass order is written
// (compile/ssa/README.md mirrors it). Compile runs it, calling the verifier
// between passes and dumping the function after a named pass.
#include "compile/ssa/passes.h"

#include <cstdlib>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "compile/ssa/verify.h"

namespace gocc::ssa {

const std::vector<Pass>& Passes() {
  static const std::vector<Pass> kPasses = {
      {"early copyelim", CopyElim, true},  // copies and trivial phis
      {"early deadcode", DeadCode, false},
      {"constfold", ConstFold, false},  // Go-exact constant folding
      {"cse", CSE, false},              // common subexpressions
      {"nilcheckelim", NilCheckElim, false},
      {"prove", Prove, false},  // repeated/constant branch checks
      {"late constfold", ConstFold, false},
      {"deadcode", DeadCode, true},  // unreachable blocks, dead values
      {"lower", Lower, true},        // generic -> amd64 ops
      {"lowered deadcode", DeadCode, true},
      {"critical", Critical, true},      // split edges that need phi moves
      {"layout", Layout, true},          // block order
      {"schedule", Schedule, true},      // value order within blocks
      {"late nilcheck", LateNilCheck, false},  // checks done by a faulting access
      {"regalloc", RegAlloc, true},      // linear scan, spills
      {"stackframe", StackFrame, true},  // frame layout
  };
  return kPasses;
}

bool Config::DefaultVerify() {
#ifndef NDEBUG
  return true;
#else
  const char* e = std::getenv("GOCC_SSA_CHECK");
  return e && std::string(e) == "1";
#endif
}

std::string Config::DefaultDump() {
  const char* e = std::getenv("GOCC_SSA_DUMP");
  return e ? e : "";
}

std::string Config::DefaultDumpFunc() {
  const char* e = std::getenv("GOCC_SSA_DUMP_FUNC");
  return e ? e : "";
}

bool ApplyDebugFlag(const std::string& flag, Config* cfg, std::string* err) {
  if (flag == "ssa/check/on") {
    cfg->verify = true;
    return true;
  }
  const std::string prefix = "ssa/", suffix = "/dump";
  if (flag.size() > prefix.size() + suffix.size() && flag.starts_with(prefix) &&
      flag.ends_with(suffix)) {
    std::string pass =
        flag.substr(prefix.size(), flag.size() - prefix.size() - suffix.size());
    bool known = pass == "all" || pass == "start";
    for (const Pass& p : Passes()) known |= pass == p.name;
    // Pass names may be written with _ for spaces (ssa/early_deadcode/dump).
    for (char& c : pass) {
      if (c == '_') c = ' ';
    }
    for (const Pass& p : Passes()) known |= pass == p.name;
    if (!known) {
      *err = "unknown ssa pass \"" + pass + "\"";
      return false;
    }
    cfg->dump_after = pass;
    return true;
  }
  *err = "unknown debug flag \"" + flag + "\"";
  return false;
}

absl::Status Compile(Func& f, const Config& cfg) {
  std::ostream& out = cfg.dump_to ? *cfg.dump_to : std::cerr;
  bool dump_this = cfg.dump_func.empty() || cfg.dump_func == f.name ||
                   cfg.dump_func == f.QualifiedName();
  auto dump = [&](const char* when) {
    out << "--- " << when << " ---\n" << f.String();
  };
  if (dump_this && (cfg.dump_after == "start" || cfg.dump_after == "all")) {
    dump("start");
  }
  if (cfg.verify) {
    if (absl::Status s = Verify(f); !s.ok()) {
      return absl::InternalError(absl::StrCat(
          f.QualifiedName(), ": ssa check before the first pass: ", s.message(),
          "\n", f.String()));
    }
  }
  for (const Pass& p : Passes()) {
    if (!cfg.optimize && !p.required) continue;
    if (absl::Status s = p.fn(f); !s.ok()) {
      if (s.code() == absl::StatusCode::kUnimplemented) return s;
      return absl::Status(s.code(), absl::StrCat(f.QualifiedName(), ": pass ",
                                                 p.name, ": ", s.message()));
    }
    if (dump_this && (cfg.dump_after == p.name || cfg.dump_after == "all")) {
      dump(p.name);
    }
    if (cfg.verify) {
      if (absl::Status s = Verify(f); !s.ok()) {
        return absl::InternalError(
            absl::StrCat(f.QualifiedName(), ": ssa check after ", p.name, ": ",
                         s.message(), "\n", f.String()));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace gocc::ssa
