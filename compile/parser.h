// The Go parser (phase 2: tokens -> syntax tree). Recursive descent over the
// Go 1.19 grammar, one function per EBNF production (the rule is written above
// each function). Syntax errors use gc's exact wording and recovery so that
// the same errors are reported; type parameters are rejected with a clear
// error. Nesting deeper than kMaxDepth stops the parse with an error instead
// of overflowing the stack.
#ifndef GOCC_COMPILE_PARSER_H_
#define GOCC_COMPILE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "compile/ast.h"
#include "compile/lexer.h"

namespace gocc::compile {

class Parser {
 public:
  static constexpr int kMaxDepth = 400;

  Parser(int file, std::string_view src, Diag* diag, Arena* arena);
  // Parses a whole source file; returns null if the package clause is bad.
  File* ParseFile();

 private:
  // Token helpers.
  void Next() { lex_.Next(); }
  bool Got(Tok t);
  void Want(Tok t);
  void Advance(std::initializer_list<Tok> follow);
  void SyntaxError(const std::string& msg) { SyntaxErrorAt(lex_.pos, msg); }
  void SyntaxErrorAt(Pos pos, const std::string& msg);
  void ErrorAt(Pos pos, const std::string& msg);
  bool Enter();  // depth check; false when too deep
  void Leave() { --depth_; }
  template <typename F>
  Pos List(const char* context, Tok sep, Tok close, F f);

  Expr* NewExpr(ExprKind k, Pos p) { return arena_->New<Expr>(k, p); }
  Stmt* NewStmt(StmtKind k, Pos p) { return arena_->New<Stmt>(k, p); }
  Expr* BadExpr() { return NewExpr(ExprKind::Bad, lex_.pos); }

  // Declarations.
  void Linknames(File* f);
  template <typename F>
  void AppendGroup(std::vector<Decl*>* list, F f);
  Decl* ImportDecl();
  Decl* ConstDecl(int group, int* iota, Decl** prev);
  Decl* TypeDecl();
  Decl* VarDecl();
  Decl* FuncDeclOrNil();
  bool GotAssign();
  void SkipTypeParams(Pos lbrack);

  // Expressions.
  Expr* Name();
  std::vector<Expr*> NameList(Expr* first);
  Expr* QualifiedName(Expr* name);
  Expr* ExprNode();
  std::vector<Expr*> ExprList();
  Expr* BinaryExpr(Expr* x, int prec);
  Expr* UnaryExpr();
  Expr* Operand(bool keep_parens);
  Expr* PrimaryExpr(bool keep_parens);
  Expr* CompositeLit();
  Expr* BareCompositeLit();
  void ArgList(Expr* call);
  Expr* Literal();

  // Types.
  Expr* TypeOrNil();
  Expr* TypeNode();
  Expr* ArrayType(Pos pos, Expr* len);
  Expr* SliceType(Pos pos);
  Expr* ChanElem();
  Expr* StructType();
  Expr* InterfaceType();
  Expr* FuncType(Pos pos);
  void FieldDecl(Expr* st);
  std::vector<Field*> ParamList(Tok close);
  Field* ParamDeclOrNil();
  std::vector<Field*> FuncResult();
  Expr* DotsType();

  // Statements.
  Stmt* FuncBody();
  Stmt* BlockStmt(const char* context);
  std::vector<Stmt*> StmtList();
  Stmt* StmtOrNil();
  Stmt* SimpleStmt(std::vector<Expr*>* lhs, Tok keyword);
  Stmt* LabeledStmtOrNil(Expr* label);
  Stmt* DeclStmt(Tok kind);
  Stmt* IfStmt();
  Stmt* ForStmt();
  Stmt* SwitchStmt();
  Stmt* SelectStmt();
  CaseClause* CaseClauseNode(bool select);
  Stmt* CallStmt();
  void Header(Tok keyword, Stmt** init, Expr** cond, Stmt** post);

  Lexer lex_;
  Diag* diag_;
  Arena* arena_;
  int file_;
  int xnest_ = 0;   // expression nesting (< 0: in if/for/switch header)
  int fnest_ = 0;   // function nesting
  int depth_ = 0;   // recursion depth
  bool too_deep_ = false;
  int const_group_ = 0;
  int last_syntax_line_ = -1;
};

// Prints a simple statement as Go source (for gc's "cannot use ... as value").
std::string StmtString(const Stmt* s);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_PARSER_H_
