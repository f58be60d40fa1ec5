// asm: the plan9 amd64 assembler, like `go tool asm`. This file is the
// driver: command-line flags, then the passes in order (asm/README.md):
//
//   1. preprocess  lex.cc         tokens; #include, #define, #ifdef, #line
//   2. parse       parse.cc       statements -> Prog lists (TEXT) and DATA/GLOBL
//   3. frame       frame.cc       frame size, stack split, prologue/epilogue,
//                                 FP/SP pseudo-registers, SPWRITE
//   4. layout      layout.cc      pcs, branch relaxation, encoding (amd64/)
//   5. pcln        pcln.cc        pcsp/pcfile/pcln/pcdata, funcdata, funcID
//   6. listing     listing.cc     -S
//   7. ELF         elf_writer.cc  the .o (objfile/README.md)
//
// Any error stops the run before the .o is written: no output is left.
#include "asm/main.h"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "asm/diag.h"
#include "asm/elf_writer.h"
#include "asm/frame.h"
#include "asm/layout.h"
#include "asm/lex.h"
#include "asm/listing.h"
#include "asm/obj.h"
#include "asm/parse.h"
#include "asm/pcln.h"

#ifndef GOCC_ASM_INCLUDE_DIR
#define GOCC_ASM_INCLUDE_DIR ""
#endif

namespace gocc::assembler {
namespace {

struct Flags {
  std::string out;
  std::vector<std::string> includes;
  std::vector<std::string> defines;
  std::string pkg;
  bool pkg_given = false;
  bool listing = false;
  std::string input;
};

void Usage() {
  std::fprintf(stderr,
               "usage: asm [options] file.s\n"
               "Flags:\n"
               "  -D name[=value]  predefine symbol with optional simple value\n"
               "  -I dir           include directory (repeatable)\n"
               "  -S               print assembly and machine code\n"
               "  -o file          write output to file (default file.o)\n"
               "  -p path          set expected package import path\n");
}

// Go-style flags: -name value, -name=value, --name; -S is boolean.
bool ParseFlags(int argc, char** argv, Flags* f) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") {
      i++;
      break;
    }
    if (a.size() < 2 || a[0] != '-') break;
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::string value;
    bool has_value = false;
    size_t eq = name.find('=');
    if (eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    if (name == "S") {
      if (has_value && value != "true" && value != "false" && value != "1" &&
          value != "0") {
        std::fprintf(stderr, "invalid boolean value \"%s\" for -S\n", value.c_str());
        return false;
      }
      f->listing = !has_value || value == "true" || value == "1";
      continue;
    }
    if (name != "o" && name != "I" && name != "D" && name != "p") {
      std::fprintf(stderr, "flag provided but not defined: -%s\n", name.c_str());
      return false;
    }
    if (!has_value) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "flag needs an argument: -%s\n", name.c_str());
        return false;
      }
      value = argv[++i];
    }
    if (name == "o") f->out = value;
    if (name == "I") f->includes.push_back(value);
    if (name == "D") f->defines.push_back(value);
    if (name == "p") {
      f->pkg = value;
      f->pkg_given = true;
    }
  }
  if (argc - i != 1) return false;
  f->input = argv[i];
  return true;
}

// The built-in include dir (textflag.h, funcdata.h): pkg/include next to the
// tool directory, as gc keeps $GOROOT/pkg/include, else the source tree's.
std::string BuiltinIncludeDir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    std::string exe = buf;
    std::string dir = exe.substr(0, exe.rfind('/'));
    std::string cand = dir + "/../../include";
    if (access((cand + "/textflag.h").c_str(), R_OK) == 0) return cand;
  }
  return GOCC_ASM_INCLUDE_DIR;
}

std::string DefaultOutput(const std::string& input) {
  std::string base = input.substr(input.rfind('/') == std::string::npos
                                      ? 0
                                      : input.rfind('/') + 1);
  if (base.size() > 2 && base.compare(base.size() - 2, 2, ".s") == 0)
    base.resize(base.size() - 2);
  return base + ".o";
}

}  // namespace

int Assemble(const AsmOptions& o, std::vector<uint8_t>* obj_bytes,
             std::FILE* errs, std::FILE* listing) {
  Diag diag(errs);
  std::vector<std::string> dirs = o.includes;
  if (!o.builtin_include.empty()) dirs.push_back(o.builtin_include);
  Preprocessor pp(&diag, dirs);
  pp.Define("GOOS_linux", "1");
  pp.Define("GOARCH_amd64", "1");
  pp.Define("GOAMD64_v1", "1");
  for (const std::string& d : o.defines) {
    size_t eq = d.find('=');
    std::string name = d.substr(0, eq);
    std::string value = eq == std::string::npos ? "1" : d.substr(eq + 1);
    if (!pp.Define(name, value)) {
      diag.Fatal("parsing -D: \"" + name + "\" is not a valid identifier name");
      return 2;
    }
  }
  ObjFile obj;
  obj.pkg = o.pkg.empty() ? "main" : o.pkg;
  obj.pkg_given = !o.pkg.empty();
  // 1-2. preprocess + parse.
  if (pp.Open(o.input)) Parse(&pp, &diag, &obj);
  if (diag.Count() > 0) return 2;
  // 3-5. frame, layout, pcln per symbol.
  FileTable files(&diag);
  // Parse errors stopped the run above; later errors are collected over all
  // symbols (up to Diag::kMaxErrors).
  for (size_t i = 0, n = obj.syms.size(); i < n; i++)
    if (obj.syms[i]->kind == LSym::kText) FloatConstants(&obj, obj.syms[i].get());
  for (auto& up : obj.syms) {
    if (diag.Stopped()) break;
    LSym* s = up.get();
    if (s->kind == LSym::kData) {
      FinishData(s, &diag);
      continue;
    }
    int before = diag.Count();
    Frame(s, &diag);
    if (diag.Count() > before || !Layout(s, &diag)) continue;
    BuildPcln(s, &files, obj.pkg_given ? obj.pkg : "", &diag);
  }
  if (diag.Count() > 0) return 2;
  // 6. listing.
  if (listing) PrintListing(obj, diag, listing);
  // 7. ELF.
  if (!BuildELF(&obj, o.input, files.files(), &diag, obj_bytes)) return 2;
  return diag.Count() > 0 ? 2 : 0;
}

int Main(int argc, char** argv) {
  Flags f;
  if (argc < 2 || !ParseFlags(argc, argv, &f)) {
    Usage();
    return 2;
  }
  AsmOptions o;
  o.input = f.input;
  o.includes = f.includes;
  o.builtin_include = BuiltinIncludeDir();
  o.defines = f.defines;
  o.pkg = f.pkg;
  std::string out = f.out.empty() ? DefaultOutput(f.input) : f.out;
  std::vector<uint8_t> bytes;
  int rc = Assemble(o, &bytes, stderr, f.listing ? stdout : nullptr);
  if (rc == 0) {
    std::string err = WriteFileAtomic(out, bytes);
    if (!err.empty()) {
      std::fprintf(stderr, "asm: %s\n", err.c_str());
      rc = 2;
    }
  }
  if (rc != 0) {
    std::fprintf(stderr, "asm: assembly of %s failed\n", f.input.c_str());
    return 2;
  }
  return 0;
}

}  // namespace gocc::assembler
