// Fuzz target of the whole assembler: any bytes as a .s file must produce
// an object or errors, never a crash, hang or sanitizer report. Built with
// -DGOCC_FUZZ=ON (clang) it is a libFuzzer binary; otherwise it is a plain
// program that replays the files and directories given on its command line
// (the asm_fuzz_replay ctest runs Go's runtime .s files and the cmd/asm
// testdata through it).
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "asm/main.h"

namespace {

std::string InputPath() {
  static std::string path = [] {
    char tmpl[] = "/tmp/asm_fuzz_XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd >= 0) close(fd);
    std::string p = std::string(tmpl) + ".s";
    rename(tmpl, p.c_str());
    return p;
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = InputPath();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  static std::FILE* null = std::fopen("/dev/null", "w");
  gocc::assembler::AsmOptions o;
  o.input = path;
  o.builtin_include = GOCC_ASM_INCLUDE_DIR;
  std::vector<uint8_t> obj;
  gocc::assembler::Assemble(o, &obj, null, null);
  return 0;
}

#ifndef GOCC_FUZZ
// Replay mode: each argument is a file or a directory of files.
int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      std::fprintf(stderr, "asm_fuzz: cannot stat %s\n", argv[i]);
      return 2;
    }
    if (!S_ISDIR(st.st_mode)) {
      files.push_back(argv[i]);
      continue;
    }
    DIR* d = opendir(argv[i]);
    while (struct dirent* e = d ? readdir(d) : nullptr) {
      std::string p = std::string(argv[i]) + "/" + e->d_name;
      if (stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode)) files.push_back(p);
    }
    if (d) closedir(d);
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::vector<uint8_t> data((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(data.data(), data.size());
  }
  unlink(InputPath().c_str());
  std::printf("asm_fuzz: replayed %zu inputs\n", files.size());
  return 0;
}
#endif
