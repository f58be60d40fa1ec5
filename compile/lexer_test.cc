// Unit tests of the lexer (lexer.re): tokens, gc's byte columns, the spec's
// semicolon insertion, literal forms and the scanner's error messages.
#include "compile/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gocc::compile {
namespace {

// "line:col tok text" of every token, and the diagnostics.
struct Lexed {
  std::vector<std::string> toks;
  std::vector<std::string> errs;
};

Lexed Lex(const std::string& src) {
  Diag diag;
  diag.AddFile("x.go");
  Lexer lx(0, src, &diag);
  Lexed out;
  for (int n = 0; n < 1000; n++) {
    lx.Next();
    std::string text = lx.tok == Tok::Name || lx.tok == Tok::Literal || lx.tok == Tok::Semi
                           ? lx.lit
                           : lx.op != Op::None ? OpString(lx.op) : "";
    out.toks.push_back(std::to_string(lx.pos.line) + ":" + std::to_string(lx.pos.col) + " " +
                       TokString(lx.tok) + (text.empty() ? "" : " " + text));
    if (lx.tok == Tok::Eof) break;
  }
  for (const Diagnostic& d : diag.List())
    out.errs.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg);
  return out;
}

TEST(LexerTest, TokensAndPositions) {
  Lexed l = Lex("x := a[1] + 0x1F\n");
  std::vector<std::string> want = {"1:1 name x",     "1:3 :=",        "1:6 name a",
                                   "1:7 [",          "1:8 literal 1", "1:9 ]",
                                   "1:11 op +",      "1:13 literal 0x1F",
                                   "1:17 ; newline", "2:1 EOF"};
  EXPECT_EQ(l.toks, want);
  EXPECT_TRUE(l.errs.empty());
}

TEST(LexerTest, ColumnsCountBytes) {
  // "é" is two bytes: gc's columns are byte columns.
  Lexed l = Lex("é := \"ü\"; b");
  EXPECT_EQ(l.toks[0], "1:1 name é");
  EXPECT_EQ(l.toks[1], "1:4 :=");
  EXPECT_EQ(l.toks[2], "1:7 literal \"ü\"");
  EXPECT_EQ(l.toks[3], "1:11 ; semicolon");
  EXPECT_EQ(l.toks[4], "1:13 name b");
}

TEST(LexerTest, SemicolonInsertion) {
  // After identifiers, literals, return/break/continue/fallthrough, ++ --
  // ) ] }: a newline or EOF ends the statement; not after operators.
  Lexed l = Lex("return\nx++\ny +\nz)\n}\nbreak");
  std::vector<std::string> want = {
      "1:1 return",   "1:7 ; newline",  "2:1 name x", "2:2 opop +", "2:4 ; newline",
      "3:1 name y",   "3:3 op +",       "4:1 name z", "4:2 )",       "4:3 ; newline",
      "5:1 }",        "5:2 ; newline",  "6:1 break",  "6:6 ; EOF",   "6:6 EOF"};
  EXPECT_EQ(l.toks, want);
  // A comment spanning lines acts as a newline.
  Lexed c = Lex("a /* x\n */ b");
  EXPECT_EQ(c.toks[1], "1:3 ; newline");
  EXPECT_EQ(c.toks[2], "2:5 name b");
}

TEST(LexerTest, LiteralForms) {
  for (const char* lit : {"0", "0b1010", "0o17", "017", "0x_Ff", "1_000", "1.5e-3", ".5", "1.",
                          "0x1p-2", "1i", "0x1.8p1i", "'a'", "'\\n'", "'\\u00e9'", "'\\x41'",
                          "\"a\\tb\"", "`raw\nline`"}) {
    Lexed l = Lex(lit);
    EXPECT_EQ(l.toks[0].substr(l.toks[0].find(' ') + 1), std::string("literal ") + lit) << lit;
    EXPECT_TRUE(l.errs.empty()) << lit << ": " << l.errs[0];
  }
}

TEST(LexerTest, LiteralErrorsUseGcWording) {
  struct Case {
    const char* src;
    const char* err;
  };
  const Case cases[] = {
      {"08", "1:2: invalid digit '8' in octal literal"},
      {"0x", "1:3: hexadecimal literal has no digits"},
      {"1__0", "1:3: '_' must separate successive digits"},
      {"'ab'", "1:1: more than one character in rune literal"},
      {"\"abc", "1:1: string not terminated"},
      {"/* x", "1:1: comment not terminated"},
  };
  for (const Case& c : cases) {
    Lexed l = Lex(c.src);
    ASSERT_FALSE(l.errs.empty()) << c.src;
    EXPECT_EQ(l.errs[0], c.err) << c.src;
  }
}

}  // namespace
}  // namespace gocc::compile
