// The matching rules of Go's test/run.go `// errorcheck`, as a library so
// they can be unit-tested: every `// ERROR "rx" ...` comment on a source line
// expects, for each quoted regexp, at least one diagnostic reported on that
// line whose message matches; a diagnostic no expectation claims is an
// error. Continuation lines (starting with a tab) belong to the diagnostic
// above them.
#ifndef GOCC_TESTDATA_HARNESS_ERRORCHECK_H_
#define GOCC_TESTDATA_HARNESS_ERRORCHECK_H_

#include <string>
#include <vector>

namespace gocc::harness {

// Splits compiler output into diagnostics, dropping `# pkg` headers and
// blank lines, joining tab-indented continuation lines.
std::vector<std::string> SplitDiagnostics(const std::string& output);

// Checks diagnostics (already shortened to "file.go:L:C: msg", with
// short_name as the file) against the ERROR comments of source. Returns the
// problems found, empty if the check passes.
std::vector<std::string> CheckErrors(const std::string& source,
                                     const std::string& short_name,
                                     std::vector<std::string> diagnostics);

}  // namespace gocc::harness

#endif
