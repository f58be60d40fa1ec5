// Unit tests of the assembler's stages: tokenizer and preprocessor, integer
// expressions, and the whole pipeline through Assemble (ELF layout, the
// .go.funcinfo tables, determinism). Byte equality with gc is checked by the
// asm_gc_compare test (testdata/gc_compare.py).
#include <elf.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "asm/expr.h"
#include "asm/lex.h"
#include "asm/main.h"
#include "gtest/gtest.h"
#include "objfile/funcinfo.h"

namespace gocc::assembler {
namespace {

// ctest runs each test in its own process, in parallel, all sharing
// TempDir(); a per-test directory keeps their files apart.
std::string TestDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string dir = ::testing::TempDir() + "/gocc_asm_test." + info->test_suite_name() +
                    "." + info->name();
  mkdir(dir.c_str(), 0755);
  return dir;
}

std::string TempFile(const std::string& name, const std::string& text) {
  std::string path = TestDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

std::vector<Token> Preprocess(const std::string& src, int* errors,
                              std::vector<std::string> dirs = {}) {
  Diag diag(stderr);
  Preprocessor pp(&diag, dirs);
  std::vector<Token> out;
  if (pp.Open(TempFile("pp.s", src))) {
    for (Token t = pp.Next(); t.kind != Token::kEOF; t = pp.Next())
      if (t.kind != Token::kNewline) out.push_back(t);
  }
  *errors = diag.Count();
  return out;
}

std::string Texts(const std::vector<Token>& toks) {
  std::string s;
  for (const auto& t : toks) s += (s.empty() ? "" : " ") + t.text;
  return s;
}

TEST(Lex, CommentsStringsAndContinuations) {
  Diag diag(stderr);
  auto toks = Tokenize("MOVQ $\"a,b\", x-8(SP) // c\n/* x\ny */ RET \\\n;", 0, &diag);
  EXPECT_EQ(diag.Count(), 0);
  std::string s;
  for (const auto& t : toks)
    s += t.kind == Token::kNewline ? "|" : t.kind == Token::kEscNewline ? "\\ " : t.text + " ";
  EXPECT_EQ(s, "MOVQ $ \"a,b\" , x - 8 ( SP ) |RET \\ ; |");
  EXPECT_EQ(toks[8].pos.line, 1);
  EXPECT_EQ(toks[11].pos.line, 3);  // RET after the two-line comment
}

TEST(Lex, JoinTokensKeepsWordsApart) {
  Diag diag(stderr);
  auto toks = Tokenize("runtime·f <ABIInternal>( SB )", 0, &diag);
  toks.pop_back();
  EXPECT_EQ(JoinTokens(toks), "runtime·f<ABIInternal>(SB)");
}

TEST(Preprocessor, ObjectAndFunctionMacros) {
  int errs;
  auto toks = Preprocess(
      "#define N 4\n#define g(r) 0(r)(TLS*1)\n#define TWO(a, b) a+b\n"
      "MOVQ g(CX), AX; X N TWO(N, 2) g\n",
      &errs);
  EXPECT_EQ(errs, 0);
  EXPECT_EQ(Texts(toks), "MOVQ 0 ( CX ) ( TLS * 1 ) , AX ; X 4 4 + 2 g");
}

TEST(Preprocessor, MultiLineDefineAndConditionals) {
  int errs;
  auto toks = Preprocess(
      "#define M \\\n  A \\\n  B\n#ifdef M\nyes M\n#else\nno\n#endif\n"
      "#ifndef M\nno2\n#else\nyes2\n#endif\n#undef M\n#ifdef M\nno3\n#endif\n",
      &errs);
  EXPECT_EQ(errs, 0);
  EXPECT_EQ(Texts(toks), "yes A B yes2");
}

TEST(Preprocessor, NestedFunctionMacros) {
  int errs;
  auto toks = Preprocess("#define R2(a) a a\n#define R4(a) R2(R2(a))\nR4(X)\n", &errs);
  EXPECT_EQ(errs, 0);
  EXPECT_EQ(Texts(toks), "X X X X");
}

TEST(Preprocessor, RecursiveMacroDoesNotHang) {
  int errs;
  auto toks = Preprocess("#define A A B\n#define B A\nA\n", &errs);
  // A -> A B; B -> A while A is still being expanded, so A stays (as in C).
  EXPECT_EQ(Texts(toks), "A A");
  Preprocess("#define A B B B B B B B B\n#define B C C C C C C C C\n"
             "#define C D D D D D D D D\n#define D E E E E E E E E\n"
             "#define E F F F F F F F F\n#define F G G G G G G G G\n"
             "#define G H H H H H H H H\nA\n",
             &errs);
  EXPECT_EQ(errs, 1);  // "macro expansion too large"
}

TEST(Preprocessor, IncludeAndLine) {
  std::string dir = TestDir();
  TempFile("inc_test.h", "#define FROM_H 7\n");
  int errs;
  auto toks = Preprocess("#include \"inc_test.h\"\nFROM_H\n#line 100 \"x.go\"\nL\n", &errs,
                         {dir});
  EXPECT_EQ(errs, 0);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].text, "7");
  EXPECT_EQ(toks[1].pos.line, 100);
}

