// Pieces of dwarf.cc exposed for unit tests.
#ifndef GOCC_LINK_DWARF_H_
#define GOCC_LINK_DWARF_H_

#include <cstdint>
#include <vector>

#include "objfile/funcinfo.h"

namespace gocc::link {

// A .debug_line row: from pc (offset in the function) on, file index and
// line, merged from the pcfile and pcln tables; a row only where either
// changes.
struct LineRow {
  uint32_t pc;
  int32_t file;
  int32_t line;
};
std::vector<LineRow> LineRows(const objfile::FuncInfo& fi);

// gc's .debug_frame CIE, and an FDE for one function from its pcsp table.
std::vector<uint8_t> FrameCIE();
void AppendFDE(std::vector<uint8_t>* b, uint64_t addr, uint64_t size,
               const std::vector<uint8_t>& pcsp);

}  // namespace gocc::link

#endif  // GOCC_LINK_DWARF_H_
