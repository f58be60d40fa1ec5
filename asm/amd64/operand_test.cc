// Tests of the operand parser and constant expressions. Error messages use
// gc's wording (cmd/asm/internal/asm/parse.go) where gc has one.
#include "asm/amd64/operand.h"

#include <gtest/gtest.h>

#include "asm/amd64/expr.h"

namespace gocc::assembler::amd64 {
namespace {

std::vector<Addr> Ok(std::string_view text, OperandMode mode = OperandMode::kNormal) {
  std::vector<Addr> out;
  std::string err;
  int col = -1;
  EXPECT_TRUE(ParseOperands(text, &out, &err, &col, mode)) << text << ": " << err;
  return out;
}

Addr One(std::string_view text, OperandMode mode = OperandMode::kNormal) {
  std::vector<Addr> v = Ok(text, mode);
  EXPECT_EQ(v.size(), 1u) << text;
  return v.empty() ? Addr{} : v[0];
}

std::string Err(std::string_view text, int* col = nullptr,
                OperandMode mode = OperandMode::kNormal) {
  std::vector<Addr> out;
  std::string err;
  int c = -1;
  EXPECT_FALSE(ParseOperands(text, &out, &err, &c, mode)) << text;
  if (col) *col = c;
  return err;
}

int64_t Const(std::string_view text) {
  Addr a = One(text);
  EXPECT_EQ(a.type, Addr::kConst) << text;
  return a.offset;
}

TEST(ExprTest, Arithmetic) {
  EXPECT_EQ(Const("$123"), 123);
  EXPECT_EQ(Const("$-1"), -1);
  EXPECT_EQ(Const("$0x123"), 0x123);
  EXPECT_EQ(Const("$0777"), 0777);
  EXPECT_EQ(Const("$0o17"), 017);
  EXPECT_EQ(Const("$0b101"), 5);
  EXPECT_EQ(Const("$1_000"), 1000);
  EXPECT_EQ(Const("$~15"), ~int64_t(15));
  EXPECT_EQ(Const("$(5*8)"), 40);
  EXPECT_EQ(Const("$2+3*4"), 14);
  EXPECT_EQ(Const("$(2+3)*4"), 20);
  EXPECT_EQ(Const("$1<<10"), 1024);
  EXPECT_EQ(Const("$1024>>3"), 128);
  EXPECT_EQ(Const("$0xff&0x0f"), 0x0f);
  EXPECT_EQ(Const("$0xf0|0x0f"), 0xff);
  EXPECT_EQ(Const("$0xff^0x0f"), 0xf0);
  EXPECT_EQ(Const("$17%5"), 2);
  EXPECT_EQ(Const("$17/5"), 3);
  EXPECT_EQ(Const("$-(4)"), -4);
  EXPECT_EQ(Const("$'a'"), 'a');
  EXPECT_EQ(Const("$'\\n'"), '\n');
  EXPECT_EQ(Const("$'\\x41'"), 0x41);
  EXPECT_EQ(Const("$0xFFFFFFFFFFFFFFFF"), -1);
  EXPECT_EQ(Const("$4|2"), 6);
}

TEST(ExprTest, Errors) {
  EXPECT_EQ(Err("$1/0"), "division by zero");
  EXPECT_EQ(Err("$0x10000000000000000"), "integer constant overflow");
  EXPECT_EQ(Err("$(1+2"), "expected ')', found EOF");
}

TEST(OperandTest, Registers) {
  std::vector<Addr> v = Ok("AX, R15");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].type, Addr::kReg);
  EXPECT_EQ(v[0].reg, Reg::AX);
  EXPECT_EQ(v[1].reg, Reg::R15);
  EXPECT_EQ(One("X15").reg, Reg::X15);
  EXPECT_EQ(One("g").reg, Reg::R14);
  EXPECT_EQ(One("SPB").reg, Reg::SPB);
  EXPECT_EQ(One("M3").reg, Reg::M3);
  Addr pair = One("DX:AX");
  EXPECT_EQ(pair.type, Addr::kRegPair);
  EXPECT_EQ(pair.reg, Reg::DX);
  EXPECT_EQ(pair.reg2, Reg::AX);
  EXPECT_TRUE(Ok("").empty());
}

