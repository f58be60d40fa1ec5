// Pass 6, apply relocations: writes every relocated field of every
// reachable symbol now that all addresses are known, with range checks.
// Types: R_X86_64_64, PC32, PLT32 (static: same as PC32), 32, 32S, the
// objects' objfile::kRelocAddrOff (u32 offset of the target from the start
// of its output section: runtime.text or runtime.types, gc's R_ADDROFF), and
// the linker's own kRelocGoFuncOff / kRelocTextOff (u32 offsets from
// go.func.* and runtime.text, used by the _func records).
#include "link/reloc_amd64.h"

#include <elf.h>

#include "absl/strings/str_format.h"
#include "link/bytes.h"

namespace gocc::link {
namespace {

const char* TypeName(uint32_t type) {
  switch (type) {
    case R_X86_64_64: return "R_X86_64_64";
    case R_X86_64_PC32: return "R_X86_64_PC32";
    case R_X86_64_PLT32: return "R_X86_64_PLT32";
    case R_X86_64_32: return "R_X86_64_32";
    case R_X86_64_32S: return "R_X86_64_32S";
    case kRelocGoFuncOff: return "funcdata offset";
    case kRelocTextOff: return "text offset";
    case objfile::kRelocAddrOff: return "section offset";
  }
  return "unknown";
}

}  // namespace

bool ApplyReloc(Context& ctx, Symbol* s, const Reloc& r, uint64_t gofunc,
                uint64_t text) {
  auto where = [&]() {
    return absl::StrFormat("%s%s+0x%x", s->obj ? s->obj->path + ": " : "",
                           s->name, r.off);
  };
  int width;
  switch (r.type) {
    case R_X86_64_64: width = 8; break;
    case R_X86_64_PC32: case R_X86_64_PLT32: case R_X86_64_32:
    case R_X86_64_32S: case kRelocGoFuncOff: case kRelocTextOff:
    case objfile::kRelocAddrOff:
      width = 4;
      break;
    default:
      Error(ctx, absl::StrFormat("%s: unsupported relocation type %d for %s",
                                 where(), r.type,
                                 r.target ? r.target->name : "?"));
      return false;
  }
  if (r.off > s->data.size() || size_t(width) > s->data.size() - r.off) {
    Error(ctx, absl::StrFormat("%s: relocation field outside the symbol",
                               where()));
    return false;
  }
  if (!r.target || !r.target->defined) {
    Error(ctx, absl::StrFormat("%s: relocation target %s not defined",
                               where(), r.target ? r.target->name : "?"));
    return false;
  }
  int64_t S, P = int64_t(s->value + r.off);
  if (__builtin_add_overflow(int64_t(r.target->value), r.addend, &S)) {
    Error(ctx, absl::StrFormat("%s: relocation addend overflows", where()));
    return false;
  }
  int64_t v;
  bool ok;
  switch (r.type) {
    case R_X86_64_64: v = S; ok = true; break;
    case R_X86_64_PC32: case R_X86_64_PLT32:
      v = S - P;
      ok = v >= INT32_MIN && v <= INT32_MAX;
      break;
    case R_X86_64_32: v = S; ok = v >= 0 && v <= int64_t(UINT32_MAX); break;
    case R_X86_64_32S: v = S; ok = v >= INT32_MIN && v <= INT32_MAX; break;
    case kRelocGoFuncOff:
      v = S - int64_t(gofunc);
      ok = v >= 0 && v < int64_t(UINT32_MAX);
      break;
    case objfile::kRelocAddrOff: {
      SectKind k = r.target->sect;
      bool placed = k == SectKind::kText || k == SectKind::kRodata;
      v = placed ? S - int64_t(ctx.sect_addr[int(k)]) : -1;
      ok = v >= 0 && v <= INT32_MAX;
      break;
    }
    default:  // kRelocTextOff
      v = S - int64_t(text);
      ok = v >= 0 && v <= int64_t(UINT32_MAX);
      break;
  }
  if (!ok) {
    Error(ctx, absl::StrFormat(
                   "%s: relocation target %s out of range (%s, value %d)",
                   where(), r.target->name, TypeName(r.type), v));
    return false;
  }
  if (width == 8)
    SetU64(&s->data, r.off, uint64_t(v));
  else
    SetU32(&s->data, r.off, uint32_t(v));
  return true;
}

void ApplyRelocations(Context& ctx) {
  uint64_t gofunc = ctx.Find("go.func.*")->value;
  uint64_t text = ctx.sect_addr[int(SectKind::kText)];
  for (const auto& s : ctx.symbols) {
    if (!s->reachable || !s->defined) continue;
    for (const Reloc& r : s->relocs) ApplyReloc(ctx, s.get(), r, gofunc, text);
  }
}

}  // namespace gocc::link
