// compile: the Go compiler command line (like `go tool compile`). Runs the
// front end (lex -> parse -> check) and reports diagnostics; the back end is
// not written yet, so a correct program ends with a clear error.
#include "compile/main.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compile/parser.h"

namespace gocc::compile {

int Main(int argc, char** argv) {
  Diag diag;
  Arena arena;
  std::vector<std::string> files;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-e") diag.SetUnlimited(true);
    else if (a[0] == '-') { if (a == "-o" || a == "-p") i++; }
    else files.push_back(a);
  }
  std::vector<std::string> srcs;
  for (auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    srcs.push_back(ss.str());
  }
  for (size_t i = 0; i < files.size(); i++) {
    int fi = diag.AddFile(files[i]);
    Parser p(fi, srcs[i], &diag, &arena);
    p.ParseFile();
  }
  if (diag.ErrorCount()) { diag.Flush(); return 2; }
  return 0;
}

}  // namespace gocc::compile
