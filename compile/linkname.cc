// //go:linkname resolution (see linkname.h).
#include "compile/linkname.h"

#include <string>

#include "compile/constant.h"

namespace gocc::compile {

namespace {

bool ImportsUnsafe(const File* f) {
  for (const Decl* d : f->decls)
    if (d->kind == DeclKind::Import && d->path && !d->path->bad &&
        DecodeStringLit(d->path->name) == "unsafe")
      return true;
  return false;
}

}  // namespace

void ResolveLinknames(const std::vector<File*>& files, Package* pkg, bool complete, Diag* diag) {
  for (File* f : files) {
    if (f->linknames.empty()) continue;
    bool unsafe = ImportsUnsafe(f);
    for (const Linkname& l : f->linknames) {
      if (!unsafe) {
        diag->Error(l.pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
        continue;
      }
      Object* o = pkg->scope->Lookup(l.local);
      if (!o || (o->kind != ObjKind::Func && o->kind != ObjKind::Var)) {
        diag->Error(l.pos, "//go:linkname must refer to declared function or variable");
        continue;
      }
      if (!o->linkname.empty()) {
        diag->Error(l.pos, "duplicate //go:linkname for " + l.local);
        continue;
      }
      o->linkname = l.remote.empty() ? pkg->path + "." + l.local : l.remote;
    }
  }
  if (!complete) return;
  for (File* f : files) {
    for (Decl* d : f->decls) {
      if (d->kind != DeclKind::Func || d->body || d->objs.empty()) continue;
      Object* o = d->objs[0];
      if (o->name == "init" && !d->recv) continue;  // the checker reported it
      if (o->linkname.empty()) diag->Error(o->pos, "missing function body");
    }
  }
}

}  // namespace gocc::compile
