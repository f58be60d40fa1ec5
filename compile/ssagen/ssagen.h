// The compiler's back-end driver (phase 4): from the type-checked syntax
// tree of one package to plan9 amd64 assembly text. For every function it
// builds SSA (builder.h), runs the SSA back end's pass pipeline
// (compile/ssa/passes.h) and emission (compile/ssa/emit.h); it adds the
// package's data (variables, string literals, type descriptors) and the
// package initializer, and writes gc's -asmhdr header.
#ifndef GOCC_COMPILE_SSAGEN_SSAGEN_H_
#define GOCC_COMPILE_SSAGEN_SSAGEN_H_

#include <string>
#include <vector>

#include "compile/ast.h"
#include "compile/check.h"
#include "compile/source.h"
#include "compile/types.h"

namespace gocc::ssagen {

struct Options {
  std::string output;     // -o: the .s file (written atomically)
  std::string asmhdr;     // -asmhdr: go_asm.h to write ("" = none)
  bool optimize = true;   // false with -N
  bool print_asm = false; // -S: also print the assembly on stdout
};

// Generates code for a package that type-checked without errors. Reports
// problems through diag (gc's file:line:col format) and returns the
// process exit status (0 on success, 2 on errors). Writes no output file
// when it fails.
int Generate(compile::Diag* diag, compile::Package* pkg,
             const std::vector<compile::File*>& files,
             const std::vector<compile::Object*>& pkg_objs,
             const std::vector<compile::Initializer>& var_inits,
             const Options& opts);

// The -asmhdr text for a package (gc's go_asm.h): `#define const_NAME v`
// for constants, `#define T__size n` and `#define T_field off` for structs.
std::string AsmHeader(compile::Package* pkg,
                      const std::vector<compile::Object*>& pkg_objs);

}  // namespace gocc::ssagen

#endif  // GOCC_COMPILE_SSAGEN_SSAGEN_H_
