// Writing `ar` archives: one per package, holding its .o files, as gc keeps
// one .a per package. The format is GNU ar's deterministic mode (`ar rcSD`):
// zero timestamps and ids, mode 644, long names in a `//` table, no symbol
// index (our linker loads whole packages and needs none).
#ifndef GOCC_CMD_DRIVER_ARCHIVE_H_
#define GOCC_CMD_DRIVER_ARCHIVE_H_

#include <string>
#include <vector>

namespace gocc::driver {

struct ArchiveMember {
  std::string name;  // base name, e.g. "_go_.o"
  std::string data;
};

// Returns the archive bytes.
std::string BuildArchive(const std::vector<ArchiveMember>& members);

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_ARCHIVE_H_
