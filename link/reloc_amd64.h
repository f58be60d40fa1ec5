// One relocation, exposed for unit tests of the range checks.
#ifndef GOCC_LINK_RELOC_AMD64_H_
#define GOCC_LINK_RELOC_AMD64_H_

#include "link/context.h"

namespace gocc::link {

// Writes relocation r of symbol s (whose value is its address). gofunc and
// text are the addresses of go.func.* and runtime.text. Reports an error
// naming the file, the symbol and the target and returns false when the
// value does not fit the field.
bool ApplyReloc(Context& ctx, Symbol* s, const Reloc& r, uint64_t gofunc,
                uint64_t text);

}  // namespace gocc::link

#endif  // GOCC_LINK_RELOC_AMD64_H_
