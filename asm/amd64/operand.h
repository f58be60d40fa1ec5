// The plan9 amd64 operand parser: turns the operand text of one statement
// (everything after the mnemonic, macros already expanded by the
// preprocessor) into Addrs (asm/prog.h). It knows only operand syntax; the
// caller resolves labels, rewrites FP/pseudo-SP and prefixes the package
// path of ".name" symbols.
//
// Forms (go-binary-format.md §7.1-7.3):
//   AX, X3, g (= R14)           kReg
//   DX:AX                       kRegPair (reg, reg2)
//   $123, $(5*8), $'a', $~15    kConst (offset)
//   $1.5, $-2.0e3               kFConst (fval)
//   $"str"                      kSConst (sval)
//   off(R)(I*s), (I*s), 8(SP)   kMem, name kNone (off may be an expression)
//   sym+8(SB), sym<>(SB)        kMem, name kExtern / kStatic, reg SB
//   x+8(FP), x-8(SP)            kMem, name kParam / kAuto, reg FP / SP
//   (TLS), 8(TLS), 0(R)(TLS*1)  kMem with reg or index TLS (the encoder maps
//                               them to FS:-8+off)
//   FS:off, GS:off              kMem, segment set, no base (an extension)
//   123 (bare constant)         kMem at an absolute address, as gc does;
//                               in kPseudo and kText mode it is kConst
//   $sym(SB), $8(SP)            kAddr (the address of the kMem form)
//   label                       kBranch, sym = label, name kNone
//   2(PC)                       kBranch, reg PC, offset 2 (caller resolves)
//   sym(SB) in kBranch mode     kBranch, sym, name kExtern / kStatic
//   $16-24, $-8, $0 (kText)     kTextSize (offset = frame, val2 = args or
//                               kArgsUnknown); only as the last TEXT operand
//   sym+0(SB)/8 (DATA)          kMem with val2 = 8 (the width after '/')
// Symbols: U+00B7 '·' becomes '.', U+2215 '∕' becomes '/'; a name starting
// with '·' keeps a leading '.' ("current package"). ABI selectors
// sym<ABI0>(SB) / sym<ABIInternal>(SB) are accepted and dropped.
#ifndef GOCC_ASM_AMD64_OPERAND_H_
#define GOCC_ASM_AMD64_OPERAND_H_

#include <string>
#include <string_view>
#include <vector>

#include "asm/prog.h"

namespace gocc::assembler::amd64 {

enum class OperandMode : uint8_t {
  kNormal,  // instructions
  kBranch,  // JMP, Jcc, CALL, LOOP...: sym(SB) is a kBranch target
  kPseudo,  // DATA, GLOBL, PCDATA, FUNCDATA: bare constants are kConst
  kText,    // TEXT: like kPseudo, and the last $operand is kTextSize
};

// The mode to parse mnemonic as's operands with.
OperandMode ModeFor(std::string_view as);

// Parses the comma-separated operands in text. On error returns false with
// gc's message in *err and, in *err_col, the 0-based byte offset in text
// where the problem is (the caller adds the column where text starts).
bool ParseOperands(std::string_view text, std::vector<Addr>* out, std::string* err,
                   int* err_col, OperandMode mode = OperandMode::kNormal);

// Splits one statement (no label, no comment) into the mnemonic (upper-case
// letters and digits) and the operand text after it. Returns false if the
// statement does not start with a mnemonic.
bool SplitStatement(std::string_view stmt, std::string_view* mnemonic,
                    std::string_view* operands);

// Converts a plan9 symbol spelling to the linker's: '·' -> '.', '∕' -> '/'.
std::string CanonicalSymbol(std::string_view name);

}  // namespace gocc::assembler::amd64

#endif  // GOCC_ASM_AMD64_OPERAND_H_
