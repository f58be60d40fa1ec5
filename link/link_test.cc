// Unit tests of the linker's passes on objects made by the test ELF writer
// (link/testing/elf_builder.h): symbol resolution, relocation range checks,
// the pclntab encoder, findfunctab, buildinfo bytes (against gc's), the
// build-id note, the archive reader and the DWARF line rows.
#include <elf.h>

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "link/buildinfo.h"
#include "link/context.h"
#include "link/dwarf.h"
#include "link/reloc_amd64.h"
#include "link/testing/elf_builder.h"

namespace gocc::link {
namespace {

using testing::BuildArchive;
using testing::ObjBuilder;

uint32_t U32(const std::vector<uint8_t>& b, size_t off) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v |= uint32_t(b[off + i]) << (8 * i);
  return v;
}
uint64_t U64(const std::vector<uint8_t>& b, size_t off) {
  return U32(b, off) | uint64_t(U32(b, off + 4)) << 32;
}

// Runs every pass but the output on the given objects.
bool Link(Context& ctx,
          const std::vector<std::pair<std::string, std::vector<uint8_t>>>& in) {
  ctx.opts.go_version = "go1.19-test";
  for (const auto& [name, bytes] : in) {
    if (!ReadObject(ctx, name, bytes.data(), bytes.size())) return false;
    ctx.objects.back()->input = int(ctx.objects.size() - 1);
  }
  for (void (*pass)(Context&) :
       {ResolveSymbols, ApplyXFlags, DeadCode, PlanSections, LayoutText,
        BuildPclntab, BuildFindFuncTab, BuildModuledata, BuildBuildinfo,
        BuildBuildID, LayoutData, ApplyRelocations, BuildDwarf, BuildSymtab}) {
    pass(ctx);
    if (!ctx.errors.empty()) return false;
  }
  return true;
}

// rt.o: _rt0_amd64_linux: jmp main.main (5 bytes), with funcinfo.
std::vector<uint8_t> RtObject() {
  ObjBuilder b;
  int text = b.Section(".text", SHF_ALLOC | SHF_EXECINSTR, {0xe9, 0, 0, 0, 0});
  uint32_t rt0 = b.Symbol("_rt0_amd64_linux", STB_GLOBAL, STT_FUNC, text, 0, 5);
  uint32_t mm = b.Symbol("main.main", STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  b.Reloc(text, 1, R_X86_64_PLT32, mm, -4);
  objfile::FuncInfoSection fi;
  fi.files = {"/src/rt0_linux_amd64.s"};
  objfile::FuncInfo f;
  f.sym = rt0;
  objfile::PCValueEncoder e;
  e.Set(0, 8);
  f.pcln = e.Finish(5);
  e.Set(0, 0);
  f.pcfile = e.Finish(5);
  e.Set(0, 0);
  f.pcsp = e.Finish(5);
  fi.funcs.push_back(f);
  b.FuncInfo(fi);
  return b.Build();
}

// main.o: main.main: call <callee>; ret  (+ a local rodata symbol).
std::vector<uint8_t> MainObject(const std::string& callee, bool define_callee,
                                int bind = STB_GLOBAL,
                                bool undefined_funcdata = false) {
  ObjBuilder b;
  int text = b.Section(".text", SHF_ALLOC | SHF_EXECINSTR,
                       {0xe8, 0, 0, 0, 0, 0xc3, 0xc3});
  b.Section(".rodata", SHF_ALLOC, {'h', 'i'});
  b.Symbol("msg", STB_LOCAL, STT_OBJECT, 2, 0, 2);
  uint32_t mm = b.Symbol("main.main", bind, STT_FUNC, text, 0, 6);
  uint32_t c = define_callee
                   ? b.Symbol(callee, STB_GLOBAL, STT_FUNC, text, 6, 1)
                   : b.Symbol(callee, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF, 0, 0);
  b.Reloc(text, 1, R_X86_64_PLT32, c, -4);
  objfile::FuncInfoSection fi;
  fi.files = {"/src/a.go", "/src/b.go"};
  objfile::FuncInfo f;
  f.sym = mm;
  if (undefined_funcdata) {
    uint32_t sm = b.Symbol("main.main.args_stackmap", STB_GLOBAL, STT_NOTYPE,
                           SHN_UNDEF, 0, 0);
    f.funcdata.push_back({sm, 0});
  }
  objfile::PCValueEncoder e;
  e.Set(0, 10);
  e.Set(5, 11);
  f.pcln = e.Finish(6);
  e.Set(0, 0);
  e.Set(5, 1);
  f.pcfile = e.Finish(6);
  e.Set(0, 0);
  f.pcsp = e.Finish(6);
  fi.funcs.push_back(f);
  b.FuncInfo(fi);
  return b.Build();
}

TEST(Resolve, UndefinedReachableTargetIsAnError) {
  Context ctx;
  EXPECT_FALSE(Link(ctx, {{"main.o", MainObject("main.foo", false)},
                          {"rt.o", RtObject()}}));
  ASSERT_EQ(ctx.errors.size(), 1u);
  EXPECT_EQ(ctx.errors[0],
            "main.o: main.main: relocation target main.foo not defined");
}

TEST(Resolve, DuplicateDefinitionIsAnError) {
  Context ctx;
  EXPECT_FALSE(Link(ctx, {{"a.o", MainObject("main.foo", true)},
                          {"b.o", MainObject("main.bar", true)},
                          {"rt.o", RtObject()}}));
  ASSERT_FALSE(ctx.errors.empty());
  EXPECT_EQ(ctx.errors[0],
            "duplicated definition of symbol main.main, from a.o and b.o");
}

TEST(Resolve, DupokKeepsTheFirstDefinition) {
  Context ctx;
  ASSERT_TRUE(Link(ctx, {{"a.o", MainObject("main.foo", true, STB_WEAK)},
                         {"b.o", MainObject("main.bar", true, STB_WEAK)},
                         {"rt.o", RtObject()}}))
      << ctx.errors[0];
  Symbol* mm = ctx.Find("main.main");
  EXPECT_EQ(mm->obj->path, "a.o");
  EXPECT_TRUE(ctx.Find("main.foo")->reachable);
  EXPECT_FALSE(ctx.Find("main.bar")->reachable);  // only b's main calls it
}

TEST(Resolve, RelocationsAndLayout) {
  Context ctx;
  ASSERT_TRUE(Link(ctx, {{"main.o", MainObject("main.foo", true)},
                         {"rt.o", RtObject()}}));
  Symbol* rt0 = ctx.Find("_rt0_amd64_linux");
  Symbol* mm = ctx.Find("main.main");
  Symbol* foo = ctx.Find("main.foo");
  // The first input (the main package) is laid out last.
  EXPECT_EQ(rt0->value, 0x401000u);
  EXPECT_EQ(mm->value, 0x401020u);
  EXPECT_EQ(foo->value, 0x401040u);
  EXPECT_EQ(int32_t(U32(rt0->data, 1)), int32_t(mm->value - (rt0->value + 5)));
  EXPECT_EQ(int32_t(U32(mm->data, 1)), int32_t(foo->value - (mm->value + 5)));
  EXPECT_EQ(ctx.Find("runtime.etext")->value, 0x401041u);
  EXPECT_EQ(ctx.sect_addr[int(SectKind::kRodata)], 0x402000u);
}

TEST(Resolve, UndefinedFuncdataIsAbsent) {
  Context ctx;
  ASSERT_TRUE(Link(ctx, {{"main.o", MainObject("main.foo", true, STB_GLOBAL,
                                               true)},
                         {"rt.o", RtObject()}}))
      << ctx.errors[0];
  const std::vector<uint8_t>& p = ctx.Find("runtime.pcheader")->data;
  uint64_t ftab = U64(p, 64);
  uint64_t f = ftab + U32(p, ftab + 12);  // main.main's _func
  EXPECT_EQ(p[f + 39], 1);                // nfuncdata
  EXPECT_EQ(U32(p, f + 40), 0xffffffffu);  // absent
}

TEST(Resolve, XSetsAStringVariable) {
  ObjBuilder b;
  b.Section(".data", SHF_ALLOC | SHF_WRITE, std::vector<uint8_t>(16, 0));
  b.Symbol("main.v", STB_GLOBAL, STT_OBJECT, 1, 0, 16);
  Context ctx;
  ctx.opts.xdefs = {{"main.v", "hi"}, {"main.nosuchvar", "x"}};
  ASSERT_TRUE(Link(ctx, {{"main.o", MainObject("main.foo", true)},
                         {"v.o", b.Build()},
                         {"rt.o", RtObject()}}));
  Symbol* v = ctx.Find("main.v");
  ASSERT_EQ(v->relocs.size(), 1u);
  EXPECT_EQ(v->relocs[0].target->name, "main.v.str");
  EXPECT_EQ(std::string(v->relocs[0].target->data.begin(),
                        v->relocs[0].target->data.end()),
            "hi");
  EXPECT_EQ(U64(v->data, 8), 2u);
}

TEST(Reloc, RangeChecks) {
  Context ctx;
  Object obj;
  obj.path = "x.o";
  Symbol s, t;
  s.name = "main.f";
  s.obj = &obj;
  s.value = 0x401000;
  s.data.assign(8, 0);
  t.name = "main.far";
  t.defined = true;
  Reloc r;
  r.target = &t;
  r.type = R_X86_64_PC32;
  t.value = 0x401000 + 0x7fffffffLL;  // S - P = 2^31 - 1: fits
  EXPECT_TRUE(ApplyReloc(ctx, &s, r, 0, 0));
  t.value += 1;
  EXPECT_FALSE(ApplyReloc(ctx, &s, r, 0, 0));
  ASSERT_EQ(ctx.errors.size(), 1u);
  EXPECT_EQ(ctx.errors[0],
            "x.o: main.f+0x0: relocation target main.far out of range "
            "(R_X86_64_PC32, value 2147483648)");
  r.type = R_X86_64_32;
  t.value = 0x100000000;
  EXPECT_FALSE(ApplyReloc(ctx, &s, r, 0, 0));
  r.type = R_X86_64_32S;
  t.value = 0x7fffffff;
  EXPECT_TRUE(ApplyReloc(ctx, &s, r, 0, 0));
  EXPECT_EQ(U32(s.data, 0), 0x7fffffffu);
  r.type = R_X86_64_64;
  r.addend = 8;
  EXPECT_TRUE(ApplyReloc(ctx, &s, r, 0, 0));
  EXPECT_EQ(U64(s.data, 0), 0x80000007u);
  r.off = 4;  // field past the end
  EXPECT_FALSE(ApplyReloc(ctx, &s, r, 0, 0));
}

TEST(Pclntab, HeaderFunctabAndTables) {
  Context ctx;
  ASSERT_TRUE(Link(ctx, {{"main.o", MainObject("main.foo", true)},
                         {"rt.o", RtObject()}}));
  const std::vector<uint8_t>& p = ctx.Find("runtime.pcheader")->data;
  EXPECT_EQ(U32(p, 0), 0xfffffff0u);
  EXPECT_EQ(p[4], 0);
  EXPECT_EQ(p[6], 1);
  EXPECT_EQ(p[7], 8);
  uint64_t nfunc = U64(p, 8), nfiles = U64(p, 16);
  EXPECT_EQ(nfunc, 3u);   // _rt0_amd64_linux, main.main, main.foo
  EXPECT_EQ(nfiles, 3u);  // rt0_linux_amd64.s, a.go, b.go
  EXPECT_EQ(U64(p, 24), 0x401000u);  // textStart, relocated
  uint64_t names = U64(p, 32), cu = U64(p, 40), files = U64(p, 48),
           pctab = U64(p, 56), ftab = U64(p, 64);
  EXPECT_EQ(names, 0x60u);
  for (uint64_t off : {cu, files, pctab, ftab}) EXPECT_EQ(off % 32, 0u);
  EXPECT_EQ(p[pctab], 0);  // pad byte
  auto str = [&](uint64_t off) {
    return std::string(reinterpret_cast<const char*>(&p[off]));
  };
  // ftab: entry offsets relative to runtime.text, then the end.
  EXPECT_EQ(U32(p, ftab + 0), 0u);
  EXPECT_EQ(U32(p, ftab + 8), 0x20u);
  EXPECT_EQ(U32(p, ftab + 16), 0x40u);
  EXPECT_EQ(U32(p, ftab + 24), 0x41u);
  // main.main's _func.
  uint64_t f = ftab + U32(p, ftab + 12);
  EXPECT_EQ(f % 8, 0u);
  EXPECT_EQ(U32(p, f), 0x20u);
  EXPECT_EQ(str(names + U32(p, f + 4)), "main.main");
  EXPECT_EQ(U32(p, f + 8), 0x80000000u);  // args unknown
  uint32_t cuoff = U32(p, f + 32);
  EXPECT_EQ(str(files + U32(p, cu + 4 * cuoff)), "/src/a.go");
  EXPECT_EQ(str(files + U32(p, cu + 4 * (cuoff + 1))), "/src/b.go");
  // pcln decodes to lines 10, 11.
  uint32_t pcln = U32(p, f + 24);
  ASSERT_NE(pcln, 0u);
  std::vector<uint8_t> tab(p.begin() + pctab + pcln, p.end());
  std::vector<objfile::PCValueRun> runs;
  ASSERT_TRUE(objfile::DecodePCValue(tab, &runs));
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].value, 10);
  EXPECT_EQ(runs[1].value, 11);
  EXPECT_EQ(runs[1].end, 6u);
  // main.foo has no funcinfo: no CU, pcsp only.
  uint64_t g = ftab + U32(p, ftab + 20);
  EXPECT_EQ(U32(p, g + 32), 0xffffffffu);
  EXPECT_EQ(U32(p, g + 24), 0u);
  EXPECT_NE(U32(p, g + 16), 0u);
  // moduledata: ftab length includes the end marker; hasmain.
  const std::vector<uint8_t>& m = ctx.Find("runtime.firstmoduledata")->data;
  EXPECT_EQ(U64(m, 0x88), nfunc + 1);
  EXPECT_EQ(m[0x1e8], 1);
}

