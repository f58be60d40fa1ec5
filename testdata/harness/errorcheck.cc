// errorcheck matching (see errorcheck.h). Regexps are RE2, the same syntax
// as Go's regexp package that test/run.go uses.
#include "testdata/harness/errorcheck.h"

#include <re2/re2.h>

#include <sstream>

namespace gocc::harness {

std::vector<std::string> SplitDiagnostics(const std::string& output) {
  std::vector<std::string> out;
  std::stringstream ss(output);
  for (std::string line; std::getline(ss, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] == '\t') {
      if (!out.empty()) out.back() += "\n" + line;
      continue;
    }
    if (line.rfind("#", 0) == 0 || line.rfind("go tool", 0) == 0) continue;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> CheckErrors(const std::string& source,
                                     const std::string& short_name,
                                     std::vector<std::string> diags) {
  std::vector<std::string> problems;
  static const RE2 err_rx("// (?:GC_)?ERROR (.*)");
  static const RE2 quote_rx("\"([^\"]*)\"");
  std::stringstream ss(source);
  int lineno = 0;
  for (std::string line; std::getline(ss, line);) {
    lineno++;
    if (line.find("////") != std::string::npos) continue;
    std::string all;
    if (!RE2::PartialMatch(line, err_rx, &all)) continue;
    re2::StringPiece rest(all);
    std::string rx;
    bool any = false;
    while (RE2::FindAndConsume(&rest, quote_rx, &rx)) {
      any = true;
      // LINE, LINE+n and LINE-n stand for file:line.
      std::string expanded, m;
      size_t pos = 0;
      re2::StringPiece scan(rx);
      while (RE2::FindAndConsume(&scan, "(LINE(?:[+-][0-9]+)?)", &m)) {
        size_t at = rx.find(m, pos);
        expanded += rx.substr(pos, at - pos);
        int n = lineno;
        if (m.size() > 4) n += std::stoi(m.substr(4));
        expanded += short_name + ":" + std::to_string(n);
        pos = at + m.size();
      }
      expanded += rx.substr(pos);
      RE2 re(expanded);
      std::string prefix = short_name + ":" + std::to_string(lineno) + ":";
      std::vector<std::string> on_line, others;
      for (std::string& d : diags)
        (d.rfind(prefix, 0) == 0 ? on_line : others).push_back(d);
      if (!re.ok()) {
        problems.push_back(short_name + ":" + std::to_string(lineno) +
                           ": invalid regexp \"" + rx + "\" in ERROR line");
        continue;
      }
      if (on_line.empty()) {
        problems.push_back(short_name + ":" + std::to_string(lineno) +
                           ": missing error \"" + rx + "\"");
        continue;
      }
      bool matched = false;
      for (std::string& d : on_line) {
        // Match the message, not the file name in front of it.
        std::string text = d;
        if (size_t sp = text.find(' '); sp != std::string::npos) text = text.substr(sp + 1);
        if (RE2::PartialMatch(text, re))
          matched = true;
        else
          others.push_back(d);
      }
      diags = others;
      if (!matched) {
        std::string msg = short_name + ":" + std::to_string(lineno) + ": no match for `" +
                          rx + "` in:";
        for (const std::string& d : on_line) msg += "\n\t" + d;
        problems.push_back(msg);
      }
    }
    if (!any)
      problems.push_back(short_name + ":" + std::to_string(lineno) +
                         ": invalid errchk line: " + line);
  }
  if (!diags.empty()) {
    problems.push_back("Unmatched Errors:");
    for (const std::string& d : diags) problems.push_back(d);
  }
  return problems;
}

}  // namespace gocc::harness
