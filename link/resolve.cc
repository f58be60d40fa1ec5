// Pass 2, resolve symbols: installs every global definition in the one
// symbol namespace (duplicates are errors unless one side is DUPOK, i.e.
// STB_WEAK, in which case the first definition wins, as in gc), binds the
// relocations and funcdata references that name global symbols, and applies
// -X string definitions. Undefined targets stay as undefined placeholders;
// deadcode.cc reports the reachable ones with gc's wording.
#include "absl/strings/str_format.h"
#include "link/context.h"

namespace gocc::link {



namespace {

// Binds a reference made by obj's symbol symidx.
Symbol* Bind(Context& ctx, Object* obj, uint32_t symidx, int64_t* addend) {
  const ObjSym& os = obj->syms[symidx];
  if (os.global) return ctx.Lookup(os.name);
  *addend += int64_t(os.alias_off);
  return os.def;
}

}  // namespace

void ResolveSymbols(Context& ctx) {
  DefineLinkerSymbols(ctx);
  for (const auto& obj : ctx.objects) {
    for (Symbol* s : obj->defined) {
      if (s->local) continue;
      auto it = ctx.globals.find(s->name);
      if (it == ctx.globals.end() || !it->second->defined) {
        if (it != ctx.globals.end()) {
          // Replace the placeholder everywhere it was handed out: nothing
          // refers to placeholders yet except linker-made symbols.
          it->second = s;
        } else {
          ctx.globals[s->name] = s;
        }
        continue;
      }
      Symbol* old = it->second;
      if (old->linker_made && (s->name == "runtime.firstmoduledata" ||
                               s->name == "runtime.lastmoduledatap")) {
        // The runtime declares these; the linker supplies their contents.
        old->obj = s->obj;
        continue;
      }
      if (old->dupok || s->dupok) continue;  // first definition wins
      Error(ctx, absl::StrFormat(
                     "duplicated definition of symbol %s, from %s and %s",
                     s->name, old->obj ? old->obj->path : "the linker",
                     s->obj->path));
    }
  }
  for (const auto& obj : ctx.objects) {
    for (Symbol* s : obj->defined) {
      for (Reloc& r : s->relocs)
        if (!r.target) r.target = Bind(ctx, obj.get(), r.symidx, &r.addend);
      if (!s->func) continue;
      for (size_t i = 0; i < s->func->funcdata.size(); i++) {
        const objfile::FuncDataRef& fd = s->func->funcdata[i];
        Reloc r;
        r.off = uint32_t(i);
        r.addend = fd.offset;
        if (fd.sym != 0) r.target = Bind(ctx, obj.get(), fd.sym, &r.addend);
        s->funcdata.push_back(r);
      }
    }
  }
}

// Sets the string variable name to value: a fresh read-only symbol
// name.str holds the bytes and the variable becomes {ptr, len}.
static void SetString(Context& ctx, const std::string& name,
                      const std::string& value) {
  Symbol* v = ctx.Find(name);
  if (!v || !v->defined || v->is_func) return;  // gc ignores unknown names
  if (v->size != 16) {
    Error(ctx, absl::StrFormat("%s: cannot set with -X: not a var of type "
                               "string (size %d)",
                               name, v->size));
    return;
  }
  Symbol* str = ctx.NewSymbol(name + ".str");
  str->sect = SectKind::kRodata;
  str->defined = true;
  str->local = true;
  str->linker_made = true;
  str->data.assign(value.begin(), value.end());
  str->size = value.size();
  str->align = 1;
  v->data.assign(16, 0);
  for (int i = 0; i < 8; i++) v->data[8 + i] = uint8_t(value.size() >> (8 * i));
  v->relocs.clear();
  Reloc r;
  r.off = 0;
  r.type = 1;  // R_X86_64_64
  r.target = str;
  v->relocs.push_back(r);
  if (v->sect == SectKind::kBss) v->sect = SectKind::kData;
  if (v->sect == SectKind::kNoptrbss) v->sect = SectKind::kNoptrdata;
}

void ApplyXFlags(Context& ctx) {
  bool have_version = false;
  for (const auto& [name, value] : ctx.opts.xdefs)
    if (name == "runtime.buildVersion") have_version = true;
  if (!have_version) SetString(ctx, "runtime.buildVersion", ctx.opts.go_version);
  for (const auto& [name, value] : ctx.opts.xdefs) SetString(ctx, name, value);
}

}  // namespace gocc::link
