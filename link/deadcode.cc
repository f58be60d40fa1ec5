// Pass 3, dead-code elimination: marks every symbol reachable from the
// entry symbol and the runtime's roots through relocations and funcdata,
// as gc's deadcode pass does (without methods: we have no itabs yet).
// Unreachable atoms are not laid out. A reachable reference to a symbol
// nobody defines is reported here, in gc's words:
//   main.main: relocation target main.foo not defined
#include <set>

#include "absl/strings/str_format.h"
#include "link/context.h"

namespace gocc::link {

void DeadCode(Context& ctx) {
  std::vector<Symbol*> work;
  auto mark = [&](Symbol* s) {
    if (s && s->defined && !s->reachable) {
      s->reachable = true;
      work.push_back(s);
    }
  };
  Symbol* entry = ctx.Find(ctx.opts.entry);
  if (!entry || !entry->defined) {
    Error(ctx, absl::StrFormat("entry symbol %s not defined", ctx.opts.entry));
    return;
  }
  mark(entry);
  for (const char* root : {"main.main", "main..inittask", "runtime.buildVersion",
                           "runtime.modinfo"})
    mark(ctx.Find(root));
  for (const auto& s : ctx.symbols)
    if (s->linker_made && s->defined && !s->local) mark(s.get());
  std::set<std::pair<Symbol*, Symbol*>> reported;
  auto edge = [&](Symbol* from, Symbol* to) {
    if (!to) return;
    if (!to->defined) {
      if (reported.insert({from, to}).second)
        Error(ctx,
              absl::StrFormat("%s%s: relocation target %s not defined",
                              from->obj ? from->obj->path + ": " : "",
                              from->name, to->name));
      return;
    }
    mark(to);
  };
  while (!work.empty()) {
    Symbol* s = work.back();
    work.pop_back();
    for (const Reloc& r : s->relocs) edge(s, r.target);
    // A funcdata symbol nobody defines (an asm function's args_stackmap
    // without a Go declaration) is absent, not an error, as in gc.
    for (const Reloc& r : s->funcdata)
      if (r.target && r.target->defined) mark(r.target);
  }
}

}  // namespace gocc::link
