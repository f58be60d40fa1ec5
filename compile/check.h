// The type checker (phase 3: syntax tree -> typed syntax tree). Follows the
// Go spec: package scope over several files, universe/file/block scopes,
// lazy package-level declarations with cycle detection, untyped constants
// with exact values, assignability, conversions, method sets, embedding,
// interface satisfaction, function bodies and terminating statements.
// Diagnostics use gc 1.19's wording (types2 in compiler-message mode).
#ifndef GOCC_COMPILE_CHECK_H_
#define GOCC_COMPILE_CHECK_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "compile/ast.h"
#include "compile/types.h"

namespace gocc::compile {

// Supplies imported packages. Returns null after reporting an error.
using ImportFunc = std::function<Package*(const std::string& path, Pos pos)>;

// Package-level declaration info for lazy checking.
struct DeclInfo {
  Scope* file_scope = nullptr;
  Decl* decl = nullptr;
  int index = 0;              // position of the object in decl->names
  std::vector<Object*> lhs;   // var decls with n:1 initialization
  // Package-level consts, vars, funcs and methods the declaration (or the
  // function body) refers to, in first-use order (initorder.cc).
  std::vector<Object*> deps;
  std::set<Object*> dep_set;
};

// One package-level variable initialization: `lhs = rhs` where lhs is one
// variable, or all of them for `var a, b = f()` (one rhs producing
// lhs.size() values). Variables named `_` are included (their rhs must
// still be evaluated); variables without initializer are not.
struct Initializer {
  std::vector<Object*> lhs;
  Expr* rhs = nullptr;
};

struct FuncBodyInfo {
  Object* fn;
  Decl* decl;
  Type* sig;
  Scope* scope;
};

// The part of an operand description after "expr (" (for messages that
// print the expression themselves); falls back to the whole description.
inline std::string AfterExpr(const std::string& op, const std::string& expr) {
  if (op.size() >= expr.size() + 2 && op.compare(0, expr.size() + 2, expr + " (") == 0)
    return op.substr(expr.size() + 2);
  return op + ")";
}

class Checker {
 public:
  Checker(Diag* diag, Arena* arena, Universe* u, Package* pkg, ImportFunc import);
  void CheckFiles(const std::vector<File*>& files);
  // Package-level objects in declaration order (for export and the back end).
  const std::vector<Object*>& Objects() const { return pkg_objs_; }
  // Package-level variables with initializers, in the spec's
  // initialization order (flattened lhs of VarInits()).
  const std::vector<Object*>& InitOrder() const { return init_order_; }
  // The package-level variable initializations in the order the package
  // initializer must run them (Go spec, "Package initialization"): the back
  // end evaluates each rhs and assigns it, then calls the init functions in
  // source order. Valid after CheckFiles of a package without errors.
  const std::vector<Initializer>& VarInits() const { return var_inits_; }

 private:
  friend class StmtChecker;
  void Error(Pos pos, const std::string& msg);
  void ErrorAt(const Expr* e, const std::string& msg) { Error(StartPos(e), msg); }
  std::string TS(Type* t) const { return TypeString(t, pkg_); }
  std::string OperandString(const Expr* x) const;

  // Declarations (check_decl.cc).
  void CollectObjects(const std::vector<File*>& files);
  void ObjDecl(Object* obj);
  void ConstDecl(Object* obj, Expr* typ, Expr* init, int iota);
  void VarDecl(Object* obj, const std::vector<Object*>& lhs, Expr* typ, Expr* init);
  void TypeDecl(Object* obj, Decl* d);
  void FuncDecl(Object* obj, Decl* d);
  void CollectMethods(Object* type_obj);
  void DeclStmt(const std::vector<Decl*>& decls);
  Object* Declare(Scope* s, Expr* name, Object* obj);
  Object* NewObj(ObjKind k, const std::string& name, Pos pos, Type* t = nullptr);
  void CheckValidType(Object* obj);
  void ResolvePendingUnderlying();
  void ReportUnusedImports();

  // Initialization order (initorder.cc).
  void AddDep(Object* obj);  // the current declaration refers to obj
  void InitOrderPass();
  void ReportInitCycle(const std::vector<Object*>& cycle);

  // Types (check_types.cc).
  Type* TypExpr(Expr* e);
  Type* DefinedType(Expr* e, Type* def);
  Type* FuncSig(Expr* ft, Field* recv, Scope* scope);
  Type* StructType(Expr* e);
  Type* InterfaceType(Expr* e, Type* def);
  void CompleteInterface(Type* t, int depth = 0);
  Type* NewType(TypeKind k);
  Type* NewTuple(const std::vector<Object*>& vars);
  int64_t ArrayLength(Expr* e);

