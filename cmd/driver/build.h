// The build actions of gobuild: for each package in dependency order,
// compile its Go files to a .s, assemble every .s to a .o, and pack the
// objects into one archive (reusing the cache when nothing changed); then
// link the main package's archive and its dependencies into an executable.
#ifndef GOCC_CMD_DRIVER_BUILD_H_
#define GOCC_CMD_DRIVER_BUILD_H_

#include <map>
#include <string>

#include "cmd/driver/cache.h"
#include "cmd/driver/exec.h"
#include "cmd/driver/flags.h"
#include "cmd/driver/packages.h"

namespace gocc::driver {

// Where the toolchain lives: ROOT/pkg/tool/linux_amd64/{compile,asm,link}
// and ROOT/src/{runtime,std}, with ROOT = <dir of gobuild>/../lib/gocc.
struct Toolchain {
  std::string root;
  std::string tool_dir;
  std::string src_root;
  std::string Tool(const std::string& name) const { return tool_dir + "/" + name; }
};

// Finds the toolchain from the running executable's path.
bool FindToolchain(Toolchain* tc, std::string* err);

class Builder {
 public:
  Builder(const Toolchain& tc, const BuildOptions& opts);
  ~Builder();

  // Loads and builds the program named by opts.args into out_path.
  // Prints errors as `go build` does and returns false on failure, leaving
  // no output file.
  bool Build(const std::string& out_path);

  const std::string& work() const { return work_; }
  // The default output name `go build` would pick for these args.
  static std::string DefaultOutput(const std::vector<std::string>& args);

 private:
  bool BuildPackage(Package* p);
  bool RunTool(Package* p, const std::vector<std::string>& argv);
  bool Link(const std::string& out_path);

  Toolchain tc_;
  BuildOptions opts_;
  Cache cache_;
  std::string work_;
  Runner runner_;
  Loader loader_;
  int next_action_ = 1;
  std::map<Package*, std::string> archive_;  // built archive path
  std::map<Package*, std::string> export_;   // export data path ("" if none)
  std::map<Package*, std::string> id_;       // content ID of the outputs
};

}  // namespace gocc::driver

#endif  // GOCC_CMD_DRIVER_BUILD_H_
