// Encoding conformance against gc's own assembler test data: every line of
// $GOROOT/src/cmd/asm/internal/asm/testdata/amd64enc.s and amd64enc_extra.s
// that carries expected bytes (`INSTR operands // hex [or hex...]`) and whose
// mnemonic matches a regex of testdata/amd64enc-core.txt must encode, through
// ParseOperands + Encode, to one of the expected byte strings.
//
// usage: amd64enc_conformance_test <core-regex-file> <exceptions-file> [-v]
//        amd64enc_conformance_test -encode < statements   (prints stmt, hex)
// Prints "N/M lines pass" and the failures; exits 1 if a failing line is not
// listed in the exceptions file, or if the Go test data is missing. Lines
// outside the subset are encoded too: they may be rejected, but encoding one
// to bytes gc does not accept fails the test.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "asm/amd64/encode.h"
#include "asm/amd64/operand.h"

namespace amd64 = gocc::assembler::amd64;
using gocc::assembler::Addr;
using gocc::assembler::Prog;

namespace {

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string GoRoot() {
  if (const char* env = std::getenv("GOROOT"); env != nullptr && *env) return env;
  std::string out;
  if (FILE* f = popen("go env GOROOT 2>/dev/null", "r")) {
    char buf[512];
    while (fgets(buf, sizeof buf, f)) out += buf;
    pclose(f);
  }
  out = Trim(out);
  return out.empty() ? "/usr/lib/go-1.19" : out;
}

std::string Hex(const std::vector<uint8_t>& b) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (uint8_t x : b) {
    s.push_back(d[x >> 4]);
    s.push_back(d[x & 15]);
  }
  return s;
}

// Encodes one statement "MNEMONIC operands"; returns hex or "error: ...".
std::string EncodeLine(const std::string& stmt) {
  std::string_view mn, ops;
  if (!amd64::SplitStatement(stmt, &mn, &ops)) return "error: no mnemonic";
  std::vector<Addr> args;
  std::string err;
  int col = 0;
  if (!amd64::ParseOperands(ops, &args, &err, &col, amd64::ModeFor(mn)))
    return "error: " + err + " (col " + std::to_string(col) + ")";
  Prog p;
  p.as = std::string(mn);
  if (!args.empty()) {
    p.to = args.back();
    if (args.size() >= 2) p.from = args.front();
    for (size_t i = 1; i + 1 < args.size(); i++) p.rest.push_back(args[i]);
  }
  amd64::Encoding enc;
  err = amd64::Encode(p, &enc);
  if (!err.empty()) return "error: " + err;
  return Hex(enc.bytes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "-encode") {
    // Developer mode: encode statements from stdin, print "stmt<TAB>hex".
    for (std::string line; std::getline(std::cin, line);)
      if (!Trim(line).empty()) std::cout << Trim(line) << "\t" << EncodeLine(Trim(line)) << "\n";
    return 0;
  }
  if (argc < 3) {
    std::cerr << "usage: amd64enc_conformance_test <core-regex-file> <exceptions-file> [-v]\n";
    return 2;
  }
  bool verbose = argc > 3 && std::string(argv[3]) == "-v";
  std::ifstream core(argv[1]);
  if (!core) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 1;
  }
  std::vector<std::regex> res;
  for (std::string line; std::getline(core, line);) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    res.emplace_back(line, std::regex::extended);
  }
  std::set<std::string> exceptions;
  std::ifstream exc(argv[2]);
  for (std::string line; std::getline(exc, line);) {
    size_t hash = line.find('#');
    line = Trim(line.substr(0, hash));
    if (!line.empty()) exceptions.insert(line);
  }

  std::string dir = GoRoot() + "/src/cmd/asm/internal/asm/testdata/";
  int total = 0, pass = 0, unexpected = 0;
  // Lines outside the core subset: an error ("invalid instruction") is
  // acceptable there, different bytes never are.
  int other = 0, other_pass = 0, other_wrong = 0;
  for (const char* name : {"amd64enc.s", "amd64enc_extra.s"}) {
    std::ifstream in(dir + name);
    if (!in) {
      std::cerr << "FAIL: cannot read " << dir << name
                << ": Go's source tree is missing; install golang-1.19-src "
                   "(or set GOROOT to a Go 1.19 tree with src/)\n";
      return 1;
    }
    int lineno = 0;
    for (std::string line; std::getline(in, line);) {
      lineno++;
      size_t cpos = line.find("//");
      if (cpos == std::string::npos || line.empty() || (line[0] != ' ' && line[0] != '\t'))
        continue;
      std::string stmt = Trim(line.substr(0, cpos));
      std::string expect = Trim(line.substr(cpos + 2));
      if (stmt.empty() || !(stmt[0] >= 'A' && stmt[0] <= 'Z')) continue;
      if (expect.empty() || expect.find_first_not_of("0123456789abcdef or") != std::string::npos)
        continue;
      std::string mn = stmt.substr(0, stmt.find_first_of(" \t"));
      bool in_core = false;
      for (const std::regex& re : res)
        if (std::regex_match(mn, re)) in_core = true;
      std::vector<std::string> alts;
      std::istringstream ss(expect);
      for (std::string w; ss >> w;)
        if (w != "or") alts.push_back(w);
      std::string got = EncodeLine(stmt);
      bool ok = false;
      for (const std::string& a : alts) ok |= a == got;
      if (!in_core) {
        other++;
        if (ok) {
          other_pass++;
        } else if (got.rfind("error: ", 0) != 0) {
          other_wrong++;
          std::cout << name << ":" << lineno << ": " << stmt << ": WRONG BYTES " << got
                    << ", want " << expect << "\n";
        }
        continue;
      }
      total++;
      if (ok) {
        pass++;
        continue;
      }
      bool excepted = exceptions.count(stmt) > 0;
      if (!excepted) unexpected++;
      if (!excepted || verbose)
        std::cout << name << ":" << lineno << ": " << stmt << ": got " << got << ", want "
                  << expect << (excepted ? " (listed exception)" : "") << "\n";
    }
  }
  std::cout << "outside the core subset: " << other_pass << "/" << other
            << " lines pass, " << other_wrong << " encode to wrong bytes, the rest are rejected\n";
  std::cout << pass << "/" << total << " lines pass\n";
  if (total == 0) {
    std::cerr << "FAIL: no test lines found\n";
    return 1;
  }
  return unexpected == 0 && other_wrong == 0 ? 0 : 1;
}
