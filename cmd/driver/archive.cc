// ar archive writer (see archive.h).
#include "cmd/driver/archive.h"

#include <cstdio>

namespace gocc::driver {
namespace {

// Appends s left-justified in a field of width w, padded with spaces.
void Field(std::string* out, const std::string& s, size_t w) {
  std::string f = s.substr(0, w);
  f.resize(w, ' ');
  *out += f;
}

void Header(std::string* out, const std::string& name, size_t size, bool plain) {
  Field(out, name, 16);
  Field(out, plain ? "" : "0", 12);  // mtime
  Field(out, plain ? "" : "0", 6);   // uid
  Field(out, plain ? "" : "0", 6);   // gid
  Field(out, plain ? "" : "644", 8); // mode
  Field(out, std::to_string(size), 10);
  *out += "`\n";
}

}  // namespace

std::string BuildArchive(const std::vector<ArchiveMember>& members) {
  std::string out = "!<arch>\n";
  std::string longnames;
  std::vector<std::string> names;
  for (const ArchiveMember& m : members) {
    if (m.name.size() <= 15) {
      names.push_back(m.name + "/");
    } else {
      names.push_back("/" + std::to_string(longnames.size()));
      longnames += m.name + "/\n";
    }
  }
  if (!longnames.empty()) {
    if (longnames.size() % 2) longnames += '\n';  // GNU counts the pad byte
    Header(&out, "//", longnames.size(), true);
    out += longnames;
  }
  for (size_t i = 0; i < members.size(); i++) {
    Header(&out, names[i], members[i].data.size(), false);
    out += members[i].data;
    if (out.size() % 2) out += '\n';
  }
  return out;
}

}  // namespace gocc::driver