TEST(FindFuncTab, Buckets) {
  Context ctx;
  Symbol a, b, c;
  a.value = 0x401000, a.size = 0x20;
  b.value = 0x401040, b.size = 0x1000;
  c.value = 0x402100, c.size = 0x10;
  ctx.textp = {&a, &b, &c};
  DefineLinkerSymbols(ctx);
  BuildFindFuncTab(ctx);
  ASSERT_TRUE(ctx.errors.empty());
  // 0x1110 bytes: 2 buckets, 18 sub-buckets -> 4*2 + 18 bytes.
  std::vector<uint8_t> want = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
                               1, 1, 1, 1, 1, 1, 1,  // bucket 0
                               1, 0, 0, 0, 0, 1};    // bucket 1, truncated
  EXPECT_EQ(ctx.Find("runtime.findfunctab")->data, want);
}

TEST(FindFuncTab, TooManyFunctionsInABucket) {
  Context ctx;
  std::vector<Symbol> fs(300);
  for (size_t i = 0; i < fs.size(); i++) {
    fs[i].value = 0x401000 + 8 * i;
    fs[i].size = 8;
    ctx.textp.push_back(&fs[i]);
  }
  DefineLinkerSymbols(ctx);
  BuildFindFuncTab(ctx);
  EXPECT_FALSE(ctx.errors.empty());
}

