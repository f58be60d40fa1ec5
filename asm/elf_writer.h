// The ELF writer, the last stage: lays the ObjFile's symbols out in sections
// and writes an ELF64 ET_REL object as objfile/README.md specifies (.text,
// .rodata, .data, .noptrdata, .bss, .noptrbss, .go.funcinfo, .rela.*,
// .symtab, .strtab). Our own writer, byte-for-byte deterministic.
#ifndef GOCC_ASM_ELF_WRITER_H_
#define GOCC_ASM_ELF_WRITER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "asm/diag.h"
#include "asm/obj.h"

namespace gocc::assembler {

// Builds the object file image. file_name goes into the STT_FILE symbol;
// files is the CU file table for .go.funcinfo. Returns false after reporting
// errors (undefined file-local symbols, ...).
bool BuildELF(ObjFile* obj, const std::string& file_name,
              const std::vector<std::string>& files, Diag* diag,
              std::vector<uint8_t>* out);

// Writes data to path through a temporary file in the same directory and a
// rename, so no partial output is ever left. Returns "" or an error message.
std::string WriteFileAtomic(const std::string& path,
                            const std::vector<uint8_t>& data);

}  // namespace gocc::assembler

#endif  // GOCC_ASM_ELF_WRITER_H_
