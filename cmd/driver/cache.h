// The build cache, like GOCACHE: package archives and export data stored
// under a content-derived action ID, so a package whose sources, imports,
// flags and tools have not changed is not rebuilt. Lives in
// $XDG_CACHE_HOME/gocc (or ~/.cache/gocc).
#ifndef GOCC_CMD_DRIVER_CACHE_H_
#define GOCC_CMD_DRIVER_CACHE_H_

#include <memory>
#include <string>

namespace gocc::driver {

// SHA-256 over a sequence of fields (each length-prefixed, so ("ab","c")
// and ("a","bc") differ).
class Hasher {
 public:
  Hasher();
  ~Hasher();
  void Add(const std::string& field);
  std::string HexDigest();  // 64 hex digits

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Hex SHA-256 of a file's contents, "" if it cannot be read.
std::string HashFileContents(const std::string& path);

class Cache {
 public:
  static std::string DefaultDir();
  explicit Cache(std::string dir) : dir_(std::move(dir)) {}

  // Path of an entry: DIR/ab/abcdef...-suffix.
  std::string Path(const std::string& key, const std::string& suffix) const;
  bool Has(const std::string& key, const std::string& suffix) const;
  // Copies src into the cache atomically (temp file + rename).
  bool Put(const std::string& key, const std::string& suffix,
           const std::string& src) const;

  // Content hash of a tool binary, remembered by (path, size, mtime) so the
  // multi-megabyte tools are not rehashed on every build.
  std::string ToolID(const std::string& path) const;

 private:
  std::string dir_;
};

bool ReadWholeFile(const std::string& path, std::string* out);
bool WriteFileAtomic(const std::string& path, const std::string& data, int mode);
bool MkdirAll(const std::string& path);

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_CACHE_H_