TEST(Buildinfo, MatchesGcBytes) {
  std::ifstream in(GOCC_LINK_TESTDATA "/gc_hello.buildinfo", std::ios::binary);
  std::vector<uint8_t> gc((std::istreambuf_iterator<char>(in)),
                          std::istreambuf_iterator<char>());
  ASSERT_EQ(gc.size(), 288u);
  // gc's modinfo body: between the 16-byte sentinels after the version.
  size_t vlen = gc[32];
  std::string version(gc.begin() + 33, gc.begin() + 33 + vlen);
  EXPECT_EQ(version, "go1.19.8");
  size_t mlen = (gc[33 + vlen] & 0x7f) | size_t(gc[34 + vlen]) << 7;
  std::string modinfo(gc.begin() + 35 + vlen + 16,
                      gc.begin() + 35 + vlen + mlen - 16);
  EXPECT_EQ(BuildinfoBytes(version, modinfo), gc);
}

TEST(Buildinfo, NoModinfoStillReadable) {
  std::vector<uint8_t> b = BuildinfoBytes("go1.19-gocc0.1", "");
  EXPECT_EQ(b.size() % 16, 0u);
  EXPECT_EQ(b[14], 8);
  EXPECT_EQ(b[15], 2);
  EXPECT_EQ(b[32], 14);
  EXPECT_EQ(b[33 + 14], 0);  // the modinfo varint follows the version
}

