// pcln: after layout. Builds a TEXT symbol's objfile::FuncInfo: the pc-value
// tables pcsp (SP offset from entry, from Prog::spadj), pcfile and pcln (from
// each Prog's position, which #line markers may have set), the PCDATA tables,
// the FUNCDATA slots, funcID (by name, funcid.def), the _func flag bits and
// deferreturn. The object's file table (the CU's files) is built on the way.
#ifndef GOCC_ASM_PCLN_H_
#define GOCC_ASM_PCLN_H_

#include <map>
#include <string>
#include <vector>

#include "asm/diag.h"
#include "asm/obj.h"

namespace gocc::assembler {

// The object's file table, in pcfile order: absolute paths.
class FileTable {
 public:
  explicit FileTable(const Diag* diag) : diag_(diag) {}
  int Index(int diag_file);  // adds on first use
  const std::vector<std::string>& files() const { return files_; }

 private:
  const Diag* diag_;
  std::map<int, int> index_;
  std::vector<std::string> files_;
};

// Fills s->info (except info.sym and funcdata symbol indices, which the ELF
// writer assigns) and s->funcdata. If pkg is not empty (asm -p), functions of
// that package get gc's automatic FUNCDATA $0, f.args_stackmap and FUNCDATA
// $5, f.arginfo0 unless they declare those slots themselves (the compiler
// makes both symbols from the Go declaration). Returns false after errors.
bool BuildPcln(LSym* s, FileTable* files, const std::string& pkg, Diag* diag);

// funcID of a TEXT symbol by name and flags (runtime/symtab.go values).
uint8_t FuncIDOf(const std::string& name, uint32_t flags);

// Absolute form of path (relative to the working directory), cleaned.
std::string AbsPath(const std::string& path);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_PCLN_H_
