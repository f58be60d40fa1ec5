// Pass 5b, synthesize runtime.firstmoduledata (gc's 552-byte moduledata,
// go-binary-format.md §5.3), runtime.lastmoduledatap (&firstmoduledata)
// and runtime.textsectionmap (one text section). Addresses are written as
// R_X86_64_64 relocations, so this runs before data layout; the relocation
// pass fills them in. gcdata/gcbss stay nil: we emit no GC programs yet.
#include <elf.h>

#include "link/bytes.h"
#include "link/context.h"

namespace gocc::link {
namespace {

class Builder {
 public:
  Builder(Context& ctx, Symbol* s, size_t size) : ctx_(ctx), s_(s) {
    s->data.assign(size, 0);
    s->size = size;
    s->align = SymAlign(size);
    s->relocs.clear();
  }
  // An address: sym + addend at off.
  void Addr(size_t off, const char* sym, int64_t addend = 0) {
    Reloc r;
    r.off = uint32_t(off);
    r.type = R_X86_64_64;
    r.target = ctx_.Find(sym);
    r.addend = addend;
    s_->relocs.push_back(r);
  }
  void U64(size_t off, uint64_t v) { SetU64(&s_->data, off, v); }
  // A slice {sym + addend, len, cap}.
  void Slice(size_t off, const char* sym, int64_t addend, uint64_t len) {
    Addr(off, sym, addend);
    U64(off + 8, len);
    U64(off + 16, len);
  }

 private:
  Context& ctx_;
  Symbol* s_;
};

}  // namespace

void BuildModuledata(Context& ctx) {
  const auto& p = ctx.pcln;
  Builder m(ctx, ctx.Find("runtime.firstmoduledata"), 0x228);
  m.Addr(0x000, "runtime.pcheader");
  m.Slice(0x008, "runtime.pcheader", p.funcname, p.funcname_len);
  m.Slice(0x020, "runtime.pcheader", p.cu, p.cu_len);  // byte size: gc quirk
  m.Slice(0x038, "runtime.pcheader", p.file, p.file_len);
  m.Slice(0x050, "runtime.pcheader", p.pc, p.pc_len);
  m.Slice(0x068, "runtime.pcheader", p.func, p.func_len);
  m.Slice(0x080, "runtime.pcheader", p.func, p.nfunc + 1);
  m.Addr(0x098, "runtime.findfunctab");
  m.Addr(0x0a0, "runtime.text");  // minpc: the first function is at text
  m.Addr(0x0a8, "runtime.etext");
  m.Addr(0x0b0, "runtime.text");
  m.Addr(0x0b8, "runtime.etext");
  m.Addr(0x0c0, "runtime.noptrdata");
  m.Addr(0x0c8, "runtime.enoptrdata");
  m.Addr(0x0d0, "runtime.data");
  m.Addr(0x0d8, "runtime.edata");
  m.Addr(0x0e0, "runtime.bss");
  m.Addr(0x0e8, "runtime.ebss");
  m.Addr(0x0f0, "runtime.noptrbss");
  m.Addr(0x0f8, "runtime.enoptrbss");
  m.Addr(0x100, "runtime.end");
  // 0x108 gcdata, 0x110 gcbss: nil.
  m.Addr(0x118, "runtime.types");
  m.Addr(0x120, "runtime.etypes");
  m.Addr(0x128, "runtime.rodata");
  m.Addr(0x130, "go.func.*");
  m.Slice(0x138, "runtime.textsectionmap", 0, 1);
  m.Slice(0x150, "runtime.typelink", 0, ctx.typelink_count);
  m.Slice(0x168, "runtime.itablink", 0, ctx.itablink_count);
  Symbol* main = ctx.Find("main.main");
  ctx.Find("runtime.firstmoduledata")->data[0x1e8] =
      main && main->defined ? 1 : 0;  // hasmain

  Builder last(ctx, ctx.Find("runtime.lastmoduledatap"), 8);
  last.Addr(0, "runtime.firstmoduledata");

  // textsect {vaddr (offset from text), end, baseaddr}.
  Builder tsm(ctx, ctx.Find("runtime.textsectionmap"), 24);
  tsm.U64(8, ctx.sect_size[int(SectKind::kText)]);
  tsm.Addr(16, "runtime.text");
}

}  // namespace gocc::link
