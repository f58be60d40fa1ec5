// The one place where the statement parser calls the amd64 operand parser
// (amd64/operand.h), and where symbol names get their final spelling: a
// leading "." (current package, from "·f") becomes "<pkg>.", and file-local
// symbols keep a "<>" suffix (objfile/README.md).
#ifndef GOCC_ASM_OPERAND_BRIDGE_H_
#define GOCC_ASM_OPERAND_BRIDGE_H_

#include <string>

#include "asm/prog.h"

namespace gocc::assembler {

// Parses the text of one operand; branch selects the branch-target syntax
// (sym(SB) is a kBranch), pseudo the directive syntax (bare constants are
// kConst). Returns false and sets *err (gc's wording) and *err_col (0-based
// offset in text) on a malformed operand.
bool ParseOperandText(const std::string& text, bool branch, bool pseudo,
                      const std::string& pkg, Addr* out, std::string* err,
                      int* err_col);

// The linker name of a symbol as the operand parser spells it.
std::string LinkerName(const std::string& sym, AddrName name,
                       const std::string& pkg);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_OPERAND_BRIDGE_H_
