// Fuzz target of the front end (lexer -> parser -> branch checks -> type
// checker): any bytes as one Go source file must give a typed tree or
// diagnostics, never a crash, hang or sanitizer report. Imports are accepted
// as opaque packages (as with -fakeimports) so the checker runs on every
// input. Built with -DGOCC_FUZZ=ON (clang) it is a libFuzzer binary;
// otherwise it is a program that replays the files and directories named on
// its command line (the compile_fuzz_replay ctest runs the seed corpus,
// compile/testdata/fuzz/, through it), and with -mutate it also replays
// 8 prefix truncations and 8 byte mutations of each file. With -diag it
// prints each file's diagnostics as compile does and exits 1 if there were
// any (scripts/go_typecheck_run.sh uses it to type-check Go's run tests).
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "compile/check.h"
#include "compile/parser.h"

namespace {

using namespace gocc::compile;

// Replay -diag: the file name to report with, and the error count.
const char* g_diag_name = nullptr;
int g_diag_errors = 0;

void RunFrontEnd(std::string_view src) {
  Diag diag;
  diag.SetUnlimited(true);
  Arena arena;
  int fi = diag.AddFile(g_diag_name ? g_diag_name : "fuzz.go");
  struct Report {
    Diag* d;
    ~Report() {
      if (!g_diag_name) return;
      g_diag_errors += d->ErrorCount();
      d->Flush();
    }
  } report{&diag};
  {
    // The token stream alone, as -dump=tokens drives it.
    Diag d2;
    Lexer lx(fi, src, &d2);
    for (int n = 0; lx.Next(), lx.tok != Tok::Eof && n < (1 << 22); n++) {
    }
  }
  Parser p(fi, src, &diag, &arena);
  File* f = p.ParseFile();
  if (!f || diag.SyntaxErrorCount() > 0) return;
  Universe* u = MakeUniverse(&arena);
  Package* pkg = arena.New<Package>();
  pkg->path = "fuzz";
  pkg->name = f->pkg_name ? f->pkg_name->name : "p";
  pkg->scope = arena.New<Scope>();
  pkg->scope->parent = u->scope;
  ImportFunc import = [&](const std::string& path, Pos) -> Package* {
    Package* ip = arena.New<Package>();
    ip->path = path;
    size_t slash = path.rfind('/');
    ip->name = slash == std::string::npos ? path : path.substr(slash + 1);
    ip->scope = arena.New<Scope>();
    ip->fake = true;
    return ip;
  };
  Checker checker(&diag, &arena, u, pkg, import);
  checker.CheckFiles({f});
  (void)checker.InitOrder();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  RunFrontEnd(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

#ifndef GOCC_FUZZ
// Replay mode: each argument is a file or a directory of files (walked
// recursively); -mutate adds truncations and byte mutations of each file.
namespace {

void Collect(const std::string& path, std::vector<std::string>* files) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return;
  if (!S_ISDIR(st.st_mode)) {
    files->push_back(path);
    return;
  }
  DIR* d = opendir(path.c_str());
  while (struct dirent* e = d ? readdir(d) : nullptr) {
    if (e->d_name[0] == '.') continue;
    Collect(path + "/" + e->d_name, files);
  }
  if (d) closedir(d);
}

}  // namespace

int main(int argc, char** argv) {
  bool mutate = false, diag = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    if (std::strcmp(argv[i], "-mutate") == 0) {
      mutate = true;
      continue;
    }
    if (std::strcmp(argv[i], "-diag") == 0) {
      diag = true;
      continue;
    }
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      std::fprintf(stderr, "fuzz_parser: cannot stat %s\n", argv[i]);
      return 2;
    }
    Collect(argv[i], &files);
  }
  std::sort(files.begin(), files.end());
  size_t runs = 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (diag) g_diag_name = f.c_str();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    g_diag_name = nullptr;
    runs++;
    if (!mutate) continue;
    // Truncations at 8 evenly spaced points and deterministic byte flips.
    for (int k = 1; k < 8; k++) {
      size_t n = data.size() * k / 8;
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), n);
      runs++;
    }
    static const char kBytes[] = "{}()[];,.:=\"'`/*\n\x80\xff\0";
    uint32_t seed = static_cast<uint32_t>(data.size()) * 2654435761u;
    for (int k = 0; k < 8 && !data.empty(); k++) {
      std::string m = data;
      seed = seed * 1103515245u + 12345u;
      size_t at = (seed >> 8) % m.size();
      m[at] = kBytes[(seed >> 3) % (sizeof kBytes - 1)];
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(m.data()), m.size());
      runs++;
    }
  }
  if (!diag) std::printf("fuzz_parser: replayed %zu inputs from %zu files\n", runs, files.size());
  return g_diag_errors > 0 ? 1 : 0;
}
#endif
