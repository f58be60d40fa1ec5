// Build actions (see build.h).
#include "cmd/driver/build.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "cmd/driver/archive.h"

namespace gocc::driver {
namespace {

std::string Base(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Standard packages whose body-less functions the runtime provides by
// //go:linkname from its side: go build compiles them without -complete.
bool CompleteExempt(const std::string& path) {
  for (const char* p : {"bytes", "internal/poll", "net", "os", "runtime/metrics", "runtime/pprof",
                        "runtime/trace", "sync", "syscall", "time"})
    if (path == p) return true;
  return false;
}

std::string StripSuffix(const std::string& s, const std::string& suf) {
  if (s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0)
    return s.substr(0, s.size() - suf.size());
  return s;
}

std::string MakeWorkDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/gobuild-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) return "";
  return buf.data();
}

void RemoveAll(const std::string& path) {
  // The work tree holds only files we made; a shell-free recursive delete.
  std::vector<std::string> argv = {"/bin/rm", "-rf", path};
  std::string out;
  Runner(false, "").Run(argv, &out);
}

}  // namespace

bool FindToolchain(Toolchain* tc, std::string* err) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) {
    *err = "cannot find gobuild's own path";
    return false;
  }
  buf[n] = '\0';
  std::string exe = buf;
  std::string bindir = exe.substr(0, exe.rfind('/'));
  tc->root = bindir + "/../lib/gocc";
  if (char* real = realpath(tc->root.c_str(), nullptr)) {
    tc->root = real;
    std::free(real);
  } else {
    *err = "cannot find the toolchain: " + tc->root + " does not exist";
    return false;
  }
  tc->tool_dir = tc->root + "/pkg/tool/linux_amd64";
  tc->src_root = tc->root + "/src";
  return true;
}

Builder::Builder(const Toolchain& tc, const BuildOptions& opts)
    : tc_(tc),
      opts_(opts),
      cache_(Cache::DefaultDir()),
      work_(MakeWorkDir()),
      runner_(opts.print_commands, work_),
      loader_(tc.src_root) {
  if (opts_.print_commands || opts_.keep_work)
    std::fprintf(stderr, "WORK=%s\n", work_.c_str());
}

Builder::~Builder() {
  if (!opts_.keep_work && !work_.empty()) RemoveAll(work_);
}

std::string Builder::DefaultOutput(const std::vector<std::string>& args) {
  if (!args.empty() && (args[0].size() > 3 &&
                        (args[0].compare(args[0].size() - 3, 3, ".go") == 0 ||
                         args[0].compare(args[0].size() - 2, 2, ".s") == 0)))
    return StripSuffix(StripSuffix(Base(args[0]), ".go"), ".s");
  std::string dir = args.empty() ? "." : args[0];
  char* real = realpath(dir.c_str(), nullptr);
  std::string abs = real ? real : dir;
  std::free(real);
  return Base(abs);
}

bool Builder::RunTool(Package* p, const std::vector<std::string>& argv) {
  std::string out;
  int status = runner_.Run(argv, &out);
  if (!out.empty() || status != 0) {
    // `go build` puts the package's name in front of what a tool printed.
    std::fprintf(stderr, "# %s\n%s", p->display.c_str(), out.c_str());
    if (status != 0 && out.empty())
      std::fprintf(stderr, "%s: exit status %d\n", Base(argv[0]).c_str(), status);
  }
  return status == 0;
}