  // Lookup of fields and methods (check_lookup.cc).
  // An unexported name matches only members of package `pkg` (null: the
  // package being checked), as the spec's identifier uniqueness says.
  Object* LookupFieldOrMethod(Type* t, bool addressable, const std::string& name,
                              std::vector<int>* path, bool* indirect, bool* ambiguous,
                              Package* pkg = nullptr);
  bool SameName(const Object* o, const std::string& name, const Package* pkg) const;
  // Returns the missing method (or null) for "T implements I"; *wrong_type
  // set if the method exists with another signature; *ptr_recv if it has a
  // pointer receiver.
  Object* MissingMethod(Type* t, Type* iface, bool static_check, bool* wrong_type,
                        bool* ptr_recv, Object** have);
  std::string ImplementsCause(Type* t, Type* iface);

  // Expressions (check_expr.cc).
  void RawExpr(Expr* e, Type* hint);
  void ExprValue(Expr* e, Type* hint = nullptr);  // single value
  // The single-value check of ExprValue on an already evaluated e (an
  // expression is evaluated once: re-evaluating nested operands would be
  // exponential in the nesting depth).
  void ValueMode(Expr* e);
  void ExprOrType(Expr* e);
  void MultiExpr(Expr* e, std::vector<Type*>* types);
  void Ident(Expr* e, bool want_type);
  void Selector(Expr* e);
  void Unary(Expr* e);
  void Binary(Expr* e, Type* hint);
  void Shift(Expr* e, Expr* x, Expr* y);
  void Comparison(Expr* e, Expr* x, Expr* y);
  void IndexExpr(Expr* e);
  void SliceExpr(Expr* e);
  void CompositeLit(Expr* e, Type* hint);
  void FuncLit(Expr* e);
  void TypeAssertExpr(Expr* e);
  void Call(Expr* e);
  void Builtin(Expr* e, int id);
  void Conversion(Expr* e, Type* t);
  void Arguments(Expr* call, Type* sig, const std::vector<Expr*>& args, const std::string& fname);
  bool ConvertUntyped(Expr* x, Type* target);
  // Gives the untyped expression x (and its untyped operands) the type nt.
  bool SetFinalType(Expr* x, Type* nt);
  bool ImplicitType(Expr* x, Type* target, Type** out, int* code);
  bool Representable(const Value& v, Type* t, Value* rounded, int* code);
  bool CheckRepresentable(Expr* x, Type* t);
  bool AssignableTo(Expr* x, Type* t, std::string* cause);
  bool ConvertibleTo(Expr* x, Type* t);
  // Checks that x can be assigned to a variable of type t (t null: infer).
  void Assignment(Expr* x, Type* t, const std::string& context);
  bool Addressable(Expr* x);
  int64_t IndexValue(Expr* idx, int64_t max, const char* what);
  void UseExprs(const std::vector<Expr*>& l);
  void MarkUsed(Expr* e);
  void Overflow(Expr* e, Pos op_pos);

  // Statements (check_stmt.cc).
  void FuncBody(Type* sig, Stmt* body, Scope* scope, const std::string& name);
  void StmtList(const std::vector<Stmt*>& list);
  void StmtNode(Stmt* s);
  void AssignStmt(Stmt* s);
  void ShortVarDecl(Stmt* s);
  void AssignVar(Expr* lhs, Expr* rhs, Type* rhs_type);
  Type* LhsVar(Expr* lhs);
  void InitVars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                const std::string& context, bool returns);
  void AssignError(const std::vector<Expr*>& rhs, int nvars, int nvals);
  bool SingleMultiValue(Expr* r);
  void ReturnStmt(Stmt* s);
  void SwitchStmt(Stmt* s);
  void TypeSwitchStmt(Stmt* s);
  void SelectStmt(Stmt* s);
  void RangeStmt(Stmt* s);
  void OpenScope();
  void CloseScope();
  void Usage(Scope* s);
  bool IsTerminating(Stmt* s, const std::string& label);
  bool IsTerminatingList(const std::vector<Stmt*>& l);
  bool HasBreak(Stmt* s, const std::string& label, bool implicit);
  Object* DeclareVar(Expr* name, Type* t);

  Diag* diag_;
  Arena* arena_;
  Universe* u_;
  Package* pkg_;
  ImportFunc import_;
  Scope* scope_ = nullptr;  // current scope
  std::vector<Object*> pkg_objs_;
  std::vector<Object*> init_order_;
  std::vector<Initializer> var_inits_;
  std::vector<std::pair<Type*, Type*>> pending_under_;  // (named, rhs) to resolve
  DeclInfo* decl_ = nullptr;  // package-level declaration being checked (deps)
  std::vector<FuncBodyInfo> bodies_;
  std::map<std::string, std::vector<Decl*>> methods_;  // by receiver base type name
  std::vector<Object*> imports_;  // PkgName objects
  std::vector<Scope*> func_scopes_;
  std::vector<Object*> obj_path_;  // objects being declared (cycle detection)
  Type* sig_ = nullptr;        // signature of the function being checked
  int iota_ = -1;              // current iota (-1: none)
  bool in_const_ = false;
  int expr_depth_ = 0;
  std::vector<std::vector<Object*>*> unused_stack_;
};

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_CHECK_H_