TEST(BuildID, Note) {
  std::vector<uint8_t> want = {4, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0,
                               'G', 'o', 0, 0, 'a', 'b', 'c', 0};
  EXPECT_EQ(BuildIDNote("abc"), want);
  auto d = Sha256Sum(reinterpret_cast<const uint8_t*>("abc"), 3);
  EXPECT_EQ(d[0], 0xba);  // FIPS 180-2 example: ba7816bf...
  EXPECT_EQ(d[31], 0xad);
}

TEST(Archive, MembersWithLongNames) {
  Context ctx;
  std::vector<uint8_t> ar = BuildArchive(
      {{"rt.o", RtObject()},
       {"a_member_with_a_long_name.o", MainObject("main.foo", true)}});
  ASSERT_TRUE(ReadArchive(ctx, "lib.a", ar.data(), ar.size()));
  ASSERT_EQ(ctx.objects.size(), 2u);
  EXPECT_EQ(ctx.objects[0]->path, "lib.a(rt.o)");
  EXPECT_EQ(ctx.objects[1]->path, "lib.a(a_member_with_a_long_name.o)");
  ar.resize(ar.size() - 3);
  Context bad;
  EXPECT_FALSE(ReadArchive(bad, "lib.a", ar.data(), ar.size()));
  EXPECT_EQ(bad.errors.back(), "lib.a: truncated archive member");
}

