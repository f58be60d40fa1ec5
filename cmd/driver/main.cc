// gobuild, the driver: the `go` command's build, run and tool verbs for our
// toolchain. It runs compile, asm and link as separate processes.
#include "cmd/driver/main.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cmd/driver/build.h"
#include "cmd/driver/exec.h"
#include "cmd/driver/flags.h"

namespace gocc::driver {
namespace {

constexpr char kUsage[] =
    "gobuild is a tool for building Go programs with the gocc toolchain.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgobuild [build] [-o output] [-gcflags 'flags'] [-ldflags 'flags'] [-a] [-x] [-work] [-v] [file.go ... | dir]\n"
    "\tgobuild run [build flags] file.go... [arguments...]\n"
    "\tgobuild tool compile|asm|link [args...]\n"
    "\tgobuild version\n"
    "\tgobuild env\n";

int Tool(const Toolchain& tc, const std::vector<std::string>& args) {
  if (args.empty()) {
    for (const char* t : {"asm", "compile", "link"}) std::printf("%s\n", t);
    return 0;
  }
  const std::string& name = args[0];
  if (name != "compile" && name != "asm" && name != "link") {
    std::fprintf(stderr, "gobuild tool: no such tool \"%s\"\n", name.c_str());
    return 2;
  }
  std::vector<std::string> argv = {tc.Tool(name)};
  argv.insert(argv.end(), args.begin() + 1, args.end());
  // Replace gobuild with the tool, as `go tool` behaves.
  std::vector<char*> cargv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  execv(cargv[0], cargv.data());
  std::fprintf(stderr, "gobuild tool: %s: %s\n", argv[0].c_str(), strerror(errno));
  return 2;
}

int BuildCmd(const Toolchain& tc, const std::vector<std::string>& args) {
  BuildOptions opts;
  std::vector<std::string> rest;
  std::string err;
  if (!ParseBuildFlags(args, false, &opts, &rest, &err)) {
    std::fprintf(stderr, "%s\nusage: gobuild build [-o output] [build flags] [packages]\n",
                 err.c_str());
    return 2;
  }
  std::string out = opts.output.empty() ? Builder::DefaultOutput(opts.args) : opts.output;
  Builder b(tc, opts);
  return b.Build(out) ? 0 : 1;
}

int RunCmd(const Toolchain& tc, const std::vector<std::string>& args) {
  BuildOptions opts;
  std::vector<std::string> prog_args;
  std::string err;
  if (!ParseBuildFlags(args, true, &opts, &prog_args, &err)) {
    std::fprintf(stderr, "%s\nusage: gobuild run [build flags] file.go... [arguments...]\n",
                 err.c_str());
    return 2;
  }
  if (opts.args.empty()) {
    std::fprintf(stderr, "gobuild: no go files listed\n");
    return 1;
  }
  Builder b(tc, opts);
  std::string exe = opts.output.empty()
                        ? b.work() + "/" + Builder::DefaultOutput(opts.args)
                        : opts.output;
  if (!b.Build(exe)) return 1;
  std::vector<std::string> argv = {exe};
  argv.insert(argv.end(), prog_args.begin(), prog_args.end());
  int status = Runner::RunInteractive(argv);
  if (status != 0) {
    // As `go run`: report the status, exit 1.
    std::fprintf(stderr, "exit status %d\n", status);
    return 1;
  }
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Toolchain tc;
  std::string err;
  if (!FindToolchain(&tc, &err)) {
    std::fprintf(stderr, "gobuild: %s\n", err.c_str());
    return 2;
  }
  if (args.empty()) return BuildCmd(tc, args);
  const std::string& verb = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (verb == "build") return BuildCmd(tc, rest);
  if (verb == "run") return RunCmd(tc, rest);
  if (verb == "tool") return Tool(tc, rest);
  if (verb == "version") {
    std::printf("gobuild version %s linux/amd64\n", GOCC_GO_VERSION);
    return 0;
  }
  if (verb == "env") {
    std::printf("GOROOT=\"%s\"\nGOTOOLDIR=\"%s\"\nGOCACHE=\"%s\"\nGOOS=\"linux\"\nGOARCH=\"amd64\"\n",
                tc.root.c_str(), tc.tool_dir.c_str(), Cache::DefaultDir().c_str());
    return 0;
  }
  if (verb == "help" || verb == "-h" || verb == "-help" || verb == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!verb.empty() && verb[0] != '-' && verb.find('.') == std::string::npos &&
      verb.find('/') == std::string::npos) {
    std::fprintf(stderr, "gobuild %s: unknown command\nRun 'gobuild help' for usage.\n",
                 verb.c_str());
    return 2;
  }
  return BuildCmd(tc, args);  // `gobuild file.go` means `gobuild build file.go`
}

}  // namespace gocc::driver
