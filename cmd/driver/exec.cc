// Subprocesses for gobuild (see exec.h).
#include "cmd/driver/exec.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

extern char** environ;

namespace gocc::driver {

std::string ShellQuote(const std::string& s) {
  if (s.empty()) return "''";
  bool plain = true;
  for (char c : s) {
    if (!(isalnum(static_cast<unsigned char>(c)) || strchr("-_./=:,+@%$", c))) {
      plain = false;
      break;
    }
  }
  if (plain) return s;
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::string Runner::Shorten(const std::string& s) const {
  if (work_.empty()) return s;
  std::string out;
  size_t i = 0;
  for (;;) {
    size_t j = s.find(work_, i);
    if (j == std::string::npos) break;
    out += s.substr(i, j - i) + "$WORK";
    i = j + work_.size();
  }
  return out + s.substr(i);
}

void Runner::Print(const std::string& line) const {
  if (!print_) return;
  std::string s = Shorten(line);
  std::fprintf(stderr, "%s\n", s.c_str());
}

int Runner::Run(const std::vector<std::string>& argv, std::string* output) const {
  if (print_) {
    std::string line;
    for (const std::string& a : argv) {
      if (!line.empty()) line += ' ';
      // Quote after substitution so $WORK stays expandable.
      std::string q = ShellQuote(Shorten(a));
      line += q;
    }
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    *output = std::string("pipe: ") + strerror(errno) + "\n";
    return -1;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    *output = "fork/exec " + argv[0] + ": " + strerror(rc) + "\n";
    return -1;
  }
  char buf[65536];
  for (;;) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    output->append(buf, size_t(n));
  }
  close(fds[0]);
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    *output += argv[0] + ": signal: " + strsignal(WTERMSIG(status)) + "\n";
    return 128 + WTERMSIG(status);
  }
  return WEXITSTATUS(status);
}

int Runner::RunInteractive(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (rc != 0) {
    std::fprintf(stderr, "fork/exec %s: %s\n", argv[0].c_str(), strerror(rc));
    return -1;
  }
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}

}  // namespace gocc::driver
