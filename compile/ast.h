// The syntax tree built by the parser (phase 2) and annotated by the type
// checker (phase 3): every expression records its type, its addressing mode
// and, for constants, its exact value, so a later SSA back end can consume the
// tree directly. Nodes are owned by an Arena and never freed individually.
#ifndef GOCC_COMPILE_AST_H_
#define GOCC_COMPILE_AST_H_

#include <memory>
#include <string>
#include <vector>

#include "compile/constant.h"
#include "compile/lexer.h"
#include "compile/source.h"

namespace gocc::compile {

struct Type;
struct Object;
struct Scope;
struct Stmt;

// Owns all nodes of a compilation.
class Arena {
 public:
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    auto* p = new T(std::forward<Args>(args)...);
    items_.emplace_back(p, [](void* q) { delete static_cast<T*>(q); });
    return p;
  }

 private:
  std::vector<std::unique_ptr<void, void (*)(void*)>> items_;
};

enum class ExprKind : uint8_t {
  Bad,
  Name,          // name
  BasicLit,      // name = source text, lit_kind
  CompositeLit,  // x = type (may be null inside another literal), list = elements
  KeyValue,      // x: y
  FuncLit,       // x = FuncType, body
  Paren,         // (x)
  Selector,      // x.name
  Index,         // x[y]
  Slice,         // x[y:z] or x[y:z:w] (full)
  TypeAssert,    // x.(y); y == null for x.(type) (TypeSwitchGuard)
  Call,          // x(list...), has_dots
  Unary,         // op x  (op Mul: *x, Recv: <-x, And: &x)
  Binary,        // x op y
  ArrayType,     // [y]x; y == null and has_dots for [...]x
  SliceType,     // []x
  DotsType,      // ...x (last parameter)
  StructType,    // struct{fields}
  FuncType,      // func(params) results
  InterfaceType, // interface{fields}: named fields are methods, others embeds
  MapType,       // map[y]x
  ChanType,      // chan x with dir
};

enum class ChanDir : uint8_t { Both, Send, Recv };

// A struct field, parameter, result or interface element.
struct Field {
  Pos pos;
  struct Expr* name = nullptr;  // Name expr, or null (anonymous/embedded)
  struct Expr* type = nullptr;
  std::string tag;              // struct tag (decoded)
  bool has_tag = false;
};

// Addressing mode of an expression, set by the checker.
enum class Mode : uint8_t {
  Invalid,   // an error occurred
  NoValue,   // call of a function without results
  Builtin,   // builtin function name
  TypeExpr,  // denotes a type
  Constant,  // constant value in `val`
  Variable,  // addressable
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // ordinary value
  CommaOk,   // value that may be used in a comma-ok assignment
  PkgName,   // package qualifier (only transiently)
};

struct Expr {
  ExprKind kind;
  Pos pos;  // gc's node position (operator for Binary, '(' for Call...)
  std::string name;
  LitKind lit_kind = LitKind::Int;
  bool bad = false;
  bool has_dots = false;  // Call f(x...), ArrayType [...]T
  bool full = false;      // Slice with 3 indices
  Op op = Op::None;
  ChanDir dir = ChanDir::Both;
  Expr* x = nullptr;
  Expr* y = nullptr;
  Expr* z = nullptr;
  Expr* w = nullptr;
  std::vector<Expr*> list;
  std::vector<Field*> fields;   // StructType, InterfaceType, FuncType params
  std::vector<Field*> results;  // FuncType results
  Stmt* body = nullptr;         // FuncLit
  Pos rbrace;                   // CompositeLit closing brace

  // --- Set by the type checker ---
  Mode mode = Mode::Invalid;
  Type* type = nullptr;      // type of the value (or the type denoted)
  Value val;                 // Mode::Constant
  Object* obj = nullptr;     // Name: referenced object; Selector: field/method/qualified object
  std::vector<int> path;     // Selector: embedded field index path to the field/method
  bool implicit_deref = false;
  // Already evaluated: the checker keeps mode/type/val as they are (values
  // of a multi-value call passed to a builtin, see check_builtin.cc).
  bool synthetic = false;

  Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
};

