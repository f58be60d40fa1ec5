// The -S listing, printed after layout and pcln: for every symbol a header
// line, each Prog as "offset (file:line) instruction", the hex dump of the
// bytes and the relocations, in the format of `go tool asm -S`.
#ifndef GOCC_ASM_LISTING_H_
#define GOCC_ASM_LISTING_H_

#include <cstdio>
#include <string>

#include "asm/diag.h"
#include "asm/obj.h"

namespace gocc::assembler {

void PrintListing(const ObjFile& obj, const Diag& diag, std::FILE* out);

// One operand in plan9 syntax ("8(SP)", "$1", "runtime.f(SB)", "AX").
std::string FormatAddr(const Addr& a, const std::vector<Prog>* progs);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_LISTING_H_
