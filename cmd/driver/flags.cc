// gobuild's flag parsing (see flags.h).
#include "cmd/driver/flags.h"

namespace gocc::driver {

bool SplitQuoted(const std::string& s, std::vector<std::string>* out,
                 std::string* err) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
    if (i >= s.size()) break;
    std::string field;
    if (s[i] == '\'' || s[i] == '"') {
      char q = s[i++];
      size_t end = s.find(q, i);
      if (end == std::string::npos) {
        *err = std::string("unterminated ") + q + " string";
        return false;
      }
      field = s.substr(i, end - i);
      i = end + 1;
    } else {
      while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
        field += s[i++];
    }
    out->push_back(field);
  }
  return true;
}

bool ParseBuildFlags(const std::vector<std::string>& argv, bool stop_at_arg,
                     BuildOptions* opts, std::vector<std::string>* rest,
                     std::string* err) {
  size_t i = 0;
  for (; i < argv.size(); i++) {
    std::string a = argv[i];
    if (a == "--") {
      i++;
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      if (stop_at_arg) break;
      opts->args.push_back(a);
      continue;
    }
    std::string name = a.substr(a[1] == '-' ? 2 : 1);
    std::string value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    auto need_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= argv.size()) {
        *err = "flag needs an argument: -" + name;
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "o") {
      if (!need_value()) return false;
      opts->output = value;
    } else if (name == "gcflags" || name == "ldflags") {
      if (!need_value()) return false;
      std::vector<std::string> fields;
      if (!SplitQuoted(value, &fields, err)) {
        *err = "invalid value \"" + value + "\" for flag -" + name + ": " + *err;
        return false;
      }
      (name == "gcflags" ? opts->gcflags : opts->ldflags) = fields;
    } else if (name == "a" || name == "x" || name == "work" || name == "v") {
      bool on = !has_value || value == "true" || value == "1";
      if (has_value && !on && value != "false" && value != "0") {
        *err = "invalid boolean value \"" + value + "\" for -" + name;
        return false;
      }
      if (name == "a") opts->force = on;
      if (name == "x") opts->print_commands = on;
      if (name == "work") opts->keep_work = on;
      if (name == "v") opts->verbose = on;
    } else {
      *err = "flag provided but not defined: -" + name;
      return false;
    }
  }
  if (!stop_at_arg) {
    for (; i < argv.size(); i++) opts->args.push_back(argv[i]);
    return true;
  }
  // `gobuild run a.go b.go args...`: the leading .go/.s files are the
  // program (or a single directory), the rest is its command line.
  auto is_source = [](const std::string& a) {
    return (a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0) ||
           (a.size() > 2 && a.compare(a.size() - 2, 2, ".s") == 0);
  };
  if (i < argv.size() && !is_source(argv[i])) {
    opts->args.push_back(argv[i++]);
  } else {
    while (i < argv.size() && is_source(argv[i])) opts->args.push_back(argv[i++]);
  }
  for (; i < argv.size(); i++) rest->push_back(argv[i]);
  return true;
}

}  // namespace gocc::driver
