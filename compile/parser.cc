// The Go parser (see parser.h). Function names follow the grammar; each has
// its EBNF production above it. Error recovery mirrors gc's parser so that
// the reported syntax errors are the same.
#include "compile/parser.h"

#include <utility>

#include "compile/branches.h"

namespace gocc::compile {

Parser::Parser(int file, std::string_view src, Diag* diag, Arena* arena)
    : lex_(file, src, diag), diag_(diag), arena_(arena), file_(file) {
  Next();
}

bool Parser::Got(Tok t) {
  if (lex_.tok == t) {
    Next();
    return true;
  }
  return false;
}

void Parser::Want(Tok t) {
  if (!Got(t)) {
    SyntaxError(std::string("expecting ") +
                (t == Tok::Comma ? "comma" : t == Tok::Semi ? "semicolon or newline" : TokString(t)));
    Advance({});
  }
}

static const char* TokDesc(Tok t) {
  if (t == Tok::Comma) return "comma";
  if (t == Tok::Semi) return "semicolon or newline";
  return TokString(t);
}

// Statement keywords: error recovery inside functions stops at them.
static bool InStopSet(Tok t) {
  switch (t) {
    case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
    case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto:
    case Tok::If: case Tok::Return: case Tok::Select: case Tok::Switch:
    case Tok::Type: case Tok::Var:
      return true;
    default:
      return false;
  }
}

// Skips tokens until one in follow (or, inside a function, a statement
// keyword). With an empty follow list, skips exactly one token.
void Parser::Advance(std::initializer_list<Tok> follow) {
  if (follow.size() == 0) {
    if (lex_.tok != Tok::Eof) Next();
    return;
  }
  for (;;) {
    Tok t = lex_.tok;
    if (t == Tok::Eof) return;
    if (fnest_ > 0 && InStopSet(t)) return;
    for (Tok f : follow)
      if (f == t) return;
    Next();
  }
}

void Parser::SyntaxErrorAt(Pos pos, const std::string& msg0) {
  if (too_deep_) return;
  // Avoid meaningless follow-up errors at the end of the file.
  if (lex_.tok == Tok::Eof && diag_->ErrorCount() > 0) return;
  std::string msg = msg0;
  auto starts = [&](const char* p) { return msg.rfind(p, 0) == 0; };
  if (starts("in ") || starts("at ") || starts("after ")) {
    msg = " " + msg;
  } else if (starts("expecting ")) {
    msg = ", " + msg;
  } else if (!msg.empty()) {
    diag_->SyntaxError(pos, "syntax error: " + msg);
    return;
  }
  std::string tok;
  switch (lex_.tok) {
    case Tok::Name: tok = lex_.lit; break;
    case Tok::Semi: tok = lex_.lit; break;
    case Tok::Literal: tok = "literal " + lex_.lit; break;
    case Tok::Operator: case Tok::Star: case Tok::Arrow: tok = OpString(lex_.op); break;
    case Tok::AssignOp: tok = std::string(OpString(lex_.op)) + "="; break;
    case Tok::IncOp: tok = std::string(OpString(lex_.op)) + OpString(lex_.op); break;
    default: tok = TokDesc(lex_.tok);
  }
  diag_->SyntaxError(pos, "syntax error: unexpected " + tok + msg);
}

void Parser::ErrorAt(Pos pos, const std::string& msg) {
  if (!too_deep_) diag_->Error(pos, msg);
}

bool Parser::Enter() {
  if (++depth_ > kMaxDepth) {
    if (!too_deep_) {
      diag_->SyntaxError(lex_.pos, "syntax error: nesting too deep (more than " +
                                       std::to_string(kMaxDepth) + " levels)");
      too_deep_ = true;
    }
    // Stop the parse: everything unwinds at EOF.
    while (lex_.tok != Tok::Eof) Next();
    return false;
  }
  return true;
}

// list = [ f { sep f } [ sep ] ] close .
template <typename F>
Pos Parser::List(const char* context, Tok sep, Tok close, F f) {
  bool done = false;
  while (lex_.tok != Tok::Eof && lex_.tok != close && !done) {
    done = f();
    if (!Got(sep) && lex_.tok != close) {
      SyntaxError(std::string("in ") + context + "; possibly missing " +
                  TokDesc(sep) + " or " + TokDesc(close));
      Advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (lex_.tok != close) return lex_.pos;
    }
  }
  Pos pos = lex_.pos;
  Want(close);
  return pos;
}

// ----------------------------------------------------------------------------
// Source files and declarations

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::ParseFile() {
  File* f = arena_->New<File>();
  f->file_index = file_;
  f->pos = lex_.pos;
  // PackageClause = "package" PackageName .
  if (!Got(Tok::Package)) {
    SyntaxError("package statement must be first");
    return nullptr;
  }
  f->pkg_name = Name();
  Want(Tok::Semi);
  if (diag_->SyntaxErrorCount() > 0) return nullptr;

  Tok prev = Tok::Import;
  while (lex_.tok != Tok::Eof) {
    if (lex_.tok == Tok::Import && prev != Tok::Import)
      SyntaxError("imports must appear before other declarations");
    prev = lex_.tok;
    switch (lex_.tok) {
      case Tok::Import:
        Next();
        AppendGroup(&f->decls, [&](int) { return ImportDecl(); });
        break;
      case Tok::Const: {
        Next();
        int group = const_group_++;
        int iota = 0;
        Decl* last = nullptr;
        AppendGroup(&f->decls, [&](int) { return ConstDecl(group, &iota, &last); });
        break;
      }
      case Tok::Type:
        Next();
        AppendGroup(&f->decls, [&](int) { return TypeDecl(); });
        break;
      case Tok::Var:
        Next();
        AppendGroup(&f->decls, [&](int) { return VarDecl(); });
        break;
      case Tok::Func: {
        Next();
        if (Decl* d = FuncDeclOrNil()) f->decls.push_back(d);
        break;
      }
      default: {
        bool empty_func = !f->decls.empty() && f->decls.back()->kind == DeclKind::Func &&
                          f->decls.back()->body == nullptr;
        if (lex_.tok == Tok::Lbrace && empty_func)
          SyntaxError("unexpected semicolon or newline before {");
        else
          SyntaxError("non-declaration statement outside function body");
        Advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    if (lex_.tok != Tok::Eof && !Got(Tok::Semi)) {
      SyntaxError("after top level declaration");
      Advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  Linknames(f);
  return f;
}

// Collects the file's //go:linkname directives, with gc's usage errors
// (the checker resolves them: check_decl.cc).
void Parser::Linknames(File* f) {
  for (const Directive& d : lex_.directives) {
    if (d.text.rfind("go:linkname ", 0) != 0) continue;
    if (!d.own_line) {
      diag_->SyntaxError(d.pos, "misplaced compiler directive");
      continue;
    }
    std::vector<std::string> fields;
    for (size_t i = 0; i < d.text.size();) {
      size_t j = d.text.find_first_of(" \t", i);
      if (j == std::string::npos) j = d.text.size();
      if (j > i) fields.push_back(d.text.substr(i, j - i));
      i = j + 1;
    }
    if (fields.size() < 2 || fields.size() > 3) {
      diag_->SyntaxError(d.pos, "usage: //go:linkname localname [linkname]");
      continue;
    }
    f->linknames.push_back({d.pos, fields[1], fields.size() == 3 ? fields[2] : ""});
  }
}

// Group = "(" { Spec ";" } ")" | Spec .
template <typename F>
void Parser::AppendGroup(std::vector<Decl*>* list, F f) {
  if (Got(Tok::Lparen)) {
    List("grouped declaration", Tok::Semi, Tok::Rparen, [&]() {
      if (Decl* d = f(0)) list->push_back(d);
      return false;
    });
  } else {
    if (Decl* d = f(0)) list->push_back(d);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::ImportDecl() {
  Decl* d = arena_->New<Decl>();
  d->kind = DeclKind::Import;
  d->pos = lex_.pos;
  if (lex_.tok == Tok::Name) {
    d->local_name = Name();
  } else if (lex_.tok == Tok::Dot) {
    d->local_name = NewExpr(ExprKind::Name, lex_.pos);
    d->local_name->name = ".";
    Next();
  }
  if (lex_.tok != Tok::Literal) {
    SyntaxError("missing import path");
    Advance({Tok::Semi, Tok::Rparen});
    return d;
  }
  d->path = Literal();
  if (!d->path->bad && d->path->lit_kind != LitKind::String) {
    SyntaxErrorAt(lex_.pos, "import path must be a string");
    d->path->bad = true;
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::ConstDecl(int group, int* iota, Decl** prev) {
  Decl* d = arena_->New<Decl>();
  d->kind = DeclKind::Const;
  d->pos = lex_.pos;
  d->group = group;
  d->iota = (*iota)++;
  d->names = NameList(Name());
  if (lex_.tok != Tok::Eof && lex_.tok != Tok::Semi && lex_.tok != Tok::Rparen) {
    d->type = TypeOrNil();
    if (GotAssign()) d->values = ExprList();
  }
  if (d->values.empty() && d->type == nullptr && *prev != nullptr) {
    // Implicit repetition of the previous type and expressions.
    d->type = (*prev)->type;
    d->values = (*prev)->values;
    d->implicit_values = true;
  } else {
    *prev = d;
  }
  return d;
}

// TypeSpec = AliasDecl | TypeDef .
// AliasDecl = identifier "=" Type .
// TypeDef = identifier [ TypeParameters ] Type .
Decl* Parser::TypeDecl() {
  Decl* d = arena_->New<Decl>();
  d->kind = DeclKind::Type;
  d->pos = lex_.pos;
  d->names.push_back(Name());
  if (lex_.tok == Tok::Lbrack) {
    // Array/slice type or type parameter list.
    Pos pos = lex_.pos;
    Next();
    if (lex_.tok == Tok::Rbrack) {
      Next();
      d->type = SliceType(pos);
    } else if (lex_.tok == Tok::Name) {
      // "[P any]", "[P, Q any]", "[P interface{...}]" are type parameters;
      // "[N]T" or "[N*2]T" are arrays.
      Expr* x = ExprNode();
      if (lex_.tok == Tok::Rbrack) {
        d->type = ArrayType(pos, x);
      } else {
        SkipTypeParams(StartPos(x));
        d->type = TypeOrNil();
      }
    } else {
      d->type = ArrayType(pos, nullptr);
    }
  } else {
    d->alias = GotAssign();
    d->type = TypeOrNil();
  }
  if (d->type == nullptr) {
    d->type = BadExpr();
    SyntaxError("in type declaration");
    Advance({Tok::Semi, Tok::Rparen});
  }
  return d;
}

// Reports unsupported type parameters and skips to the closing ']'.
void Parser::SkipTypeParams(Pos at) {
  ErrorAt(at, "type parameters are not supported");
  int nest = 1;
  while (lex_.tok != Tok::Eof) {
    if (lex_.tok == Tok::Lbrack) ++nest;
    if (lex_.tok == Tok::Rbrack && --nest == 0) {
      Next();
      return;
    }
    Next();
  }
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::VarDecl() {
  Decl* d = arena_->New<Decl>();
  d->kind = DeclKind::Var;
  d->pos = lex_.pos;
  d->names = NameList(Name());
  if (GotAssign()) {
    d->values = ExprList();
  } else {
    d->type = TypeNode();
    if (GotAssign()) d->values = ExprList();
  }
  return d;
}

bool Parser::GotAssign() {
  switch (lex_.tok) {
    case Tok::Define:
      SyntaxError("expecting =");
      [[fallthrough]];
    case Tok::Assign:
      Next();
      return true;
    default:
      return false;
  }
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
Decl* Parser::FuncDeclOrNil() {
  Decl* d = arena_->New<Decl>();
  d->kind = DeclKind::Func;
  d->pos = lex_.pos;
  if (lex_.tok == Tok::Lparen) {
    Pos rpos = lex_.pos;
    Next();
    d->recvs = ParamList(Tok::Rparen);
    if (d->recvs.empty()) {
      ErrorAt(rpos, "method has no receiver");
    } else if (d->recvs.size() > 1) {
      ErrorAt(rpos, "method has multiple receivers");
    }
    if (!d->recvs.empty()) d->recv = d->recvs[0];
  }
  if (lex_.tok != Tok::Name) {
    SyntaxError("expecting name or (");
    Advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  d->names.push_back(Name());
  Pos fpos = lex_.pos;
  if (lex_.tok == Tok::Lbrack) {
    Pos lb = lex_.pos;
    Next();
    SkipTypeParams(lb.line ? lex_.pos : lb);
  }
  d->type = FuncType(fpos);
  if (lex_.tok == Tok::Lbrace) d->body = FuncBody();
  return d;
}

// ----------------------------------------------------------------------------
// Expressions

Expr* Parser::Name() {
  if (lex_.tok == Tok::Name) {
    Expr* n = NewExpr(ExprKind::Name, lex_.pos);
    n->name = lex_.lit;
    Next();
    return n;
  }
  Expr* n = NewExpr(ExprKind::Name, lex_.pos);
  n->name = "_";
  SyntaxError("expecting name");
  Advance({});
  return n;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Expr*> Parser::NameList(Expr* first) {
  std::vector<Expr*> l{first};
  while (Got(Tok::Comma)) l.push_back(Name());
  return l;
}

// TypeName = identifier | PackageName "." identifier .
Expr* Parser::QualifiedName(Expr* name) {
  Expr* x;
  if (name) {
    x = name;
  } else if (lex_.tok == Tok::Name) {
    x = Name();
  } else {
    x = NewExpr(ExprKind::Name, lex_.pos);
    x->name = "_";
    SyntaxError("expecting name");
    Advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (lex_.tok == Tok::Dot) {
    Expr* s = NewExpr(ExprKind::Selector, lex_.pos);
    Next();
    s->x = x;
    Expr* sel = Name();
    s->name = sel->name;
    s->y = sel;
    x = s;
  }
  if (lex_.tok == Tok::Lbrack) {
    Pos lb = lex_.pos;
    Next();
    SkipTypeParams(lb);
  }
  return x;
}

Expr* Parser::Literal() {
  Expr* e = NewExpr(ExprKind::BasicLit, lex_.pos);
  e->name = lex_.lit;
  e->lit_kind = lex_.kind;
  e->bad = lex_.bad;
  Next();
  return e;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::ExprNode() { return BinaryExpr(nullptr, 0); }

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::ExprList() {
  std::vector<Expr*> l{ExprNode()};
  while (Got(Tok::Comma)) l.push_back(ExprNode());
  return l;
}

Expr* Parser::BinaryExpr(Expr* x, int prec) {
  if (!x) x = UnaryExpr();
  while ((lex_.tok == Tok::Operator || lex_.tok == Tok::Star) && lex_.prec > prec) {
    Expr* t = NewExpr(ExprKind::Binary, lex_.pos);
    t->op = lex_.op;
    int tprec = lex_.prec;
    Next();
    t->x = x;
    if (!Enter()) {
      t->y = BadExpr();
      return t;
    }
    t->y = BinaryExpr(nullptr, tprec);
    Leave();
    x = t;
  }
  return x;
}

static Expr* Unparen(Expr* x) {
  while (x && x->kind == ExprKind::Paren) x = x->x;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::UnaryExpr() {
  if (!Enter()) return BadExpr();
  Expr* result = nullptr;
  switch (lex_.tok) {
    case Tok::Operator:
    case Tok::Star:
      switch (lex_.op) {
        case Op::Mul: case Op::Add: case Op::Sub: case Op::Not: case Op::Xor:
        case Op::Tilde: {
          Expr* x = NewExpr(ExprKind::Unary, lex_.pos);
          x->op = lex_.op;
          Next();
          x->x = UnaryExpr();
          result = x;
          break;
        }
        case Op::And: {
          Expr* x = NewExpr(ExprKind::Unary, lex_.pos);
          x->op = Op::And;
          Next();
          x->x = Unparen(UnaryExpr());
          result = x;
          break;
        }
        default:
          break;
      }
      break;
    case Tok::Arrow: {
      Pos pos = lex_.pos;
      Next();
      Expr* x = UnaryExpr();
      if (x->kind == ExprKind::ChanType) {
        // <-chan T: re-associate the arrow with the channel type.
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
          if (t->kind != ExprKind::ChanType) break;
          dir = t->dir;
          if (dir == ChanDir::Recv) SyntaxError("unexpected <-, expecting chan");
          t->dir = ChanDir::Recv;
          t = t->x;
        }
        if (dir == ChanDir::Send)
          SyntaxError("unexpected " + ExprString(t) + ", expecting chan");
        result = x;
        break;
      }
      Expr* o = NewExpr(ExprKind::Unary, pos);
      o->op = Op::Recv;
      o->x = x;
      result = o;
      break;
    }
    default:
      break;
  }
  if (!result) result = PrimaryExpr(true);
  Leave();
  return result;
}

// Operand = Literal | OperandName | "(" Expression ")" .
// Literal = BasicLit | CompositeLit | FunctionLit .
Expr* Parser::Operand(bool keep_parens) {
  (void)keep_parens;
  switch (lex_.tok) {
    case Tok::Name:
      return Name();
    case Tok::Literal:
      return Literal();
    case Tok::Lparen: {
      Pos pos = lex_.pos;
      Next();
      xnest_++;
      Expr* x = ExprNode();
      xnest_--;
      Want(Tok::Rparen);
      Expr* p = NewExpr(ExprKind::Paren, pos);
      p->x = x;
      return p;
    }
    case Tok::Func: {
      // FunctionLit = "func" Signature FunctionBody .
      Pos pos = lex_.pos;
      Next();
      Expr* ft = FuncType(pos);
      if (lex_.tok == Tok::Lbrace) {
        xnest_++;
        Expr* f = NewExpr(ExprKind::FuncLit, pos);
        f->x = ft;
        f->body = FuncBody();
        xnest_--;
        return f;
      }
      return ft;
    }
    case Tok::Lbrack: case Tok::Chan: case Tok::Map: case Tok::Struct:
    case Tok::Interface:
      return TypeNode();
    default: {
      Expr* x = BadExpr();
      SyntaxError("expecting expression");
      Advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice |
//               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
Expr* Parser::PrimaryExpr(bool keep_parens) {
  Expr* x = Operand(keep_parens);
  for (;;) {
    Pos pos = lex_.pos;
    switch (lex_.tok) {
      case Tok::Dot: {
        Next();
        if (lex_.tok == Tok::Name) {
          // Selector = "." identifier .
          Expr* t = NewExpr(ExprKind::Selector, pos);
          t->x = x;
          Expr* sel = Name();
          t->name = sel->name;
          t->y = sel;
          x = t;
        } else if (lex_.tok == Tok::Lparen) {
          // TypeAssertion = "." "(" Type ")" .
          Next();
          Expr* t = NewExpr(ExprKind::TypeAssert, pos);
          t->x = x;
          if (!Got(Tok::Type)) t->y = TypeNode();
          Want(Tok::Rparen);
          x = t;
        } else {
          SyntaxError("expecting name or (");
          Advance({Tok::Semi, Tok::Rparen});
        }
        break;
      }
      case Tok::Lbrack: {
        // Index = "[" Expression "]" .
        // Slice = "[" [ Expression ] ":" [ Expression ] "]" |
        //         "[" [ Expression ] ":" Expression ":" Expression "]" .
        Next();
        Expr* i = nullptr;
        if (lex_.tok != Tok::Colon) {
          bool comma = false;
          if (lex_.tok == Tok::Rbrack) {
            SyntaxError("expecting operand");
            i = BadExpr();
          } else {
            xnest_++;
            i = ExprNode();
            if (lex_.tok == Tok::Comma) {
              comma = true;
              ErrorAt(StartPos(i), "type parameters are not supported");
              while (Got(Tok::Comma) && lex_.tok != Tok::Rbrack) ExprNode();
            }
            xnest_--;
          }
          if (comma || lex_.tok == Tok::Rbrack) {
            Want(Tok::Rbrack);
            Expr* t = NewExpr(ExprKind::Index, pos);
            t->x = x;
            t->y = i;
            x = t;
            break;
          }
        }
        if (!Got(Tok::Colon)) {
          SyntaxError("expecting comma, : or ]");
          Advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        xnest_++;
        Expr* t = NewExpr(ExprKind::Slice, pos);
        t->x = x;
        t->y = i;
        if (lex_.tok != Tok::Colon && lex_.tok != Tok::Rbrack) t->z = ExprNode();
        if (lex_.tok == Tok::Colon) {
          t->full = true;
          if (!t->z) ErrorAt(lex_.pos, "middle index required in 3-index slice");
          Next();
          if (lex_.tok != Tok::Rbrack) {
            t->w = ExprNode();
          } else {
            ErrorAt(lex_.pos, "final index required in 3-index slice");
          }
        }
        xnest_--;
        Want(Tok::Rbrack);
        x = t;
        break;
      }
      case Tok::Lparen: {
        // Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
        Expr* t = NewExpr(ExprKind::Call, pos);
        Next();
        t->x = x;
        ArgList(t);
        x = t;
        break;
      }
      case Tok::Lbrace: {
        // CompositeLit = LiteralType LiteralValue .
        Expr* t = Unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case ExprKind::Name: case ExprKind::Selector:
            complit_ok = xnest_ >= 0;
            break;
          case ExprKind::Index:
            complit_ok = xnest_ >= 0;
            break;
          case ExprKind::ArrayType: case ExprKind::SliceType:
          case ExprKind::StructType: case ExprKind::MapType:
            complit_ok = true;
            break;
          default:
            break;
        }
        if (!complit_ok) return x;
        if (t != x) SyntaxError("cannot parenthesize type in composite literal");
        if (!Enter()) return x;
        Expr* n = CompositeLit();
        Leave();
        n->x = x;
        x = n;
        break;
      }
      default:
        return x;
    }
  }
}

void Parser::ArgList(Expr* call) {
  xnest_++;
  List("argument list", Tok::Comma, Tok::Rparen, [&]() {
    call->list.push_back(ExprNode());
    call->has_dots = Got(Tok::DotDotDot);
    return call->has_dots;
  });
  xnest_--;
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
Expr* Parser::CompositeLit() {
  Expr* x = NewExpr(ExprKind::CompositeLit, lex_.pos);
  xnest_++;
  Want(Tok::Lbrace);
  x->rbrace = List("composite literal", Tok::Comma, Tok::Rbrace, [&]() {
    Expr* e = BareCompositeLit();
    if (lex_.tok == Tok::Colon) {
      Expr* kv = NewExpr(ExprKind::KeyValue, lex_.pos);
      Next();
      kv->x = e;
      kv->y = BareCompositeLit();
      e = kv;
    }
    x->list.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::BareCompositeLit() {
  if (lex_.tok == Tok::Lbrace) {
    if (!Enter()) return BadExpr();
    Expr* e = CompositeLit();
    Leave();
    return e;
  }
  return ExprNode();
}

// ----------------------------------------------------------------------------
// Types

// Type = TypeName | TypeLit | "(" Type ")" .
Expr* Parser::TypeNode() {
  Expr* t = TypeOrNil();
  if (!t) {
    t = BadExpr();
    SyntaxError("expecting type");
    Advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// TypeLit = ArrayType | StructType | PointerType | FunctionType |
//           InterfaceType | SliceType | MapType | ChannelType .
Expr* Parser::TypeOrNil() {
  if (!Enter()) return BadExpr();
  Pos pos = lex_.pos;
  Expr* result = nullptr;
  switch (lex_.tok) {
    case Tok::Star: {
      // PointerType = "*" BaseType .
      Next();
      result = NewExpr(ExprKind::Unary, pos);
      result->op = Op::Mul;
      result->x = TypeNode();
      break;
    }
    case Tok::Arrow: {
      // ChannelType = "<-" "chan" ElementType .
      Next();
      Want(Tok::Chan);
      result = NewExpr(ExprKind::ChanType, pos);
      result->dir = ChanDir::Recv;
      result->x = ChanElem();
      break;
    }
    case Tok::Func:
      // FunctionType = "func" Signature .
      Next();
      result = FuncType(pos);
      break;
    case Tok::Lbrack:
      // ArrayType = "[" ArrayLength "]" ElementType .
      // SliceType = "[" "]" ElementType .
      Next();
      if (Got(Tok::Rbrack)) {
        result = SliceType(pos);
      } else {
        result = ArrayType(pos, nullptr);
      }
      break;
    case Tok::Chan: {
      // ChannelType = "chan" [ "<-" ] ElementType .
      Next();
      result = NewExpr(ExprKind::ChanType, pos);
      if (Got(Tok::Arrow)) result->dir = ChanDir::Send;
      result->x = ChanElem();
      break;
    }
    case Tok::Map: {
      // MapType = "map" "[" KeyType "]" ElementType .
      Next();
      Want(Tok::Lbrack);
      result = NewExpr(ExprKind::MapType, pos);
      result->y = TypeNode();
      Want(Tok::Rbrack);
      result->x = TypeNode();
      break;
    }
    case Tok::Struct:
      result = StructType();
      break;
    case Tok::Interface:
      result = InterfaceType();
      break;
    case Tok::Name:
      result = QualifiedName(nullptr);
      break;
    case Tok::Lparen: {
      Next();
      result = NewExpr(ExprKind::Paren, pos);
      result->x = TypeNode();
      Want(Tok::Rparen);
      break;
    }
    default:
      break;
  }
  Leave();
  return result;
}

Expr* Parser::SliceType(Pos pos) {
  Expr* t = NewExpr(ExprKind::SliceType, pos);
  t->x = TypeNode();
  return t;
}

// ArrayLength = Expression . ("..." in composite literal types)
Expr* Parser::ArrayType(Pos pos, Expr* len) {
  Expr* t = NewExpr(ExprKind::ArrayType, pos);
  if (!len && !Got(Tok::DotDotDot)) {
    xnest_++;
    len = ExprNode();
    xnest_--;
  }
  if (!len) t->has_dots = true;
  t->y = len;
  if (lex_.tok == Tok::Comma) {
    SyntaxError("unexpected comma; expecting ]");
    Next();
  }
  Want(Tok::Rbrack);
  t->x = TypeNode();
  return t;
}

Expr* Parser::ChanElem() {
  Expr* t = TypeOrNil();
  if (!t) {
    t = BadExpr();
    SyntaxError("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
Expr* Parser::StructType() {
  Expr* t = NewExpr(ExprKind::StructType, lex_.pos);
  Want(Tok::Struct);
  Want(Tok::Lbrace);
  List("struct type", Tok::Semi, Tok::Rbrace, [&]() {
    FieldDecl(t);
    return false;
  });
  return t;
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .
void Parser::FieldDecl(Expr* st) {
  Pos pos = lex_.pos;
  auto tag = [&](Field* f) {
    if (lex_.tok == Tok::Literal) {
      Expr* l = Literal();
      f->has_tag = true;
      if (l->lit_kind == LitKind::String && !l->bad) f->tag = DecodeStringLit(l->name);
    }
  };
  switch (lex_.tok) {
    case Tok::Name: {
      Expr* name = Name();
      if (lex_.tok == Tok::Dot || lex_.tok == Tok::Literal || lex_.tok == Tok::Semi ||
          lex_.tok == Tok::Rbrace) {
        Field* f = arena_->New<Field>();
        f->pos = pos;
        f->type = QualifiedName(name);
        tag(f);
        st->fields.push_back(f);
        break;
      }
      std::vector<Expr*> names = NameList(name);
      Expr* typ = TypeNode();
      Field proto;
      tag(&proto);
      for (Expr* n : names) {
        Field* f = arena_->New<Field>();
        f->pos = n->pos;
        f->name = n;
        f->type = typ;
        f->tag = proto.tag;
        f->has_tag = proto.has_tag;
        st->fields.push_back(f);
      }
      break;
    }
    case Tok::Star: {
      Next();
      Expr* typ;
      if (lex_.tok == Tok::Lparen) {
        SyntaxError("cannot parenthesize embedded type");
        Next();
        typ = QualifiedName(nullptr);
        Got(Tok::Rparen);
      } else {
        typ = QualifiedName(nullptr);
      }
      Field* f = arena_->New<Field>();
      f->pos = pos;
      Expr* p = NewExpr(ExprKind::Unary, pos);
      p->op = Op::Mul;
      p->x = typ;
      f->type = p;
      tag(f);
      st->fields.push_back(f);
      break;
    }
    case Tok::Lparen: {
      SyntaxError("cannot parenthesize embedded type");
      Next();
      Field* f = arena_->New<Field>();
      f->pos = pos;
      if (lex_.tok == Tok::Star) {
        Next();
        Expr* p = NewExpr(ExprKind::Unary, pos);
        p->op = Op::Mul;
        p->x = QualifiedName(nullptr);
        f->type = p;
      } else {
        f->type = QualifiedName(nullptr);
      }
      Got(Tok::Rparen);
      tag(f);
      st->fields.push_back(f);
      break;
    }
    default:
      SyntaxError("expecting field name or embedded type");
      Advance({Tok::Semi, Tok::Rbrace});
  }
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .
// MethodElem    = MethodName Signature .
Expr* Parser::InterfaceType() {
  Expr* t = NewExpr(ExprKind::InterfaceType, lex_.pos);
  Want(Tok::Interface);
  Want(Tok::Lbrace);
  List("interface type", Tok::Semi, Tok::Rbrace, [&]() {
    Pos pos = lex_.pos;
    if (lex_.tok == Tok::Name) {
      Expr* name = Name();
      Field* f = arena_->New<Field>();
      f->pos = pos;
      if (lex_.tok == Tok::Lparen) {
        f->name = name;
        f->type = FuncType(lex_.pos);
      } else {
        f->type = QualifiedName(name);
        if (lex_.tok == Tok::Operator && lex_.op == Op::Or) {
          ErrorAt(lex_.pos, "type parameters are not supported");
          while (lex_.tok != Tok::Semi && lex_.tok != Tok::Rbrace && lex_.tok != Tok::Eof) Next();
        }
      }
      t->fields.push_back(f);
      return false;
    }
    if (lex_.tok == Tok::Lparen) {
      SyntaxError("cannot parenthesize embedded type");
      Next();
      Field* f = arena_->New<Field>();
      f->pos = pos;
      f->type = QualifiedName(nullptr);
      Got(Tok::Rparen);
      t->fields.push_back(f);
      return false;
    }
    if ((lex_.tok == Tok::Operator && lex_.op == Op::Tilde) || lex_.tok == Tok::Star ||
        lex_.tok == Tok::Lbrack || lex_.tok == Tok::Map || lex_.tok == Tok::Chan ||
        lex_.tok == Tok::Func || lex_.tok == Tok::Struct) {
      // A type element (constraint): only meaningful with type parameters.
      ErrorAt(pos, "type parameters are not supported");
      while (lex_.tok != Tok::Semi && lex_.tok != Tok::Rbrace && lex_.tok != Tok::Eof) Next();
      return false;
    }
    SyntaxError("expecting method or interface name");
    Advance({Tok::Semi, Tok::Rbrace});
    return false;
  });
  return t;
}

// Signature = Parameters [ Result ] .
// Result    = Parameters | Type .
Expr* Parser::FuncType(Pos pos) {
  Expr* t = NewExpr(ExprKind::FuncType, pos);
  if (lex_.tok == Tok::Lbrack) {
    Pos lb = lex_.pos;
    Next();
    SkipTypeParams(lb);
  }
  Want(Tok::Lparen);
  t->fields = ParamList(Tok::Rparen);
  t->results = FuncResult();
  return t;
}

std::vector<Field*> Parser::FuncResult() {
  if (Got(Tok::Lparen)) return ParamList(Tok::Rparen);
  Pos pos = lex_.pos;
  if (Expr* typ = TypeOrNil()) {
    Field* f = arena_->New<Field>();
    f->pos = pos;
    f->type = typ;
    return {f};
  }
  return {};
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
std::vector<Field*> Parser::ParamList(Tok close) {
  std::vector<Field*> list;
  int named = 0;
  List("parameter list", Tok::Comma, close, [&]() {
    if (Field* par = ParamDeclOrNil()) {
      if (par->name && par->type) named++;
      list.push_back(par);
    }
    return false;
  });
  if (list.empty()) return list;
  if (named == 0) {
    // All unnamed: lone names are type names.
    for (Field* par : list) {
      if (par->name && !par->type) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != static_cast<int>(list.size())) {
    // Some named: distribute types from right to left.
    Pos err_pos;
    Expr* typ = nullptr;
    for (int i = static_cast<int>(list.size()) - 1; i >= 0; i--) {
      Field* par = list[i];
      if (par->type) {
        typ = par->type;
        if (!par->name) {
          err_pos = StartPos(typ);
          par->name = NewExpr(ExprKind::Name, err_pos);
          par->name->name = "_";
        }
      } else if (typ) {
        par->type = typ;
      } else {
        err_pos = par->name->pos;
        par->type = NewExpr(ExprKind::Bad, err_pos);
      }
    }
    if (err_pos.IsKnown()) SyntaxErrorAt(err_pos, "mixed named and unnamed parameters");
  }
  return list;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
Field* Parser::ParamDeclOrNil() {
  Field* f = arena_->New<Field>();
  f->pos = lex_.pos;
  if (lex_.tok == Tok::Name) {
    Expr* name = Name();
    if (lex_.tok == Tok::Lbrack) {
      // name "[" ...: array/slice type of a named parameter, or instance.
      f->name = name;
      f->type = TypeNode();
      return f;
    }
    if (lex_.tok == Tok::Dot) {
      f->type = QualifiedName(name);
      return f;
    }
    if (lex_.tok == Tok::DotDotDot) {
      f->name = name;
      f->type = DotsType();
      return f;
    }
    if (Expr* t = TypeOrNil()) {
      f->name = name;
      f->type = t;
    } else {
      f->name = name;
    }
    return f;
  }
  if (lex_.tok == Tok::DotDotDot) {
    f->type = DotsType();
    return f;
  }
  if (Expr* t = TypeOrNil()) {
    f->type = t;
    return f;
  }
  SyntaxError("expecting )");
  Advance({Tok::Comma, Tok::Rparen});
  return nullptr;
}

Expr* Parser::DotsType() {
  Expr* t = NewExpr(ExprKind::DotsType, lex_.pos);
  Want(Tok::DotDotDot);
  t->x = TypeOrNil();
  if (!t->x) {
    t->x = BadExpr();
    SyntaxError("... is missing type");
  }
  return t;
}

// ----------------------------------------------------------------------------
// Statements

// FunctionBody = Block .
Stmt* Parser::FuncBody() {
  fnest_++;
  int outer = xnest_;
  xnest_ = 0;
  int errcnt = diag_->ErrorCount();
  Stmt* b = BlockStmt("");
  if (diag_->ErrorCount() == errcnt && !too_deep_) CheckBranches(b, diag_);
  xnest_ = outer;
  fnest_--;
  return b;
}

// Block = "{" StatementList "}" .
Stmt* Parser::BlockStmt(const char* context) {
  Stmt* s = NewStmt(StmtKind::Block, lex_.pos);
  if (!Got(Tok::Lbrace)) {
    SyntaxError(std::string("expecting { after ") + context);
    Advance({Tok::Name, Tok::Rbrace});
    s->rbrace = lex_.pos;
    if (Got(Tok::Rbrace)) return s;
  }
  s->list = StmtList();
  s->rbrace = lex_.pos;
  Want(Tok::Rbrace);
  return s;
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::StmtList() {
  std::vector<Stmt*> l;
  while (lex_.tok != Tok::Eof && lex_.tok != Tok::Rbrace && lex_.tok != Tok::Case &&
         lex_.tok != Tok::Default) {
    Stmt* s = StmtOrNil();
    if (!s) break;
    l.push_back(s);
    if (!Got(Tok::Semi) && lex_.tok != Tok::Rbrace) {
      SyntaxError("at end of statement");
      Advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      Got(Tok::Semi);
    }
  }
  return l;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::StmtOrNil() {
  if (!Enter()) return nullptr;
  struct Guard {
    Parser* p;
    ~Guard() { p->Leave(); }
  } guard{this};
  if (lex_.tok == Tok::Name) {
    std::vector<Expr*> lhs = ExprList();
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Name && lex_.tok == Tok::Colon)
      return LabeledStmtOrNil(lhs[0]);
    return SimpleStmt(&lhs, Tok::Eof);
  }
  switch (lex_.tok) {
    case Tok::Var: case Tok::Const: case Tok::Type:
      return DeclStmt(lex_.tok);
    case Tok::Lbrace:
      return BlockStmt("");
    case Tok::Operator: case Tok::Star:
      switch (lex_.op) {
        case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Xor:
        case Op::Not:
          return SimpleStmt(nullptr, Tok::Eof);
        default:
          break;
      }
      break;
    case Tok::Literal: case Tok::Func: case Tok::Lparen: case Tok::Lbrack:
    case Tok::Struct: case Tok::Map: case Tok::Chan: case Tok::Interface:
    case Tok::Arrow:
      return SimpleStmt(nullptr, Tok::Eof);
    case Tok::For:
      return ForStmt();
    case Tok::Switch:
      return SwitchStmt();
    case Tok::Select:
      return SelectStmt();
    case Tok::If:
      return IfStmt();
    case Tok::Fallthrough: {
      Stmt* s = NewStmt(StmtKind::Branch, lex_.pos);
      s->tok = Tok::Fallthrough;
      Next();
      return s;
    }
    case Tok::Break: case Tok::Continue: {
      Stmt* s = NewStmt(StmtKind::Branch, lex_.pos);
      s->tok = lex_.tok;
      Next();
      if (lex_.tok == Tok::Name) {
        s->label_pos = lex_.pos;
        s->label = Name()->name;
      }
      return s;
    }
    case Tok::Go: case Tok::Defer:
      return CallStmt();
    case Tok::Goto: {
      Stmt* s = NewStmt(StmtKind::Branch, lex_.pos);
      s->tok = Tok::Goto;
      Next();
      s->label_pos = lex_.pos;
      s->label = Name()->name;
      return s;
    }
    case Tok::Return: {
      // ReturnStmt = "return" [ ExpressionList ] .
      Stmt* s = NewStmt(StmtKind::Return, lex_.pos);
      Next();
      if (lex_.tok != Tok::Semi && lex_.tok != Tok::Rbrace) s->rhs = ExprList();
      return s;
    }
    case Tok::Semi:
      return NewStmt(StmtKind::Empty, lex_.pos);
    default:
      break;
  }
  return nullptr;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
Stmt* Parser::SimpleStmt(std::vector<Expr*>* lhs_in, Tok keyword) {
  if (keyword == Tok::For && lex_.tok == Tok::Range) {
    // RangeClause = "range" Expression (no iteration variables).
    Stmt* r = NewStmt(StmtKind::Range, lex_.pos);
    Next();
    r->x = ExprNode();
    return r;
  }
  std::vector<Expr*> lhs = lhs_in ? *lhs_in : ExprList();
  if (lhs.size() == 1 && lex_.tok != Tok::Assign && lex_.tok != Tok::Define) {
    Pos pos = lex_.pos;
    switch (lex_.tok) {
      case Tok::AssignOp: {
        Stmt* s = NewStmt(StmtKind::Assign, pos);
        s->op = lex_.op;
        Next();
        s->lhs = lhs;
        s->rhs.push_back(ExprNode());
        return s;
      }
      case Tok::IncOp: {
        // IncDecStmt = Expression ( "++" | "--" ) .
        Stmt* s = NewStmt(StmtKind::Assign, pos);
        s->op = lex_.op;
        s->inc = true;
        Next();
        s->lhs = lhs;
        return s;
      }
      case Tok::Arrow: {
        // SendStmt = Channel "<-" Expression .
        Stmt* s = NewStmt(StmtKind::Send, pos);
        Next();
        s->x = lhs[0];
        s->y = ExprNode();
        return s;
      }
      default: {
        Stmt* s = NewStmt(StmtKind::ExprS, StartPos(lhs[0]));
        s->x = lhs[0];
        return s;
      }
    }
  }
  switch (lex_.tok) {
    case Tok::Assign: case Tok::Define: {
      Pos pos = lex_.pos;
      bool def = lex_.tok == Tok::Define;
      Next();
      if (keyword == Tok::For && lex_.tok == Tok::Range) {
        // RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
        Stmt* r = NewStmt(StmtKind::Range, lex_.pos);
        Next();
        r->lhs = lhs;
        r->define = def;
        r->x = ExprNode();
        return r;
      }
      std::vector<Expr*> rhs = ExprList();
      if (keyword == Tok::Switch && def && rhs.size() == 1 &&
          rhs[0]->kind == ExprKind::TypeAssert && rhs[0]->y == nullptr &&
          lhs.size() == 1 && lhs[0]->kind == ExprKind::Name) {
        // TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
        Stmt* s = NewStmt(StmtKind::ExprS, rhs[0]->pos);
        s->x = rhs[0];
        s->y = lhs[0];  // guard variable
        return s;
      }
      Stmt* s = NewStmt(StmtKind::Assign, pos);
      s->op = def ? Op::Def : Op::None;
      s->lhs = lhs;
      s->rhs = rhs;
      return s;
    }
    default: {
      SyntaxError("expecting := or = or comma");
      Advance({Tok::Semi, Tok::Rbrace});
      Stmt* s = NewStmt(StmtKind::ExprS, StartPos(lhs[0]));
      s->x = lhs[0];
      return s;
    }
  }
}

// LabeledStmt = Label ":" Statement .
Stmt* Parser::LabeledStmtOrNil(Expr* label) {
  Stmt* s = NewStmt(StmtKind::Labeled, lex_.pos);
  s->label = label->name;
  s->label_pos = label->pos;
  Want(Tok::Colon);
  if (lex_.tok == Tok::Rbrace) {
    s->then = NewStmt(StmtKind::Empty, lex_.pos);
    return s;
  }
  s->then = StmtOrNil();
  if (s->then) return s;
  SyntaxErrorAt(s->pos, "missing statement after label");
  return nullptr;
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
Stmt* Parser::DeclStmt(Tok kind) {
  Stmt* s = NewStmt(StmtKind::Decl, lex_.pos);
  Next();
  if (kind == Tok::Const) {
    int group = const_group_++;
    int iota = 0;
    Decl* last = nullptr;
    AppendGroup(&s->decls, [&](int) { return ConstDecl(group, &iota, &last); });
  } else if (kind == Tok::Type) {
    AppendGroup(&s->decls, [&](int) { return TypeDecl(); });
  } else {
    AppendGroup(&s->decls, [&](int) { return VarDecl(); });
  }
  return s;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::IfStmt() {
  Stmt* s = NewStmt(StmtKind::If, lex_.pos);
  Next();
  Header(Tok::If, &s->init, &s->x, nullptr);
  s->then = BlockStmt("if clause");
  if (Got(Tok::Else)) {
    switch (lex_.tok) {
      case Tok::If:
        if (Enter()) {
          s->els = IfStmt();
          Leave();
        }
        break;
      case Tok::Lbrace:
        s->els = BlockStmt("");
        break;
      default:
        SyntaxError("else must be followed by if or statement block");
        Advance({Tok::Name, Tok::Rbrace});
    }
  }
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
Stmt* Parser::ForStmt() {
  Pos pos = lex_.pos;
  Next();
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  Header(Tok::For, &init, &cond, &post);
  Stmt* s;
  if (init && init->kind == StmtKind::Range) {
    s = init;
    s->pos = pos;
  } else {
    s = NewStmt(StmtKind::For, pos);
    s->init = init;
    s->x = cond;
    s->post = post;
  }
  s->then = BlockStmt("for clause");
  return s;
}

// Parses the header of if/for/switch: [init ;] cond [; post].
void Parser::Header(Tok keyword, Stmt** init, Expr** cond, Stmt** post) {
  if (lex_.tok == Tok::Lbrace) {
    if (keyword == Tok::If) {
      SyntaxError("missing condition in if statement");
      *cond = BadExpr();
    }
    return;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (lex_.tok != Tok::Semi) {
    if (Got(Tok::Var))
      SyntaxError(std::string("var declaration not allowed in ") + TokString(keyword) +
                  " initializer");
    *init = SimpleStmt(nullptr, keyword);
    if ((*init)->kind == StmtKind::Range) {
      xnest_ = outer;
      return;
    }
  }
  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string semi_lit;
  if (lex_.tok != Tok::Lbrace) {
    if (lex_.tok == Tok::Semi) {
      semi_pos = lex_.pos;
      semi_lit = lex_.lit;
      Next();
    } else {
      Want(Tok::Lbrace);
      if (lex_.tok != Tok::Lbrace) Advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      if (lex_.tok != Tok::Semi) {
        if (lex_.tok == Tok::Lbrace) {
          SyntaxError("expecting for loop condition");
          goto done;
        }
        cond_stmt = SimpleStmt(nullptr, Tok::Eof);
      }
      Want(Tok::Semi);
      if (lex_.tok != Tok::Lbrace) {
        *post = SimpleStmt(nullptr, Tok::Eof);
        if ((*post)->kind == StmtKind::Assign && (*post)->op == Op::Def)
          SyntaxErrorAt((*post)->pos, "cannot declare in post statement of for loop");
      }
    } else if (lex_.tok != Tok::Lbrace) {
      cond_stmt = SimpleStmt(nullptr, keyword);
    }
  } else {
    cond_stmt = *init;
    *init = nullptr;
  }
done:
  if (!cond_stmt) {
    if (keyword == Tok::If && semi_pos.IsKnown()) {
      if (semi_lit == "semicolon")
        SyntaxErrorAt(semi_pos, "missing condition in if statement");
      else
        SyntaxErrorAt(semi_pos, "unexpected newline, expecting { after if clause");
      *cond = NewExpr(ExprKind::Bad, semi_pos);
    }
  } else if (cond_stmt->kind == StmtKind::ExprS && (keyword != Tok::Switch || !cond_stmt->y)) {
    *cond = cond_stmt->x;
  } else if (cond_stmt->kind == StmtKind::ExprS && keyword == Tok::Switch) {
    // Type switch with a guard variable: keep the statement.
    *cond = cond_stmt->x;
    (*cond)->z = cond_stmt->y;
  } else {
    std::string str;
    if (cond_stmt->kind == StmtKind::Assign && cond_stmt->op == Op::None && !cond_stmt->inc) {
      std::string l, r;
      for (size_t i = 0; i < cond_stmt->lhs.size(); i++)
        l += (i ? ", " : "") + ExprString(cond_stmt->lhs[i]);
      for (size_t i = 0; i < cond_stmt->rhs.size(); i++)
        r += (i ? ", " : "") + ExprString(cond_stmt->rhs[i]);
      str = "assignment (" + l + ") = (" + r + ")";
    } else {
      str = StmtString(cond_stmt);
    }
    SyntaxErrorAt(cond_stmt->pos, "cannot use " + str + " as value");
    *cond = NewExpr(ExprKind::Bad, cond_stmt->pos);
  }
  xnest_ = outer;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
Stmt* Parser::SwitchStmt() {
  Stmt* s = NewStmt(StmtKind::Switch, lex_.pos);
  Next();
  Header(Tok::Switch, &s->init, &s->x, nullptr);
  if (s->x && s->x->kind == ExprKind::TypeAssert && s->x->y == nullptr && s->x->z) {
    s->guard_lhs = s->x->z;
    s->x->z = nullptr;
  }
  if (!Got(Tok::Lbrace)) {
    SyntaxError("missing { after switch clause");
    Advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (lex_.tok != Tok::Eof && lex_.tok != Tok::Rbrace)
    s->clauses.push_back(CaseClauseNode(false));
  s->rbrace = lex_.pos;
  Want(Tok::Rbrace);
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::SelectStmt() {
  Stmt* s = NewStmt(StmtKind::Select, lex_.pos);
  Next();
  if (!Got(Tok::Lbrace)) {
    SyntaxError("missing { after select clause");
    Advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (lex_.tok != Tok::Eof && lex_.tok != Tok::Rbrace)
    s->clauses.push_back(CaseClauseNode(true));
  s->rbrace = lex_.pos;
  Want(Tok::Rbrace);
  return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// CommClause     = CommCase ":" StatementList .
CaseClause* Parser::CaseClauseNode(bool select) {
  CaseClause* c = arena_->New<CaseClause>();
  c->pos = lex_.pos;
  switch (lex_.tok) {
    case Tok::Case:
      Next();
      if (select) {
        c->comm = SimpleStmt(nullptr, Tok::Eof);
      } else {
        c->list = ExprList();
      }
      break;
    case Tok::Default:
      Next();
      c->is_default = true;
      break;
    default:
      SyntaxError("expecting case or default or }");
      Advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = lex_.pos;
  Want(Tok::Colon);
  c->body = StmtList();
  return c;
}

// GoStmt = "go" Expression .  DeferStmt = "defer" Expression .
Stmt* Parser::CallStmt() {
  Stmt* s = NewStmt(lex_.tok == Tok::Go ? StmtKind::Go : StmtKind::Defer, lex_.pos);
  const char* kw = lex_.tok == Tok::Go ? "go" : "defer";
  Next();
  Expr* x = PrimaryExpr(lex_.tok == Tok::Lparen);
  Expr* t = Unparen(x);
  if (t != x) {
    ErrorAt(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
    x = t;
  }
  if (x->kind != ExprKind::Call) {
    ErrorAt(x->pos, std::string("expression in ") + kw + " must be function call");
  }
  s->x = x;
  return s;
}

}  // namespace gocc::compile