TEST(OperandTest, Memory) {
  Addr a = One("8(AX)(BX*4)");
  EXPECT_EQ(a.type, Addr::kMem);
  EXPECT_EQ(a.reg, Reg::AX);
  EXPECT_EQ(a.index, Reg::BX);
  EXPECT_EQ(a.scale, 4);
  EXPECT_EQ(a.offset, 8);
  EXPECT_EQ(a.name, AddrName::kNone);
  a = One("-8(SP)");
  EXPECT_EQ(a.reg, Reg::SP);
  EXPECT_EQ(a.offset, -8);
  EXPECT_EQ(a.name, AddrName::kNone);
  a = One("(8*4)(AX)");
  EXPECT_EQ(a.offset, 32);
  EXPECT_EQ(a.reg, Reg::AX);
  a = One("(CX*8)");
  EXPECT_EQ(a.reg, Reg::kNone);
  EXPECT_EQ(a.index, Reg::CX);
  EXPECT_EQ(a.scale, 8);
  a = One("(TLS)");
  EXPECT_EQ(a.type, Addr::kMem);
  EXPECT_EQ(a.reg, Reg::TLS);
  a = One("0(CX)(TLS*1)");
  EXPECT_EQ(a.index, Reg::TLS);
  a = One("FS:-8");
  EXPECT_EQ(a.segment, Reg::FS);
  EXPECT_EQ(a.offset, -8);
  a = One("0x1234");
  EXPECT_EQ(a.type, Addr::kMem);
  EXPECT_EQ(a.offset, 0x1234);
}

TEST(OperandTest, Symbols) {
  Addr a = One("runtime·memmove+8(SB)");
  EXPECT_EQ(a.type, Addr::kMem);
  EXPECT_EQ(a.name, AddrName::kExtern);
  EXPECT_EQ(a.reg, Reg::SB);
  EXPECT_EQ(a.sym, "runtime.memmove");
  EXPECT_EQ(a.offset, 8);
  a = One("·x<>+4(SB)");
  EXPECT_EQ(a.name, AddrName::kStatic);
  EXPECT_EQ(a.sym, ".x");
  EXPECT_EQ(a.offset, 4);
  a = One("runtime∕debug·f<ABIInternal>(SB)");
  EXPECT_EQ(a.sym, "runtime/debug.f");
  EXPECT_EQ(a.name, AddrName::kExtern);
  a = One("x+8(FP)");
  EXPECT_EQ(a.name, AddrName::kParam);
  EXPECT_EQ(a.reg, Reg::FP);
  EXPECT_EQ(a.sym, "x");
  EXPECT_EQ(a.offset, 8);
  a = One("y-8(SP)");
  EXPECT_EQ(a.name, AddrName::kAuto);
  EXPECT_EQ(a.offset, -8);
  a = One("tab<>(SB)(CX*8)");
  EXPECT_EQ(a.index, Reg::CX);
  a = One("$sym+8(SB)");
  EXPECT_EQ(a.type, Addr::kAddr);
  EXPECT_EQ(a.sym, "sym");
  a = One("$8(SP)");
  EXPECT_EQ(a.type, Addr::kAddr);
  EXPECT_EQ(a.reg, Reg::SP);
}

TEST(OperandTest, ImmediateKinds) {
  Addr a = One("$1.5");
  EXPECT_EQ(a.type, Addr::kFConst);
  EXPECT_EQ(a.fval, 1.5);
  a = One("$-2.5e3");
  EXPECT_EQ(a.fval, -2500);
  a = One("$\"hi\\n\\x00\"");
  EXPECT_EQ(a.type, Addr::kSConst);
  EXPECT_EQ(a.sval, std::string("hi\n\0", 4));
  a = One("$\"a,b\"");
  EXPECT_EQ(a.sval, "a,b");
}

