// The normalisation the harness applies to a `// run` test's stderr before
// comparing it with NAME.err: what a Go traceback holds that can never match
// byte for byte between gc's runtime and ours (directories, code offsets,
// program counters, argument words) is rewritten to a fixed form, and
// everything else (the panic message, the goroutine header, every frame's
// function name, file base name and line number, their order) must still
// match exactly. testdata/README.md documents the rules.
#ifndef GOCC_TESTDATA_HARNESS_TRACEBACK_H_
#define GOCC_TESTDATA_HARNESS_TRACEBACK_H_

#include <string>

namespace gocc::harness {

// Rewrites, line by line:
//   "\t/any/dir/NAME.go:LINE +0xHEX[ fp=.. sp=.. pc=..]"  ->  "\t$DIR/NAME.go:LINE"
//   "\t<goroot>/src/runtime/NAME.go:LINE +0xHEX"          ->  "\t$RUNTIME/NAME.go"
//     (gc's runtime sources and ours: the line numbers cannot match)
//   "pkg.f(0x1, 0x2?)" (a frame: the next line is a file line)  ->  "pkg.f(...)"
//   "[signal SIG...: ... pc=0xHEX]"                      ->  "... pc=PC]"
// A frame without arguments, "pkg.f()", is kept as it is. Idempotent, so an
// already normalised NAME.err passes through unchanged.
std::string NormaliseTraceback(const std::string& text);

}  // namespace gocc::harness

#endif