TEST(Expr, PrecedenceAndErrors) {
  Diag diag(stderr);
  auto eval = [&](const std::string& s, int64_t* v, std::string* err) {
    auto toks = Tokenize(s, 0, &diag);
    toks.pop_back();
    return EvalInteger(toks, v, err);
  };
  int64_t v;
  std::string err;
  ASSERT_TRUE(eval("4|512", &v, &err));
  EXPECT_EQ(v, 516);
  ASSERT_TRUE(eval("1+2*3<<1", &v, &err));  // * and << bind tighter than +
  EXPECT_EQ(v, 13);
  ASSERT_TRUE(eval("-(64*1024)+104", &v, &err));
  EXPECT_EQ(v, -65432);
  ASSERT_TRUE(eval("~15", &v, &err));
  EXPECT_EQ(v, -16);
  EXPECT_FALSE(eval("1/0", &v, &err));
  EXPECT_EQ(err, "division by zero");
  EXPECT_FALSE(eval("1+", &v, &err));
}

// Finds a section's bytes in an ELF image.
std::vector<uint8_t> Section(const std::vector<uint8_t>& elf, const std::string& name) {
  Elf64_Ehdr eh;
  std::memcpy(&eh, elf.data(), sizeof eh);
  auto shdr = [&](int i) {
    Elf64_Shdr sh;
    std::memcpy(&sh, elf.data() + eh.e_shoff + i * sizeof sh, sizeof sh);
    return sh;
  };
  Elf64_Shdr strs = shdr(eh.e_shstrndx);
  for (int i = 0; i < eh.e_shnum; i++) {
    Elf64_Shdr sh = shdr(i);
    const char* n = reinterpret_cast<const char*>(elf.data() + strs.sh_offset + sh.sh_name);
    if (name == n) return {elf.begin() + sh.sh_offset, elf.begin() + sh.sh_offset + sh.sh_size};
  }
  return {};
}

std::vector<uint8_t> AssembleText(const std::string& src, int* rc) {
  AsmOptions o;
  o.input = TempFile("unit.s", src);
  o.builtin_include = GOCC_ASM_INCLUDE_DIR;
  std::vector<uint8_t> out;
  *rc = Assemble(o, &out, stderr, nullptr);
  return out;
}

TEST(Assemble, FuncInfoTables) {
  int rc;
  auto elf = AssembleText(
      "#include \"textflag.h\"\n"
      "TEXT ·f(SB), $16-8\n"      // line 2
      "\tPUSHQ AX\n"              // 3
      "\tPOPQ AX\n"               // 4
      "\tCALL ·f(SB)\n"           // 5
      "\tRET\n"                   // 6
      "TEXT runtime·rt0_go(SB), NOSPLIT|TOPFRAME, $0\n"
      "\tSUBQ $8, SP\n"
      "\tRET\n",
      &rc);
  ASSERT_EQ(rc, 0);
  auto sec = Section(elf, ".go.funcinfo");
  objfile::FuncInfoSection fis;
  std::string err;
  ASSERT_TRUE(objfile::DecodeFuncInfo(sec.data(), sec.size(), &fis, &err)) << err;
  ASSERT_EQ(fis.funcs.size(), 2u);
  ASSERT_EQ(fis.files.size(), 1u);
  const auto& f = fis.funcs[0];
  EXPECT_EQ(f.args, 8);
  EXPECT_EQ(f.frame, 24);  // 16 + the saved-BP slot
  EXPECT_EQ(f.funcflag, objfile::kFuncFlagAsm);
  std::vector<objfile::PCValueRun> sp;
  ASSERT_TRUE(objfile::DecodePCValue(f.pcsp, &sp));
  // MOVQ FS:-8,R14 (9) CMPQ (4) JLS (2) | SUBQ (4) | MOVQ BP (5) LEAQ (5)
  // PUSHQ (1) | POPQ (1) | CALL (5) MOVQ (5) ADDQ (4) | RET (1) | then the
  // morestack call at SP offset 0 (the RET's +24 is undone by the tail).
  std::vector<std::pair<uint32_t, int32_t>> want = {
      {0, 0}, {19, 24}, {30, 32}, {31, 24}, {45, 0}};
  ASSERT_EQ(sp.size(), want.size());
  for (size_t i = 0; i < want.size(); i++) {
    EXPECT_EQ(sp[i].pc, want[i].first) << i;
    EXPECT_EQ(sp[i].value, want[i].second) << i;
  }
  std::vector<objfile::PCValueRun> ln;
  ASSERT_TRUE(objfile::DecodePCValue(f.pcln, &ln));
  EXPECT_EQ(ln.front().value, 2);  // the prologue has the TEXT line
  const auto& g = fis.funcs[1];
  EXPECT_EQ(g.funcid, 15);
  EXPECT_EQ(g.funcflag, objfile::kFuncFlagAsm | objfile::kFuncFlagTopFrame |
                            objfile::kFuncFlagSPWrite);
  EXPECT_EQ(g.args, objfile::kArgsSizeUnknown);
}

TEST(Assemble, Deterministic) {
  std::string src =
      "TEXT ·a(SB), 4, $0\n\tCALL x(SB)\n\tCALL b<>(SB)\n\tRET\n"
      "TEXT b<>(SB), 4, $0\n\tRET\n"
      "DATA d<>+0(SB)/8, $·a(SB)\nGLOBL d<>(SB), 8, $8\n";
  int rc1, rc2;
  auto a = AssembleText(src, &rc1);
  auto b = AssembleText(src, &rc2);
  ASSERT_EQ(rc1, 0);
  ASSERT_EQ(rc2, 0);
  EXPECT_EQ(a, b);
  EXPECT_FALSE(Section(a, ".rela.rodata").empty());
}

}  // namespace
}  // namespace gocc::assembler
