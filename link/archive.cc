// Pass 1, load inputs: the `ar` archive reader. A package archive (gc's .a)
// holds one or more of our ELF objects; every member is loaded, as gc loads
// whole packages, and dead-code elimination drops what is not used.
// Handles the System V/GNU format ("/" symbol index, "//" long-name table,
// "name/" and "/offset" names) and BSD "#1/len" names.
#include <cstring>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "link/context.h"

namespace gocc::link {
namespace {

constexpr size_t kHeaderSize = 60;

// A fixed-width decimal header field, space padded.
bool ParseDecimal(const uint8_t* p, size_t n, uint64_t* out) {
  std::string s(reinterpret_cast<const char*>(p), n);
  size_t end = s.find_last_not_of(' ');
  if (end == std::string::npos) return false;
  s.resize(end + 1);
  return absl::SimpleAtoi(s, out);
}

}  // namespace

bool ReadArchive(Context& ctx, const std::string& path, const uint8_t* data,
                 size_t size) {
  auto fail = [&](const std::string& msg) {
    Error(ctx, absl::StrFormat("%s: %s", path, msg));
    return false;
  };
  std::string longnames;
  size_t off = 8;
  int members = 0;
  while (off < size) {
    if (size - off < kHeaderSize) return fail("truncated archive header");
    const uint8_t* h = data + off;
    if (h[58] != '`' || h[59] != '\n') return fail("bad archive header");
    uint64_t len;
    if (!ParseDecimal(h + 48, 10, &len)) return fail("bad archive member size");
    off += kHeaderSize;
    if (len > size - off) return fail("truncated archive member");
    std::string name(reinterpret_cast<const char*>(h), 16);
    name.erase(name.find_last_not_of(' ') + 1);
    const uint8_t* body = data + off;
    size_t body_len = len;
    if (name == "/" || name == "/SYM64/" || name == "__.SYMDEF" ||
        name == "__.SYMDEF SORTED" || name == "__.PKGDEF") {
      name.clear();  // index or Go export data: skip
    } else if (name == "//") {
      longnames.assign(reinterpret_cast<const char*>(body), body_len);
      name.clear();
    } else if (name.size() > 1 && name[0] == '/') {
      uint64_t lo;
      if (!absl::SimpleAtoi(name.substr(1), &lo) || lo >= longnames.size())
        return fail("bad archive long member name");
      size_t e = longnames.find('\n', lo);
      if (e == std::string::npos) e = longnames.size();
      name = longnames.substr(lo, e - lo);
      if (!name.empty() && name.back() == '/') name.pop_back();
    } else if (name.rfind("#1/", 0) == 0) {
      uint64_t nl;
      if (!absl::SimpleAtoi(name.substr(3), &nl) || nl > body_len)
        return fail("bad BSD archive member name");
      name.assign(reinterpret_cast<const char*>(body), nl);
      name.erase(name.find('\0') == std::string::npos ? name.size()
                                                       : name.find('\0'));
      body += nl;
      body_len -= nl;
    } else if (!name.empty() && name.back() == '/') {
      name.pop_back();
    }
    if (!name.empty()) {
      if (!ReadObject(ctx, absl::StrFormat("%s(%s)", path, name), body,
                      body_len))
        return false;
      members++;
    }
    off += len;
    if (off & 1) off++;  // members are 2-byte aligned
  }
  (void)members;
  return true;
}

}  // namespace gocc::link
