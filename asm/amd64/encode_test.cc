// Spot checks of the amd64 encoder. Expected bytes come from `go tool asm -S`
// (go1.19.8) on the same statements; the relocation addends are gc's R_PCREL
// addends converted to ELF (minus 4). The bulk check is the amd64enc
// conformance test.
#include "asm/amd64/encode.h"

#include <gtest/gtest.h>

#include "asm/amd64/operand.h"

namespace gocc::assembler::amd64 {
namespace {

std::string Hex(const std::vector<uint8_t>& b) {
  std::string s;
  for (uint8_t x : b) {
    static const char* d = "0123456789abcdef";
    s.push_back(d[x >> 4]);
    s.push_back(d[x & 15]);
  }
  return s;
}

// Parses "MNEMONIC operands" into a Prog (first operand in from, last in to).
Prog Parse(const std::string& stmt) {
  std::string_view mn, text;
  EXPECT_TRUE(SplitStatement(stmt, &mn, &text)) << stmt;
  std::vector<Addr> args;
  std::string err;
  int col;
  EXPECT_TRUE(ParseOperands(text, &args, &err, &col, ModeFor(mn))) << stmt << ": " << err;
  Prog p;
  p.as = std::string(mn);
  if (!args.empty()) {
    p.to = args.back();
    if (args.size() >= 2) p.from = args.front();
    for (size_t i = 1; i + 1 < args.size(); i++) p.rest.push_back(args[i]);
  }
  return p;
}

std::string Enc(const Prog& p, Encoding* enc = nullptr) {
  Encoding local;
  if (enc == nullptr) enc = &local;
  std::string err = Encode(p, enc);
  if (!err.empty()) return "error: " + err;
  return Hex(enc->bytes);
}

std::string Enc(const std::string& stmt) { return Enc(Parse(stmt)); }

TEST(EncodeTest, TableIsConsistentWithLlvm) {
  std::vector<std::string> errs = CheckTable();
  EXPECT_TRUE(errs.empty()) << errs.size() << " bad rows, first: " << errs[0];
}

TEST(EncodeTest, ImmediateForms) {
  EXPECT_EQ(Enc("MOVQ $0, AX"), "48c7c000000000");
  EXPECT_EQ(Enc("MOVQ $-1, AX"), "48c7c0ffffffff");
  EXPECT_EQ(Enc("MOVQ $0xFFFFFFFF, AX"), "b8ffffffff");
  EXPECT_EQ(Enc("MOVQ $0x80000000, AX"), "b800000080");
  EXPECT_EQ(Enc("MOVL $-1, AX"), "b8ffffffff");
  EXPECT_EQ(Enc("ADDQ $7, AX"), "4883c007");
  EXPECT_EQ(Enc("ADDQ $0x1234, AX"), "480534120000");
  EXPECT_EQ(Enc("ADDQ $0xFFFFFFFF, AX"), "4805ffffffff");
  EXPECT_EQ(Enc("ANDQ $~15, SP"), "4883e4f0");
  EXPECT_EQ(Enc("SHLQ $1, AX"), "48d1e0");
  EXPECT_EQ(Enc("IMULQ $10, AX"), "486bc00a");
  EXPECT_EQ(Enc("MOVB SI, (BX)"), "408833");
  EXPECT_EQ(Enc("XCHGQ DX, AX"), "4892");
  EXPECT_EQ(Enc("XCHGQ AX, DX"), "4892");
  EXPECT_EQ(Enc("XCHGL AX, AX"), "90");
  EXPECT_EQ(Enc("PUSHQ $-1"), "6aff");
  EXPECT_EQ(Enc("MOVQ 0x1234, AX"), "488b042534120000");
}

// Pseudo-instructions Go's runtime uses that amd64enc.s does not list;
// bytes from `go tool asm`.
TEST(EncodeTest, ZeroExtendingMoves) {
  EXPECT_EQ(Enc("MOVLQZX AX, BX"), "8bd8");
  EXPECT_EQ(Enc("MOVLQZX (AX), R11"), "448b18");
  EXPECT_EQ(Enc("MOVLQZX R9, DX"), "418bd1");
  // CMP prefers the imm8 form to the accumulator form.
  EXPECT_EQ(Enc("CMPL AX, $0"), "83f800");
  EXPECT_EQ(Enc("CMPQ AX, $0x10000"), "483d00000100");
}

// Float to int64 conversions the compiler emits (not in amd64enc.s).
TEST(EncodeTest, TruncatingConversionsToInt64) {
  EXPECT_EQ(Enc("CVTTSD2SQ X0, AX"), "f2480f2cc0");
  EXPECT_EQ(Enc("CVTTSD2SQ (BX), R11"), "f24c0f2c1b");
  EXPECT_EQ(Enc("CVTTSS2SQ X9, DX"), "f3490f2cd1");
  EXPECT_EQ(Enc("CVTTSS2SQ 8(SP), AX"), "f3480f2c442408");
}

TEST(EncodeTest, NoOperandInstructions) {
  EXPECT_EQ(Enc("INT $3"), "cd03");
  EXPECT_EQ(Enc("SYSCALL"), "0f05");
  EXPECT_EQ(Enc("CPUID"), "0fa2");
  EXPECT_EQ(Enc("RDTSC"), "0f31");
  EXPECT_EQ(Enc("PAUSE"), "f390");
  EXPECT_EQ(Enc("MFENCE"), "0faef0");
  EXPECT_EQ(Enc("LFENCE"), "0faee8");
  EXPECT_EQ(Enc("SFENCE"), "0faef8");
  EXPECT_EQ(Enc("CLD"), "fc");
  EXPECT_EQ(Enc("STD"), "fd");
  EXPECT_EQ(Enc("CQO"), "4899");
  EXPECT_EQ(Enc("CDQ"), "99");
  EXPECT_EQ(Enc("CWD"), "6699");
  EXPECT_EQ(Enc("UNDEF"), "0f0b");
  EXPECT_EQ(Enc("MOVSB"), "a4");
  EXPECT_EQ(Enc("STOSQ"), "48ab");
  EXPECT_EQ(Enc("RET"), "c3");
  EXPECT_EQ(Enc("NOP"), "");
  EXPECT_EQ(Enc("REP"), "f3");
  EXPECT_EQ(Enc("LOCK"), "f0");
  EXPECT_EQ(Enc("BYTE $0x90"), "90");
  EXPECT_EQ(Enc("BYTE $-1"), "ff");
  EXPECT_EQ(Enc("WORD $0x12345"), "4523");
  EXPECT_EQ(Enc("LONG $0x12345678"), "78563412");
  EXPECT_EQ(Enc("QUAD $0x1122334455667788"), "8877665544332211");
}

TEST(EncodeTest, Prefixes) {
  Prog p = Parse("MOVSQ");
  p.rep = true;
  EXPECT_EQ(Enc(p), "f348a5");
  p = Parse("XADDQ AX, (BX)");
  p.lock = true;
  EXPECT_EQ(Enc(p), "f0480fc103");
}

TEST(EncodeTest, Indirect) {
  EXPECT_EQ(Enc("CALL AX"), "ffd0");
  EXPECT_EQ(Enc("CALL (AX)"), "ff10");
  EXPECT_EQ(Enc("CALL R11"), "41ffd3");
  EXPECT_EQ(Enc("JMP AX"), "ffe0");
  EXPECT_EQ(Enc("JMP 8(AX)"), "ff6008");
  EXPECT_EQ(Enc("JMP (R12)(AX*8)"), "41ff24c4");
}

TEST(EncodeTest, Tls) {
  // gc leaves a zero field and an R_TLS_LE relocation the linker resolves
  // to -8; we write -8 directly (runtime/README.md).
  EXPECT_EQ(Enc("MOVQ (TLS), R14"), "644c8b3425f8ffffff");
  EXPECT_EQ(Enc("MOVQ 0(CX)(TLS*1), AX"), "64488b0425f8ffffff");
  EXPECT_EQ(Enc("MOVQ AX, 0(CX)(TLS*1)"), "6448890425f8ffffff");
  EXPECT_EQ(Enc("MOVQ $0x123, 0(CX)(TLS*1)"), "6448c70425f8ffffff23010000");
  EXPECT_EQ(Enc("MOVQ TLS, CX"), "");
}

TEST(EncodeTest, SymbolFixups) {
  Encoding e;
  EXPECT_EQ(Enc(Parse("MOVQ sym+8(SB), AX"), &e), "488b0500000000");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_EQ(e.fixups[0].offset, 3u);
  EXPECT_EQ(e.fixups[0].kind, Fixup::kPCRel32);
  EXPECT_EQ(e.fixups[0].sym, "sym");
  EXPECT_EQ(e.fixups[0].addend, 4);
  EXPECT_FALSE(e.fixups[0].call);

  EXPECT_EQ(Enc(Parse("CMPQ sym+8(SB), $7"), &e), "48833d0000000007");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_EQ(e.fixups[0].addend, 3);  // gc: sym+7

  EXPECT_EQ(Enc(Parse("MOVL $7, sym(SB)"), &e), "c7050000000007000000");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_EQ(e.fixups[0].offset, 2u);
  EXPECT_EQ(e.fixups[0].addend, -8);  // gc: sym-4

  EXPECT_EQ(Enc(Parse("MOVQ $sym+8(SB), R11"), &e), "4c8d1d00000000");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_EQ(e.fixups[0].addend, 4);
  EXPECT_EQ(Enc(Parse("MOVL $sym(SB), AX"), &e), "8d0500000000");
  EXPECT_EQ(Enc(Parse("LEAQ sym<>(SB), AX"), &e), "488d0500000000");
  EXPECT_EQ(e.fixups[0].sym, "sym");

  EXPECT_EQ(Enc(Parse("CALL runtime·morestack(SB)"), &e), "e800000000");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_EQ(e.fixups[0].offset, 1u);
  EXPECT_TRUE(e.fixups[0].call);
  EXPECT_EQ(e.fixups[0].addend, -4);
  EXPECT_EQ(e.fixups[0].sym, "runtime.morestack");

  EXPECT_EQ(Enc(Parse("JMP sym(SB)"), &e), "e900000000");
  ASSERT_EQ(e.fixups.size(), 1u);
  EXPECT_TRUE(e.fixups[0].call);

  Prog p = Parse("CALL sym(SB)");
  p.lock = true;  // meaningless, but shows prefixes shift the fixup
  EXPECT_EQ(Enc(p, &e), "f0e800000000");
  EXPECT_EQ(e.fixups[0].offset, 2u);
}

TEST(EncodeTest, LabelBranches) {
  Prog p = Parse("JEQ done");
  p.to.offset = 4;  // target 4 bytes after the start of the JEQ (gc: JEQ 2(PC))
  EXPECT_EQ(Enc(p), "7402");
  p.long_branch = true;
  EXPECT_EQ(Enc(p), "0f84feffffff");  // rel32 = 4 - 6
  p = Parse("JMP loop");
  p.to.offset = 2;
  EXPECT_EQ(Enc(p), "eb00");  // gc: JMP 1(PC)
  p.to.offset = -10;
  EXPECT_EQ(Enc(p), "ebf4");
  p.long_branch = true;
  EXPECT_EQ(Enc(p), "e9f1ffffff");
  p.long_branch = false;
  p.to.offset = 200;
  EXPECT_EQ(Enc(p), "error: branch out of range");
  EXPECT_EQ(ShortBranchSize("JMP"), 2);
  EXPECT_EQ(LongBranchSize("JMP"), 5);
  EXPECT_EQ(ShortBranchSize("JZ"), 2);
  EXPECT_EQ(LongBranchSize("JHI"), 6);
  EXPECT_EQ(ShortBranchSize("MOVQ"), 0);
  EXPECT_EQ(LongBranchSize("CALL"), 0);
}

TEST(EncodeTest, EveryConditionName) {
  const char* names[][2] = {
      {"JOS", "70"}, {"JOC", "71"}, {"JCS", "72"}, {"JLO", "72"}, {"JB", "72"},
      {"JCC", "73"}, {"JHS", "73"}, {"JAE", "73"}, {"JEQ", "74"}, {"JZ", "74"},
      {"JNE", "75"}, {"JNZ", "75"}, {"JLS", "76"}, {"JBE", "76"}, {"JHI", "77"},
      {"JA", "77"},  {"JMI", "78"}, {"JPL", "79"}, {"JPS", "7a"}, {"JPC", "7b"},
      {"JLT", "7c"}, {"JGE", "7d"}, {"JLE", "7e"}, {"JGT", "7f"},
  };
  for (auto& [name, op] : names) {
    Prog p = Parse(std::string(name) + " l");
    p.to.offset = 2;
    EXPECT_EQ(Enc(p), std::string(op) + "00") << name;
  }
}

TEST(EncodeTest, Errors) {
  EXPECT_EQ(Enc("FROB AX"), "error: invalid instruction");
  EXPECT_EQ(Enc("MOVQ X0, CR0"), "error: invalid instruction");
  EXPECT_EQ(Enc("MOVQ sym(SB)(CX*8), AX"), "error: invalid instruction");
  EXPECT_EQ(Enc("MOVB AH, R8"), "error: invalid instruction");
  EXPECT_EQ(Enc("MOVQ x+8(FP), AX"), "error: illegal use of pseudo-register");
  EXPECT_FALSE(IsKnownMnemonic("FROB"));
  EXPECT_TRUE(IsKnownMnemonic("MOVQ"));
  EXPECT_TRUE(IsKnownMnemonic("JZ"));
  EXPECT_TRUE(IsKnownMnemonic("SYSCALL"));
}

}  // namespace
}  // namespace gocc::assembler::amd64
