// link: the static ELF linker, like `go tool link`. It reads our ELF .o
// files and `ar` archives of them and writes a static linux/amd64
// executable with gc's layout and tables. This file parses the command line
// and runs the passes, in the one order written below (mirrored in
// link/README.md); each pass lives in its own file. After every pass the
// collected errors are printed and the link stops with status 2, leaving no
// output file.
#include "link/main.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_format.h"
#include "link/context.h"

#ifndef GOCC_GO_VERSION
#error "GOCC_GO_VERSION must be defined by link/CMakeLists.txt"
#endif

namespace gocc::link {

void Error(Context& ctx, const std::string& msg) { ctx.errors.push_back(msg); }

namespace {

constexpr char kUsage[] =
    "usage: link [options] main.o [archives...]\n"
    "  -o file        write output to file\n"
    "  -L dir         add dir to the library search path\n"
    "  -s             disable symbol table (implies -w)\n"
    "  -w             disable DWARF generation\n"
    "  -buildid id    record id as the Go toolchain build id\n"
    "  -X name=value  set the string variable name to value\n"
    "  -E entry       set entry symbol name\n"
    "  -T address     set text segment address\n"
    "  -v             print link trace (pass times)\n";

int Usage(const std::string& msg) {
  if (!msg.empty()) std::fprintf(stderr, "%s\n", msg.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

// Parses Go-style flags: -name value, -name=value, --name.
bool ParseFlags(int argc, char** argv, Options* o, std::string* err) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") {
      i++;
      break;
    }
    if (a.size() < 2 || a[0] != '-') break;
    std::string name = a.substr(a[1] == '-' ? 2 : 1), value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    auto bool_flag = [&](bool* b) {
      *b = !has_value || value == "true" || value == "1";
      return true;
    };
    auto arg = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= argc) {
        *err = "flag needs an argument: -" + name;
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "s") {
      bool_flag(&o->strip_all);
    } else if (name == "w") {
      bool_flag(&o->strip_dwarf);
    } else if (name == "v") {
      bool_flag(&o->verbose);
    } else if (name == "o") {
      if (!arg()) return false;
      o->output = value;
    } else if (name == "L") {
      if (!arg()) return false;
      o->libdirs.push_back(value);
    } else if (name == "buildid") {
      if (!arg()) return false;
      o->buildid = value;
      o->have_buildid = true;
    } else if (name == "X") {
      if (!arg()) return false;
      size_t eq = value.find('=');
      if (eq == std::string::npos || value.find('.') > eq) {
        *err = "-X flag requires argument of the form importpath.name=value";
        return false;
      }
      o->xdefs.push_back({value.substr(0, eq), value.substr(eq + 1)});
    } else if (name == "E") {
      if (!arg()) return false;
      o->entry = value;
    } else if (name == "T") {
      if (!arg()) return false;
      char* end = nullptr;
      o->text_addr = std::strtoull(value.c_str(), &end, 0);
      if (value.empty() || *end != '\0' || o->text_addr % 32 != 0 ||
          o->text_addr < 0x401000 || (o->text_addr & 0xfff) != 0) {
        *err = "invalid -T address " + value +
               " (want a page-aligned address >= 0x401000)";
        return false;
      }
    } else {
      *err = "flag provided but not defined: -" + name;
      return false;
    }
  }
  for (; i < argc; i++) o->inputs.push_back(argv[i]);
  if (o->inputs.empty()) {
    *err = "no input files";
    return false;
  }
  if (o->output.empty()) o->output = "a.out";
  return true;
}

}  // namespace

int Main(int argc, char** argv) {
  Context ctx;
  ctx.opts.go_version = GOCC_GO_VERSION;
  std::string err;
  if (!ParseFlags(argc, argv, &ctx.opts, &err)) return Usage(err);

  // The passes, in order (link/README.md lists the same).
  struct Pass {
    const char* name;
    void (*run)(Context&);
  };
  static constexpr Pass kPasses[] = {
      {"loadinputs", [](Context& c) { LoadInputs(c); }},
      {"resolve", [](Context& c) { ResolveSymbols(c); ApplyXFlags(c); }},
      {"deadcode", DeadCode},
      {"typelinks", BuildTypelinks},
      {"layouttext", [](Context& c) { PlanSections(c); LayoutText(c); }},
      {"pclntab", [](Context& c) { BuildPclntab(c); BuildFindFuncTab(c); }},
      {"moduledata", BuildModuledata},
      {"buildinfo", [](Context& c) { BuildBuildinfo(c); BuildBuildID(c); }},
      {"layoutdata", LayoutData},
      {"reloc", ApplyRelocations},
      {"dwarf", BuildDwarf},
      {"symtab", [](Context& c) { if (!c.opts.strip_all) BuildSymtab(c); }},
      {"output", [](Context& c) { WriteOutput(c); }},
  };
  auto start = std::chrono::steady_clock::now();
  for (const Pass& p : kPasses) {
    auto t0 = std::chrono::steady_clock::now();
    p.run(ctx);
    if (ctx.opts.verbose) {
      std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
      std::fprintf(stderr, "%.6fs %s\n", d.count(), p.name);
    }
    if (!ctx.errors.empty()) {
      for (const std::string& e : ctx.errors) std::fprintf(stderr, "%s\n", e.c_str());
      return 2;
    }
  }
  if (ctx.opts.verbose) {
    std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
    std::fprintf(stderr, "%.6fs total\n", d.count());
  }
  return 0;
}

}  // namespace gocc::link
