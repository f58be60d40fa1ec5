// Emission: a compiled Func (after regalloc and stackframe) as plan9 amd64
// assembly text, the input of our asm and of gc's `go tool asm`.
#ifndef GOCC_COMPILE_SSA_EMIT_H_
#define GOCC_COMPILE_SSA_EMIT_H_

#include <string>

#include "absl/status/statusor.h"
#include "compile/ssa/func.h"

namespace gocc::ssa {

// The lines every emitted .s file starts with (#include "textflag.h").
std::string AsmFileHeader();

struct EmitOptions {
  // Package of the runtime helpers the code calls (panicdivide, panicIndex,
  // memmove, ...). Tests that link against gc's runtime, whose helpers have
  // no ABI0 entry points, point this at a package of Go stand-ins.
  std::string runtime_pkg = "runtime";
};

// One TEXT symbol with its body. Fails with Unimplemented for ops that
// emission does not support.
absl::StatusOr<std::string> EmitFunc(const Func& f,
                                     const EmitOptions& opts = {});

// Linker symbol name -> plan9 spelling: "a/b.T.m" -> "a∕b·T·m". (Emission
// spells symbols of the function's own package whose import path contains
// '.' as "·name", which gc's asm resolves through -p; such symbols of other
// packages cannot be written and are reported.)
std::string AsmSymbol(const std::string& linker_name);

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_EMIT_H_
