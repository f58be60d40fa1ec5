// Unit tests of the parser and the type checker: syntax errors, constant
// representability, the typed tree, and package initialization order
// (initorder.cc). Expected messages come from gc 1.19 (go tool compile).
#include "compile/check.h"

#include <gtest/gtest.h>

#include "compile/test_util.h"

namespace gocc::compile {
namespace {

using testing::Check;

TEST(ParserTest, SyntaxErrors) {
  auto c = Check("package p\nfunc f() {\n\tx := \n}\nfunc g() { if x { }\n");
  std::vector<std::string> want = {"4:1: syntax error: unexpected }, expecting expression"};
  ASSERT_GE(c->Errors().size(), 1u);
  EXPECT_EQ(c->Errors()[0], want[0]);
}

TEST(ParserTest, DeepNestingStops) {
  std::string src = "package p\nvar x = " + std::string(5000, '(') + "1" + std::string(5000, ')');
  auto c = Check(src);
  ASSERT_FALSE(c->Errors().empty());
  EXPECT_NE(c->Errors()[0].find("nesting too deep"), std::string::npos);
}

TEST(CheckTest, Representability) {
  auto c = Check(R"(package p

const a int8 = 128
const b uint = -1
const c = 1 << 63
var d int64 = c
const e float32 = 1e39
const f = 1 / 0
const g = 0.1 + 0.2 == 0.3
var h int = 2.5
const i = 'a' + 1.0
var j byte = 'x' + 200
)");
  std::vector<std::string> want = {
      "3:16: cannot use 128 (untyped int constant) as int8 value in constant declaration (overflows)",
      "4:16: cannot use -1 (untyped int constant) as uint value in constant declaration (overflows)",
      "6:15: cannot use c (untyped int constant 9223372036854775808) as int64 value in variable "
      "declaration (overflows)",
      "7:19: cannot use 1e39 (untyped float constant 1e+39) as float32 value in constant "
      "declaration (overflows)",
      "8:15: invalid operation: division by zero",
      "10:13: cannot use 2.5 (untyped float constant) as int value in variable declaration "
      "(truncated)",
      "12:14: cannot use 'x' + 200 (untyped rune constant 320) as byte value in variable "
      "declaration (overflows)",
  };
  EXPECT_EQ(c->Errors(), want);
  Object* g = c->Lookup("g");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->val.BoolVal());  // exact arithmetic
  EXPECT_EQ(TypeString(c->Lookup("i")->type, nullptr), "untyped float");  // gc: untyped float constant 98
}

TEST(CheckTest, TypedTree) {
  auto c = Check(R"(package p

type T struct{ a, b int8; c int64 }

func f(t *T) int64 { return t.c + int64(len("abc")) }
)");
  ASSERT_TRUE(c->Errors().empty()) << c->Errors()[0];
  Type* t = c->Lookup("T")->type;
  EXPECT_EQ(Sizeof(t), 16);
  EXPECT_EQ(Offsetof(Under(t), 2), 8);
  Decl* fd = c->file->decls[1];
  Stmt* ret = fd->body->list[0];
  Expr* sum = ret->rhs[0];
  EXPECT_EQ(TypeString(sum->type, c->pkg), "int64");
  EXPECT_EQ(sum->mode, Mode::Value);
  Expr* sel = sum->x;
  EXPECT_EQ(sel->kind, ExprKind::Selector);
  EXPECT_TRUE(sel->implicit_deref);
  EXPECT_EQ(sel->path, std::vector<int>{2});
  Expr* conv = sum->y;
  EXPECT_EQ(conv->mode, Mode::Constant);
  EXPECT_EQ(conv->val.Int64Val(), 3);
}

TEST(InitOrderTest, SpecExample) {
  // The Go spec's example: initialization order d, b, c, a.
  auto c = Check(R"(package p

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}
)");
  ASSERT_TRUE(c->Errors().empty()) << c->Errors()[0];
  std::vector<std::string> order;
  for (const Initializer& in : c->checker->VarInits()) order.push_back(in.lhs[0]->name);
  EXPECT_EQ(order, (std::vector<std::string>{"d", "b", "c", "a"}));
}

TEST(InitOrderTest, MultiValueAndMethods) {
  auto c = Check(R"(package p

type T struct{}

func (T) M() int { return z }

var x, y = g()
var w = T.M
var z = 1
var _ = x
var u int

func g() (int, int) { return w(T{}), 2 }
)");
  ASSERT_TRUE(c->Errors().empty()) << c->Errors()[0];
  const std::vector<Initializer>& in = c->checker->VarInits();
  ASSERT_EQ(in.size(), 4u);
  EXPECT_EQ(in[0].lhs[0]->name, "z");
  EXPECT_EQ(in[1].lhs[0]->name, "w");
  ASSERT_EQ(in[2].lhs.size(), 2u);  // x, y = g(): one initializer
  EXPECT_EQ(in[2].lhs[1]->name, "y");
  EXPECT_EQ(in[2].rhs->kind, ExprKind::Call);
  EXPECT_EQ(in[3].lhs[0]->name, "_");
  EXPECT_EQ(c->checker->InitOrder().size(), 5u);
}

TEST(InitOrderTest, CyclesAreGcErrors) {
  auto c = Check(R"(package p

var x = x

var a = b
var b = c
var c = f()

func f() int { return a }

const k = l
const l = k
)");
  std::vector<std::string> want = {
      "3:5: initialization loop for x\n\tx.go:3:5: x refers to\n\tx.go:3:5: x",
      "5:5: initialization loop for a\n\tx.go:5:5: a refers to\n\tx.go:6:5: b refers to\n"
      "\tx.go:7:5: c refers to\n\tx.go:9:6: f refers to\n\tx.go:5:5: a",
      "11:7: initialization loop for k\n\tx.go:11:7: k refers to\n\tx.go:12:7: l refers to\n"
      "\tx.go:11:7: k",
  };
  EXPECT_EQ(c->Errors(), want);
}

}  // namespace
}  // namespace gocc::compile
