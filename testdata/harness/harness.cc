// The testdata runner, in the style of Go's test/run.go. ctest runs it once
// per file (testdata/CMakeLists.txt registers them):
//
//   harness --gobuild BIN FILE        run the test FILE by its directive
//   harness gotests --gobuild BIN --list LIST [--goroot DIR] [--filter S]
//                                     Go's own run tests, with a summary
//
// Directives (first line of FILE):
//   // run         build with gobuild, run, compare stdout with NAME.out and
//                  the exit status (0, or `// exitcode N`); with NAME.err,
//                  compare stderr too, tracebacks normalised (traceback.h)
//   // errorcheck  the build must fail; every `// ERROR "rx"` must match a
//                  diagnostic on its line and no other diagnostic may appear
//   // skip        not run
// Expected outputs come from gc (scripts/update_golden.sh), never by hand.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "testdata/harness/errorcheck.h"
#include "testdata/harness/subprocess.h"
#include "testdata/harness/traceback.h"

namespace gocc::harness {
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

std::string Base(const std::string& p) {
  size_t s = p.rfind('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}
std::string Dir(const std::string& p) {
  size_t s = p.rfind('/');
  return s == std::string::npos ? "." : p.substr(0, s);
}
std::string Stem(const std::string& p) {
  size_t dot = p.rfind('.');
  return dot == std::string::npos ? p : p.substr(0, dot);
}

std::string Abs(const std::string& p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[4096];
  return std::string(getcwd(buf, sizeof buf) ? buf : ".") + "/" + p;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  if (from.empty()) return s;
  for (size_t i = 0; (i = s.find(from, i)) != std::string::npos; i += to.size())
    s.replace(i, from.size(), to);
  return s;
}

// The first line that differs, for a readable failure message.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::stringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; line++) {
    bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
    if (ea && eb) return "outputs differ only in the final newline";
    if (ea || eb || la != lb) {
      return "first difference at line " + std::to_string(line) + ":\n  want: " +
             (ea ? "<end of output>" : la) + "\n  got:  " + (eb ? "<end of output>" : lb);
    }
  }
}

class TempDir {
 public:
  TempDir() {
    const char* t = std::getenv("TMPDIR");
    std::string templ = std::string(t && *t ? t : "/tmp") + "/harness-XXXXXX";
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back(0);
    if (mkdtemp(buf.data())) path_ = buf.data();
  }
  ~TempDir() {
    if (!path_.empty()) RunProgram({"/bin/rm", "-rf", path_}, {}, 60);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string Directive(const std::string& src) {
  std::string first = src.substr(0, src.find('\n'));
  if (first.rfind("// ", 0) != 0) return "";
  std::string d = first.substr(3);
  return d.substr(0, d.find(' '));
}

int ExpectedExit(const std::string& src) {
  size_t at = src.find("\n// exitcode ");
  if (at == std::string::npos) return 0;
  return std::atoi(src.c_str() + at + 13);
}

void PrintCommand(const std::vector<std::string>& argv) {
  std::fprintf(stderr, "command:");
  for (const std::string& a : argv) std::fprintf(stderr, " %s", a.c_str());
  std::fprintf(stderr, "\n");
}

int RunTest(const std::string& gobuild, const std::string& file, const std::string& src,
            int timeout) {
  TempDir tmp;
  std::string exe = tmp.path() + "/prog";
  std::vector<std::string> build = {gobuild, "build", "-o", exe, file};
  RunResult b = RunProgram(build, {}, 300);
  if (b.status != 0 || b.timed_out) {
    PrintCommand(build);
    std::fprintf(stderr, "FAIL: build failed%s\n%s%s", b.timed_out ? " (timeout)" : "",
                 b.out.c_str(), b.err.c_str());
    return 1;
  }
  std::vector<std::string> run = {exe};
  RunResult r = RunProgram(run, {}, timeout, Dir(file));
  int fails = 0;
  if (r.timed_out) {
    PrintCommand(build);
    std::fprintf(stderr, "FAIL: program timed out after %ds\n", timeout);
    return 1;
  }
  int want_exit = ExpectedExit(src);
  if (r.status != want_exit) {
    std::fprintf(stderr, "FAIL: exit status %d, want %d\nstderr:\n%s", r.status, want_exit,
                 r.err.c_str());
    fails++;
  }
  std::string want_out;
  std::string out_file = Stem(file) + ".out";
  if (!ReadFile(out_file, &want_out)) {
    std::fprintf(stderr, "FAIL: missing %s (make it with scripts/update_golden.sh)\n",
                 out_file.c_str());
    fails++;
  } else if (want_out != r.out) {
    std::fprintf(stderr, "FAIL: stdout differs from %s: %s\n", Base(out_file).c_str(),
                 FirstDifference(want_out, r.out).c_str());
    fails++;
  }
  std::string want_err;
  std::string err_file = Stem(file) + ".err";
  if (ReadFile(err_file, &want_err)) {
    // Tracebacks hold directories, offsets and addresses that differ from
    // gc's: both sides are normalised (traceback.h), the rest is exact.
    std::string want = NormaliseTraceback(want_err), got = NormaliseTraceback(r.err);
    if (want != got) {
      std::fprintf(stderr, "FAIL: stderr differs from %s (tracebacks normalised): %s\n",
                   Base(err_file).c_str(), FirstDifference(want, got).c_str());
      fails++;
    }
  }
  if (fails) {
    PrintCommand(build);
    return 1;
  }
  std::printf("PASS: %s\n", Base(file).c_str());
  return 0;
}

int ErrorCheckTest(const std::string& gobuild, const std::string& file,
                   const std::string& src) {
  TempDir tmp;
  std::vector<std::string> build = {gobuild, "build", "-gcflags=-e", "-o",
                                    tmp.path() + "/prog", file};
  RunResult b = RunProgram(build, {}, 300);
  if (b.status == 0) {
    PrintCommand(build);
    std::fprintf(stderr, "FAIL: compilation succeeded unexpectedly\n");
    return 1;
  }
  std::string output = b.out + b.err;
  output = ReplaceAll(output, Dir(file) + "/", "");
  std::vector<std::string> diags = SplitDiagnostics(output);
  std::vector<std::string> problems = CheckErrors(src, Base(file), diags);
  if (!problems.empty()) {
    PrintCommand(build);
    std::fprintf(stderr, "FAIL:\n");
    for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
    std::fprintf(stderr, "compiler output:\n%s", output.c_str());
    return 1;
  }
  std::printf("PASS: %s\n", Base(file).c_str());
  return 0;
}

// Go's run tests: build FILE with gobuild, run it, and compare stdout and
// stderr together with FILE's .out (empty when there is none); exit 0.
int GoTests(const std::string& gobuild, const std::string& list, const std::string& goroot,
            const std::string& filter) {
  std::string text;
  if (!ReadFile(list, &text)) {
    std::fprintf(stderr, "cannot read %s\n", list.c_str());
    return 2;
  }
  std::map<std::string, std::vector<std::string>> failures;
  int passed = 0, failed = 0;
  std::stringstream ss(text);
  std::vector<std::string> env = {"GOOS=linux", "GOARCH=amd64"};
  for (std::string name; std::getline(ss, name);) {
    if (name.empty() || name[0] == '#') continue;
    if (!filter.empty() && name.find(filter) == std::string::npos) continue;
    std::string file = goroot + "/test/" + name;
    TempDir tmp;
    std::string exe = tmp.path() + "/prog";
    RunResult b = RunProgram({gobuild, "build", "-o", exe, file}, env, 300);
    std::string reason;
    if (b.status != 0) {
      reason = "build failed";
    } else {
      RunResult r = RunProgram({exe}, env, 60, Dir(file), true);
      std::string want;
      ReadFile(Stem(file) + ".out", &want);
      if (r.timed_out)
        reason = "timeout";
      else if (r.status != 0)
        reason = "exit status " + std::to_string(r.status);
      else if (r.out != want)
        reason = "output differs";
    }
    if (reason.empty()) {
      passed++;
    } else {
      failed++;
      failures[reason].push_back(name);
    }
  }
  for (const auto& [reason, names] : failures) {
    std::printf("%s (%zu):", reason.c_str(), names.size());
    for (const std::string& n : names) std::printf(" %s", n.c_str());
    std::printf("\n");
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: harness --gobuild BIN [--timeout SEC] FILE\n"
               "       harness gotests --gobuild BIN --list LIST [--goroot DIR] [--filter S]\n");
  return 2;
}

}  // namespace
}  // namespace gocc::harness

int main(int argc, char** argv) {
  using namespace gocc::harness;
  std::string gobuild, list, goroot = "/usr/lib/go-1.19", filter, file;
  bool gotests = false;
  int timeout = 60;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "gotests") gotests = true;
    else if (a == "--gobuild") gobuild = value();
    else if (a == "--list") list = value();
    else if (a == "--goroot") goroot = value();
    else if (a == "--filter") filter = value();
    else if (a == "--timeout") timeout = std::atoi(value().c_str());
    else if (!a.empty() && a[0] == '-') return Usage();
    else file = a;
  }
  if (gobuild.empty()) return Usage();
  if (gotests) return list.empty() ? Usage() : GoTests(gobuild, list, goroot, filter);
  if (file.empty()) return Usage();
  file = Abs(file);
  std::string src;
  if (!ReadFile(file, &src)) {
    std::fprintf(stderr, "cannot read %s\n", file.c_str());
    return 2;
  }
  std::string d = Directive(src);
  if (d == "run") return RunTest(gobuild, file, src, timeout);
  if (d == "errorcheck") return ErrorCheckTest(gobuild, file, src);
  if (d == "skip") {
    std::printf("SKIP: %s\n", file.c_str());
    return 0;
  }
  std::fprintf(stderr, "%s: unknown test directive \"%s\"\n", file.c_str(), d.c_str());
  return 2;
}
