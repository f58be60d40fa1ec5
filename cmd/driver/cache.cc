// Build cache and hashing (see cache.h). SHA-256 comes from LLVM's Support
// library, which the toolchain links anyway.
#include "cmd/driver/cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SHA256.h"

namespace gocc::driver {

struct Hasher::Impl {
  llvm::SHA256 sha;
};

Hasher::Hasher() : impl_(std::make_unique<Impl>()) {}
Hasher::~Hasher() = default;

void Hasher::Add(const std::string& field) {
  std::string len = std::to_string(field.size()) + ":";
  impl_->sha.update(llvm::StringRef(len));
  impl_->sha.update(llvm::StringRef(field));
}

std::string Hasher::HexDigest() {
  llvm::StringRef d = impl_->sha.final();
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : d) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

bool MkdirAll(const std::string& path) {
  if (path.empty()) return true;
  struct stat st;
  if (stat(path.c_str(), &st) == 0) return S_ISDIR(st.st_mode);
  size_t slash = path.rfind('/');
  if (slash != std::string::npos && slash > 0 && !MkdirAll(path.substr(0, slash)))
    return false;
  return mkdir(path.c_str(), 0777) == 0 || errno == EEXIST;
}

bool WriteFileAtomic(const std::string& path, const std::string& data, int mode) {
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = std::fclose(f) == 0 && ok;
  if (ok) ok = chmod(tmp.c_str(), mode) == 0;
  if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) std::remove(tmp.c_str());
  return ok;
}

std::string HashFileContents(const std::string& path) {
  std::string data;
  if (!ReadWholeFile(path, &data)) return "";
  Hasher h;
  h.Add(data);
  return h.HexDigest();
}

std::string Cache::DefaultDir() {
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x)
    return std::string(x) + "/gocc";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/gocc";
  return "/tmp/gocc-cache";
}

std::string Cache::Path(const std::string& key, const std::string& suffix) const {
  return dir_ + "/" + key.substr(0, 2) + "/" + key + "-" + suffix;
}

bool Cache::Has(const std::string& key, const std::string& suffix) const {
  return access(Path(key, suffix).c_str(), R_OK) == 0;
}

bool Cache::Put(const std::string& key, const std::string& suffix,
                const std::string& src) const {
  std::string data;
  if (!ReadWholeFile(src, &data)) return false;
  std::string path = Path(key, suffix);
  if (!MkdirAll(path.substr(0, path.rfind('/')))) return false;
  return WriteFileAtomic(path, data, 0644);
}

std::string Cache::ToolID(const std::string& path) const {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "";
  Hasher k;
  k.Add(path);
  k.Add(std::to_string(st.st_size));
  k.Add(std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
  k.Add(std::to_string(st.st_ino));
  std::string key = k.HexDigest();
  std::string memo = Path(key, "toolid");
  std::string id;
  if (ReadWholeFile(memo, &id) && id.size() == 64) return id;
  id = HashFileContents(path);
  if (!id.empty() && MkdirAll(memo.substr(0, memo.rfind('/'))))
    WriteFileAtomic(memo, id, 0644);
  return id;
}

}  // namespace gocc::driver