TEST(OperandTest, Branches) {
  Addr a = One("loop", OperandMode::kBranch);
  EXPECT_EQ(a.type, Addr::kBranch);
  EXPECT_EQ(a.sym, "loop");
  EXPECT_EQ(a.name, AddrName::kNone);
  a = One("2(PC)", OperandMode::kBranch);
  EXPECT_EQ(a.type, Addr::kBranch);
  EXPECT_EQ(a.reg, Reg::PC);
  EXPECT_EQ(a.offset, 2);
  a = One("-1(PC)", OperandMode::kBranch);
  EXPECT_EQ(a.offset, -1);
  a = One("runtime·abort(SB)", OperandMode::kBranch);
  EXPECT_EQ(a.type, Addr::kBranch);
  EXPECT_EQ(a.name, AddrName::kExtern);
  EXPECT_EQ(a.sym, "runtime.abort");
  a = One("(AX)", OperandMode::kBranch);
  EXPECT_EQ(a.type, Addr::kMem);
  EXPECT_EQ(ModeFor("JEQ"), OperandMode::kBranch);
  EXPECT_EQ(ModeFor("CALL"), OperandMode::kBranch);
  EXPECT_EQ(ModeFor("MOVQ"), OperandMode::kNormal);
  EXPECT_EQ(ModeFor("TEXT"), OperandMode::kText);
}

TEST(OperandTest, TextAndData) {
  std::vector<Addr> v = Ok("·f(SB), 4|2, $16-24", OperandMode::kText);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].sym, ".f");
  EXPECT_EQ(v[1].type, Addr::kConst);
  EXPECT_EQ(v[1].offset, 6);
  EXPECT_EQ(v[2].type, Addr::kTextSize);
  EXPECT_EQ(v[2].offset, 16);
  EXPECT_EQ(v[2].val2, 24);
  v = Ok("f(SB), $-8", OperandMode::kText);
  EXPECT_EQ(v[1].offset, -8);
  EXPECT_EQ(v[1].val2, kArgsUnknown);
  v = Ok("f(SB), $0", OperandMode::kText);
  EXPECT_EQ(v[1].offset, 0);
  EXPECT_EQ(v[1].val2, kArgsUnknown);
  v = Ok("·msg+8(SB)/4, $\"orld\"", OperandMode::kPseudo);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].offset, 8);
  EXPECT_EQ(v[0].val2, 4);
  EXPECT_EQ(v[1].sval, "orld");
  EXPECT_EQ(Err("f(SB), $x", nullptr, OperandMode::kText),
            "frame size must be an immediate constant");
}

TEST(OperandTest, ErrorWording) {
  int col;
  EXPECT_EQ(Err("0(FP)", &col), "cannot reference FP without a symbol");
  EXPECT_EQ(Err("AX BX", &col), "expected end of operand, found BX");
  EXPECT_EQ(col, 3);
  EXPECT_EQ(Err("AX,", &col), "missing operand");
  EXPECT_EQ(Err("(AX", &col), "expected ')', found EOF");
  EXPECT_EQ(Err("(AX)(BX*3)", &col), "bad scale: 3");
  EXPECT_EQ(Err("x+8(QQ)", &col), "expected pseudo-register; found QQ");
  EXPECT_EQ(Err("sym+4", &col), "illegal or missing addressing mode for symbol sym");
  EXPECT_EQ(Err("1.5", &col), "floating-point constant must be an immediate");
  EXPECT_EQ(Err("$AX", &col), "illegal use of register AX");
  EXPECT_EQ(Err("f<ABI9>(SB)", &col), "malformed ABI selector \"ABI9\" in reference to \"f\"");
}

TEST(OperandTest, SplitStatement) {
  std::string_view mn, ops;
  ASSERT_TRUE(SplitStatement("\tMOVQ\t$1, AX", &mn, &ops));
  EXPECT_EQ(mn, "MOVQ");
  EXPECT_EQ(ops, "\t$1, AX");
  ASSERT_TRUE(SplitStatement("RET", &mn, &ops));
  EXPECT_EQ(mn, "RET");
  EXPECT_EQ(ops, "");
  EXPECT_FALSE(SplitStatement("movq AX", &mn, &ops));
}

}  // namespace
}  // namespace gocc::assembler::amd64
