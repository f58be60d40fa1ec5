// libFuzzer target for the linker's input side: one object file or archive
// goes through every pass up to (not including) writing the output, so
// malformed sections, symbols, relocations and .go.funcinfo tables reach
// the reader, the resolver, the table builders and DWARF. The linker must
// report an error or succeed; it must never crash, hang or read out of
// bounds. Built with -DGOCC_FUZZ=ON under clang; objreader_fuzz_replay.cc
// runs it over the seed corpus (testdata/link/fuzz) in ordinary builds.
#include <cstdint>
#include <cstring>

#include "link/context.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gocc::link;
  Context ctx;
  ctx.opts.go_version = "go1.19-fuzz";
  bool ok = size >= 8 && std::memcmp(data, "!<arch>\n", 8) == 0
                ? ReadArchive(ctx, "fuzz.a", data, size)
                : ReadObject(ctx, "fuzz.o", data, size);
  if (!ok) return 0;
  ResolveSymbols(ctx);
  if (!ctx.errors.empty()) return 0;
  // Enter at the first global function, as if it were _rt0_amd64_linux.
  ctx.opts.entry.clear();
  for (const auto& obj : ctx.objects)
    for (const Symbol* s : obj->defined)
      if (ctx.opts.entry.empty() && s->is_func && !s->local)
        ctx.opts.entry = s->name;
  if (ctx.opts.entry.empty()) return 0;
  for (void (*pass)(Context&) :
       {ApplyXFlags, DeadCode, PlanSections, LayoutText, BuildPclntab,
        BuildFindFuncTab, BuildModuledata, BuildBuildinfo, BuildBuildID,
        LayoutData, ApplyRelocations, BuildDwarf, BuildSymtab}) {
    pass(ctx);
    if (!ctx.errors.empty()) return 0;
  }
  return 0;
}
