// Traceback normalisation for the harness's stderr comparison
// (traceback.h has the rules).
#include "testdata/harness/traceback.h"

#include <re2/re2.h>

#include <sstream>
#include <vector>

namespace gocc::harness {
namespace {

// "\t<file>:<line>" with an optional " +0xOFF" and GOTRACEBACK=2's
// " fp=0x.. sp=0x.. pc=0x..".
const RE2& FileLine() {
  static const RE2 re(
      R"(\t(?:(\S*)/)?([^/\s]+):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?)");
  return re;
}

// An already normalised runtime file line, "\t$RUNTIME/panic.go".
const RE2& RuntimeFile() {
  static const RE2 re(R"(\t\$RUNTIME/([^/\s]+))");
  return re;
}

// A frame's function line: "name(args)" with non-empty args.
const RE2& FrameWithArgs() {
  static const RE2 re(R"((\S+)\((.+)\))");
  return re;
}

const RE2& SignalPC() {
  static const RE2 re(R"((\[signal .* pc=)0x[0-9a-f]+\])");
  return re;
}

}  // namespace

std::string NormaliseTraceback(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  for (std::string l; std::getline(ss, l);) lines.push_back(l);
  bool final_newline = !text.empty() && text.back() == '\n';
  std::string out;
  for (size_t i = 0; i < lines.size(); i++) {
    std::string& l = lines[i];
    std::string dir, base, line;
    if (RE2::FullMatch(l, FileLine(), &dir, &base, &line)) {
      // The runtime's sources are gc's or ours: their lines never match.
      const std::string kRuntimeDir = "/src/runtime";
      bool runtime = dir.size() >= kRuntimeDir.size() &&
                     dir.compare(dir.size() - kRuntimeDir.size(), kRuntimeDir.size(),
                                 kRuntimeDir) == 0;
      if (runtime)
        l = "\t$RUNTIME/" + base;
      else
        l = "\t" + std::string(dir.empty() ? "" : "$DIR/") + base + ":" + line;
    } else if (RE2::FullMatch(l, RuntimeFile(), &base)) {
      l = "\t$RUNTIME/" + base;
    } else if (i + 1 < lines.size() && (RE2::FullMatch(lines[i + 1], FileLine()) ||
                                        RE2::FullMatch(lines[i + 1], RuntimeFile()))) {
      std::string name, args;
      if (RE2::FullMatch(l, FrameWithArgs(), &name, &args)) l = name + "(...)";
    } else {
      RE2::Replace(&l, SignalPC(), R"(\1PC])");
    }
    out += l;
    if (i + 1 < lines.size() || final_newline) out += '\n';
  }
  return out;
}

}  // namespace gocc::harness
