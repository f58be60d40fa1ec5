// Pass 3b, .typelink and .itablink (go-binary-format.md §1.4): after
// deadcode, runtime.typelink lists the reachable type descriptors gc lists
// (unnamed pointer, array, chan, func, map, slice and struct types) as u32
// offsets from runtime.types, sorted by type string, and runtime.itablink
// lists the addresses of the reachable go.itab.* symbols. Both are written
// as relocations (objfile::kRelocAddrOff, R_X86_64_64), so the reloc pass
// fills them in once .rodata is laid out; moduledata takes their lengths
// from typelink_count/itablink_count.
#include <elf.h>

#include <algorithm>

#include "absl/strings/match.h"
#include "link/context.h"
#include "objfile/funcinfo.h"

namespace gocc::link {
namespace {

// runtime._type fields read here (runtime/type.go).
constexpr size_t kTflagOff = 20, kKindOff = 23, kStrOff = 40, kTypeHeader = 48;
constexpr uint8_t kTflagNamed = 4, kTflagExtraStar = 2;

// The type string of a descriptor: the name its str field refers to
// (runtime.name: flags byte, varint length, bytes), without the extra star.
std::string TypeString(const Symbol* s) {
  for (const Reloc& r : s->relocs) {
    if (r.off != kStrOff || !r.target || !r.target->defined) continue;
    const std::vector<uint8_t>& d = r.target->data;
    size_t i = size_t(r.addend) + 1, n = 0;
    for (int shift = 0; i < d.size(); shift += 7) {
      n |= size_t(d[i] & 0x7f) << shift;
      if (!(d[i++] & 0x80)) break;
    }
    if (i > d.size() || n > d.size() - i) return "";
    std::string str(d.begin() + long(i), d.begin() + long(i + n));
    if ((s->data[kTflagOff] & kTflagExtraStar) && !str.empty()) str.erase(0, 1);
    return str;
  }
  return "";
}

// A type descriptor's symbol: gc's `type.<name>`, or compile's names for
// unnamed composite types (`type..ptr.`, `type..slice.`, `type..arrayN.`,
// `type..anon.`); the other `type..` symbols are name data, equality
// functions and such.
bool IsDescriptor(const std::string& name) {
  if (!absl::StartsWith(name, "type.")) return false;
  if (!absl::StartsWith(name, "type..")) return true;
  return absl::StartsWith(name, "type..ptr.") || absl::StartsWith(name, "type..slice.") ||
         absl::StartsWith(name, "type..array") || absl::StartsWith(name, "type..anon.");
}

bool Listed(const Symbol* s) {
  if (!IsDescriptor(s->name) || s->sect != SectKind::kRodata || s->data.size() < kTypeHeader)
    return false;
  if (s->data[kTflagOff] & kTflagNamed) return false;
  switch (s->data[kKindOff] & 31) {
    case 17: case 18: case 19: case 21: case 22: case 23: case 25:
      return true;
  }
  return false;
}

}  // namespace

void SortTypeDescriptors(std::vector<Symbol*>* syms) {
  std::vector<size_t> slots;
  std::vector<std::pair<std::string, Symbol*>> types;
  for (size_t i = 0; i < syms->size(); i++) {
    Symbol* s = (*syms)[i];
    if (!IsDescriptor(s->name) || s->data.size() < kTypeHeader) continue;
    slots.push_back(i);
    // gc's symbol name: ours for named types, type.<string> for the others.
    bool named = s->data[kTflagOff] & kTflagNamed;
    types.push_back({named ? s->name : "type." + TypeString(s), s});
  }
  std::stable_sort(types.begin(), types.end(), [](const auto& a, const auto& b) {
    if (a.second->size != b.second->size) return a.second->size < b.second->size;
    return a.first < b.first;
  });
  for (size_t i = 0; i < slots.size(); i++) (*syms)[slots[i]] = types[i].second;
}

void BuildTypelinks(Context& ctx) {
  std::vector<std::pair<std::string, Symbol*>> types;
  std::vector<Symbol*> itabs;
  for (const auto& s : ctx.symbols) {
    if (!s->reachable || !s->defined || s->linker_made) continue;
    if (Listed(s.get())) types.push_back({TypeString(s.get()), s.get()});
    if (absl::StartsWith(s->name, "go.itab.")) itabs.push_back(s.get());
  }
  std::stable_sort(types.begin(), types.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  Symbol* tl = ctx.Find("runtime.typelink");
  tl->data.assign(4 * types.size(), 0);
  tl->size = tl->data.size();
  tl->align = 4;
  tl->reachable = true;
  for (size_t i = 0; i < types.size(); i++) {
    Reloc r;
    r.off = uint32_t(4 * i);
    r.type = objfile::kRelocAddrOff;
    r.target = types[i].second;
    tl->relocs.push_back(r);
  }
  ctx.typelink_count = types.size();
  Symbol* il = ctx.Find("runtime.itablink");
  il->data.assign(8 * itabs.size(), 0);
  il->size = il->data.size();
  il->align = 8;
  il->reachable = true;
  for (size_t i = 0; i < itabs.size(); i++) {
    Reloc r;
    r.off = uint32_t(8 * i);
    r.type = R_X86_64_64;
    r.target = itabs[i];
    il->relocs.push_back(r);
  }
  ctx.itablink_count = itabs.size();
}

}  // namespace gocc::link
