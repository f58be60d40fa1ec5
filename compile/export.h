// Export data (phase 3 output, written with -export; read back for imports
// listed in -importcfg). A deterministic line-oriented text format that
// carries every package-level object with its full type: a package table, a
// type table (named types with their underlying types and methods, struct
// layouts with embedded fields and tags, signatures, interfaces) and the
// objects. compile/README.md documents the grammar.
//
// Named types keep their identity across export files: all reads of one
// compilation share an ImportContext, so T of package b reached through
// a's export data and through b's own is the same Type.
#ifndef GOCC_COMPILE_EXPORT_H_
#define GOCC_COMPILE_EXPORT_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "compile/types.h"

namespace gocc::compile {

// State shared by all imports of one compilation.
struct ImportContext {
  // Packages by path, including those only referenced by another package's
  // export data (Package::complete is false until their own data is read).
  std::map<std::string, Package*> packages;
  // Named types by (package path, type name).
  std::map<std::pair<std::string, std::string>, Type*> named;
};

// The export data of pkg: the exported ones of objs (its package-level
// objects), with every type they reach, exported or not. As in gc, an
// unexported package-level name is then `undefined: a.x` to importers.
std::string ExportDataString(Package* pkg, const std::vector<Object*>& objs);
// Writes ExportDataString to path atomically (temporary file + rename).
bool WriteExportData(const std::string& path, Package* pkg, const std::vector<Object*>& objs,
                     std::string* err);

// Parses export data text for the package at import path `path`. Returns
// null with *err set on malformed data (never crashes on bad input).
Package* ParseExportData(const std::string& data, const std::string& path, Arena* arena,
                         Universe* u, ImportContext* ctx, std::string* err);
// Reads the export data file `file` (as listed in the importcfg).
Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, ImportContext* ctx, std::string* err);
// As above with a private context (no identity shared with other imports).
Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, std::string* err);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_EXPORT_H_