enum class StmtKind : uint8_t {
  Empty,
  Bad,
  Labeled,   // label: s
  Block,     // { list }
  ExprS,     // x
  Send,      // x <- y
  Assign,    // lhs op rhs; op None for '=', Def for ':=', Add.. for 'op='; IncDec: rhs empty, inc set
  Go,        // go x
  Defer,     // defer x
  Return,    // return rhs
  Branch,    // tok [label]
  If,        // if init; cond { then } else els
  For,       // for init; cond; post { body }
  Range,     // for lhs (define) = range x { body }
  Switch,    // switch init; tag { clauses } (tag may be a TypeAssert guard with lhs)
  Select,    // select { clauses }
  Decl,      // const/var/type in a block: decls
  Func,      // top-level function or method declaration
};

struct Decl;

// A case clause of switch/select: list = expressions (null = default);
// comm = communication statement for select.
struct CaseClause {
  Pos pos;
  bool is_default = false;
  std::vector<Expr*> list;
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  Pos colon;
  Object* implicit = nullptr;  // type switch: the clause's symbol
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  Op op = Op::None;
  bool inc = false;  // Assign: x++ / x--
  bool define = false;  // Range with :=
  Tok tok = Tok::Eof;   // Branch keyword
  std::string label;    // Labeled / Branch label
  Pos label_pos;
  Expr* x = nullptr;    // ExprS/Send/Go/Defer/Range operand, If/For cond, Switch tag
  Expr* y = nullptr;    // Send value
  std::vector<Expr*> lhs, rhs;
  Stmt* init = nullptr;
  Stmt* post = nullptr;
  Stmt* then = nullptr;  // If then-block, Labeled stmt, For/Range body
  Stmt* els = nullptr;
  std::vector<Stmt*> list;  // Block
  Pos rbrace;               // Block closing brace
  std::vector<CaseClause*> clauses;
  Expr* guard_lhs = nullptr;  // type switch `x := y.(type)`: the Name x
  std::vector<Decl*> decls;   // Decl statements
  Stmt* target = nullptr;     // Branch: resolved target statement (checker)

  Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
};

enum class DeclKind : uint8_t { Import, Const, Type, Var, Func };

// A declaration (top level or in a block).
struct Decl {
  DeclKind kind;
  Pos pos;
  // Import: name = local name (or null), path = literal.
  Expr* local_name = nullptr;
  Expr* path = nullptr;
  // Const/Var: names, type, values; Const groups carry iota and the
  // implicit repetition of the previous spec's type and values.
  std::vector<Expr*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  bool implicit_values = false;  // const spec inherits values from earlier spec
  int group = -1;                // index of the group this spec belongs to
  // Type: names[0], alias, type.
  bool alias = false;
  // Func: recv (nullable), names[0], type (FuncType), body (nullable).
  Field* recv = nullptr;
  std::vector<Field*> recvs;  // all receivers written (error if > 1)
  Stmt* body = nullptr;
  std::vector<Object*> objs;  // checker: declared objects
};

// One parsed source file.
// A //go:linkname directive: local's symbol is named remote (empty: the
// default name, gc's two-argument form).
struct Linkname {
  Pos pos;
  std::string local;
  std::string remote;
};

struct File {
  int file_index = -1;
  std::vector<Linkname> linknames;
  Pos pos;  // package clause
  Expr* pkg_name = nullptr;
  std::vector<Decl*> decls;
  Scope* scope = nullptr;  // file scope (imports), set by the checker
};

// Returns the leftmost source position of e (what types2 reports at).
Pos StartPos(const Expr* e);
// Prints e as Go source, the way gc's messages show expressions.
std::string ExprString(const Expr* e);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_AST_H_
