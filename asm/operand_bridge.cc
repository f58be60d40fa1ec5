// Calls the amd64 operand parser and fixes up symbol names
// (asm/operand_bridge.h).
#include "asm/operand_bridge.h"

#if __has_include("asm/amd64/operand.h")
#include "asm/amd64/operand.h"
#define GOCC_HAVE_OPERAND_PARSER 1
#endif

namespace gocc::assembler {

std::string LinkerName(const std::string& sym, AddrName name,
                       const std::string& pkg) {
  std::string s = sym;
  if (!s.empty() && s[0] == '.') s = pkg + s;
  if (name == AddrName::kStatic &&
      (s.size() < 2 || s.compare(s.size() - 2, 2, "<>") != 0))
    s += "<>";
  return s;
}

bool ParseOperandText(const std::string& text, bool branch, bool pseudo,
                      const std::string& pkg, Addr* out, std::string* err,
                      int* err_col) {
  *err_col = 0;
#ifndef GOCC_HAVE_OPERAND_PARSER
  (void)text, (void)branch, (void)pseudo, (void)pkg, (void)out;
  *err = "asm was built without the amd64 operand parser (asm/amd64/operand.h)";
  return false;
#else
  std::vector<Addr> addrs;
  amd64::OperandMode mode = branch   ? amd64::OperandMode::kBranch
                            : pseudo ? amd64::OperandMode::kPseudo
                                     : amd64::OperandMode::kNormal;
  if (!amd64::ParseOperands(text, &addrs, err, err_col, mode)) return false;
  if (addrs.size() != 1) {
    *err = addrs.empty() ? "missing operand" : "unexpected ',' in operand";
    return false;
  }
  *out = addrs[0];
  if (!out->sym.empty()) out->sym = LinkerName(out->sym, out->name, pkg);
  return true;
#endif
}

}  // namespace gocc::assembler