bool Builder::BuildPackage(Package* p) {
  bool is_main = p == loader_.Main();
  // The action ID: everything that can change this package's outputs.
  Hasher h;
  h.Add("gocc build action 1");
  h.Add(GOCC_GO_VERSION);
  h.Add(p->import_path);
  h.Add(cache_.ToolID(tc_.Tool("compile")));
  h.Add(cache_.ToolID(tc_.Tool("asm")));
  if (is_main)
    for (const std::string& f : opts_.gcflags) h.Add("gcflag " + f);
  for (const auto* files : {&p->go_files, &p->s_files}) {
    for (const std::string& f : *files) {
      h.Add(Base(f));
      h.Add(HashFileContents(f));
      // Positions (#line, pcln, DWARF) carry the absolute path.
      h.Add(f);
    }
  }
  for (Package* d : p->deps) h.Add(d->import_path + " " + id_[d]);
  std::string action = h.HexDigest();

  if (!opts_.force && cache_.Has(action, "a") && cache_.Has(action, "id")) {
    std::string id;
    ReadWholeFile(cache_.Path(action, "id"), &id);
    archive_[p] = cache_.Path(action, "a");
    export_[p] = cache_.Has(action, "export") ? cache_.Path(action, "export") : "";
    id_[p] = id;
    return true;
  }

  if (opts_.verbose) std::fprintf(stderr, "%s\n", p->display.c_str());
  char name[16];
  std::snprintf(name, sizeof name, "b%03d", next_action_++);
  std::string dir = work_ + "/" + name;
  runner_.Print("mkdir -p " + dir + "/");
  if (!MkdirAll(dir)) {
    std::fprintf(stderr, "mkdir %s: %s\n", dir.c_str(), strerror(errno));
    return false;
  }
  std::vector<ArchiveMember> members;
  std::vector<std::string> objects;
  std::string export_path;
  if (!p->go_files.empty()) {
    // Export data of every package below this one, gc's importcfg format.
    std::string cfg = "# import config\n";
    std::vector<Package*> todo = p->deps;
    std::map<Package*, bool> seen;
    while (!todo.empty()) {
      Package* d = todo.back();
      todo.pop_back();
      if (seen[d]) continue;
      seen[d] = true;
      if (!export_[d].empty())
        cfg += "packagefile " + d->import_path + "=" + export_[d] + "\n";
      for (Package* dd : d->deps) todo.push_back(dd);
    }
    std::string cfg_path = dir + "/importcfg";
    runner_.Print("cat >" + cfg_path + " << 'EOF' # internal\n" + cfg + "EOF");
    if (!WriteFileAtomic(cfg_path, cfg, 0644)) return false;
    export_path = dir + "/_pkg_.export";
    std::vector<std::string> argv = {tc_.Tool("compile"), "-o", dir + "/_go_.s",
                                     "-p", p->import_path, "-export", export_path,
                                     "-importcfg", cfg_path};
    // The package's assembly reads struct offsets and constants from
    // go_asm.h, which compile writes (gc's -asmhdr); asm gets -I dir.
    if (!p->s_files.empty()) {
      argv.push_back("-asmhdr");
      argv.push_back(dir + "/go_asm.h");
    } else if (!CompleteExempt(p->import_path)) {
      // No assembly: every function has a body or a //go:linkname, as
      // go build's -complete.
      argv.push_back("-complete");
    }
    if (is_main)
      argv.insert(argv.end(), opts_.gcflags.begin(), opts_.gcflags.end());
    argv.insert(argv.end(), p->go_files.begin(), p->go_files.end());
    if (!RunTool(p, argv)) return false;
    objects.push_back(dir + "/_go_.s");
  }
  for (const std::string& s : p->s_files) objects.push_back(s);
  for (const std::string& s : objects) {
    std::string base = StripSuffix(Base(s), ".s");
    std::string obj = dir + "/" + base + ".o";
    std::vector<std::string> argv = {tc_.Tool("asm"), "-p", p->import_path,
                                     "-I", dir, "-I", p->dir, "-o", obj, s};
    if (!RunTool(p, argv)) return false;
    ArchiveMember m;
    m.name = base + ".o";
    if (!ReadWholeFile(obj, &m.data)) {
      std::fprintf(stderr, "# %s\nopen %s: %s\n", p->display.c_str(), obj.c_str(),
                   strerror(errno));
      return false;
    }
    members.push_back(std::move(m));
  }
  std::string ar_path = dir + "/_pkg_.a";
  std::string ar_cmd = "ar rcSD " + ar_path;
  for (const ArchiveMember& m : members) ar_cmd += " " + dir + "/" + m.name;
  runner_.Print(ar_cmd);
  std::string ar = BuildArchive(members);
  if (!WriteFileAtomic(ar_path, ar, 0644)) {
    std::fprintf(stderr, "write %s: %s\n", ar_path.c_str(), strerror(errno));
    return false;
  }
  // The content ID names what dependents see: the archive and export data.
  Hasher out;
  out.Add(ar);
  std::string exp;
  if (!export_path.empty() && ReadWholeFile(export_path, &exp)) out.Add(exp);
  std::string id = out.HexDigest();
  std::string id_path = dir + "/_pkg_.id";
  runner_.Print("echo -n " + id + " >" + id_path + " # internal");
  WriteFileAtomic(id_path, id, 0644);
  // Store the outputs under the action ID; -x shows the copies so that
  // the printed script also refills the cache the link reads from.
  auto store = [&](const std::string& suffix, const std::string& src) {
    if (!cache_.Put(action, suffix, src)) return;
    runner_.Print("cp " + src + " " + cache_.Path(action, suffix) + " # internal");
  };
  store("a", ar_path);
  if (!exp.empty()) store("export", export_path);
  store("id", id_path);
  archive_[p] = cache_.Has(action, "a") ? cache_.Path(action, "a") : ar_path;
  export_[p] = exp.empty() ? ""
               : cache_.Has(action, "export") ? cache_.Path(action, "export")
                                              : export_path;
  id_[p] = id;
  return true;
}

bool Builder::Link(const std::string& out_path) {
  Package* m = loader_.Main();
  std::vector<std::string> argv = {tc_.Tool("link"), "-o", out_path};
  // A build ID derived from the inputs, like cmd/go's actionID/contentID.
  Hasher h;
  h.Add(cache_.ToolID(tc_.Tool("link")));
  for (const std::string& f : opts_.ldflags) h.Add(f);
  for (Package* p : loader_.Ordered()) h.Add(id_[p]);
  std::string digest = h.HexDigest();
  argv.push_back("-buildid=" + digest.substr(0, 20) + "/" + id_[m].substr(0, 20));
  argv.insert(argv.end(), opts_.ldflags.begin(), opts_.ldflags.end());
  // The main package first, then its dependencies, most dependent first.
  const auto& ordered = loader_.Ordered();
  for (auto it = ordered.rbegin(); it != ordered.rend(); ++it)
    argv.push_back(archive_[*it]);
  std::string out;
  int status = runner_.Run(argv, &out);
  if (!out.empty() || status != 0) {
    std::fprintf(stderr, "# %s\n%s", m->display.c_str(), out.c_str());
    if (status != 0 && out.empty())
      std::fprintf(stderr, "link: exit status %d\n", status);
  }
  // link writes its output atomically, so a failed link left nothing to
  // remove; whatever was at out_path (an older binary, /dev/null) stays, as
  // with go build.
  return status == 0;
}

bool Builder::Build(const std::string& out_path_in) {
  if (work_.empty()) {
    std::fprintf(stderr, "gobuild: cannot create a temporary directory\n");
    return false;
  }
  std::string err;
  if (!loader_.Load(opts_.args, &err)) {
    std::fprintf(stderr, "%s", err.c_str());
    return false;
  }
  for (Package* p : loader_.Ordered())
    if (!BuildPackage(p)) return false;
  std::string out_path = out_path_in;
  if (IsDirectory(out_path)) out_path += "/" + DefaultOutput(opts_.args);
  return Link(out_path);
}

}  // namespace gocc::driver
