// Entry points of the asm stage tool (cmd/asm.cc calls Main) and of the
// assembler as a library (tests and the fuzz target call Assemble).
#ifndef GOCC_ASM_MAIN_H_
#define GOCC_ASM_MAIN_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace gocc::assembler {

struct AsmOptions {
  std::string input;                  // the .s file
  std::vector<std::string> includes;  // -I
  std::string builtin_include;        // searched last ("" = none)
  std::vector<std::string> defines;   // -D name[=value]
  std::string pkg;                    // -p ("" = not given: "main")
};

// Runs the whole pipeline on o.input. On success returns 0 and fills
// *obj_bytes with the ELF object; else prints errors to errs and returns 2.
// listing, if not null, receives the -S listing.
int Assemble(const AsmOptions& o, std::vector<uint8_t>* obj_bytes,
             std::FILE* errs, std::FILE* listing);

// Runs the tool on a command line and returns the process exit status.
int Main(int argc, char** argv);

}  // namespace gocc::assembler

#endif
