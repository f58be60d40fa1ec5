// Byte builders of buildinfo.cc, exposed for unit tests.
#ifndef GOCC_LINK_BUILDINFO_H_
#define GOCC_LINK_BUILDINFO_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace gocc::link {

// The go.buildinfo symbol's bytes (go-binary-format.md §3); modinfo is the
// tab-separated body without sentinels ("" = none).
std::vector<uint8_t> BuildinfoBytes(const std::string& version,
                                    const std::string& modinfo);
// The modinfo the linker writes when the driver gives none.
std::string DefaultModinfo(const std::string& go_version);
// The .note.go.buildid note for a build id (§2).
std::vector<uint8_t> BuildIDNote(const std::string& id);
std::array<uint8_t, 32> Sha256Sum(const uint8_t* data, size_t size);

}  // namespace gocc::link

#endif  // GOCC_LINK_BUILDINFO_H_
