// Export data (written with -export, read for imports listed in -importcfg).
// Format (text, one declaration per line, see compile/README.md):
//   gocc-export 0
//   package <name> <path>
//   const <name> <basic-type> <exact value>
//   <kind> <name>          (type, var, func: declared, type not yet encoded)
#ifndef GOCC_COMPILE_EXPORT_H_
#define GOCC_COMPILE_EXPORT_H_

#include <string>
#include <vector>

#include "compile/types.h"

namespace gocc::compile {

bool WriteExportData(const std::string& path, Package* pkg, const std::vector<Object*>& objs,
                     std::string* err);
Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, std::string* err);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_EXPORT_H_