TEST(Dwarf, LineRowsMergeFileAndLine) {
  objfile::FuncInfo f;
  objfile::PCValueEncoder e;
  e.Set(0, 3);
  e.Set(4, 4);
  e.Set(9, 4);
  f.pcln = e.Finish(12);
  e.Set(0, 0);
  e.Set(6, 1);
  f.pcfile = e.Finish(12);
  std::vector<LineRow> rows = LineRows(f);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].pc, 0u);
  EXPECT_EQ(rows[0].line, 3);
  EXPECT_EQ(rows[1].pc, 4u);
  EXPECT_EQ(rows[1].line, 4);
  EXPECT_EQ(rows[2].pc, 6u);
  EXPECT_EQ(rows[2].file, 1);
}

TEST(Dwarf, FDEFollowsPcsp) {
  objfile::PCValueEncoder e;
  e.Set(0, 0);
  e.Set(4, 24);
  e.Set(20, 0);
  std::vector<uint8_t> fde;
  AppendFDE(&fde, 0x401000, 24, e.Finish(24));
  // len, CIE 0, addr, range, then advance 4 / cfa 32, advance 16 / cfa 8.
  std::vector<uint8_t> insns(fde.begin() + 24, fde.end());
  std::vector<uint8_t> want = {0x44, 0x0e, 32, 0x50, 0x0e, 8, 0, 0};
  EXPECT_EQ(insns, want);
  EXPECT_EQ(U32(fde, 0), fde.size() - 4);
}

}  // namespace
}  // namespace gocc::link
