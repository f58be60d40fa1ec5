// The AST -> SSA builder: one FuncBuilder turns one Go function (or the
// package initializer) into an ssa::Func. Scalars (integers, floats, bools,
// pointers) are SSA values; strings, slices, structs and arrays live in
// memory and an expression of such a type evaluates to the address of its
// bytes. Local variables become SSA variables (Braun et al., "Simple and
// Efficient Construction of SSA Form", CC 2013: per-block definitions,
// phis created on demand, blocks sealed once all predecessors are known);
// the memory state is one more such variable. See README.md for the escape
// rule and the calling convention.
#ifndef GOCC_COMPILE_SSAGEN_BUILDER_H_
#define GOCC_COMPILE_SSAGEN_BUILDER_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/ast.h"
#include "compile/check.h"
#include "compile/ssa/func.h"
#include "compile/ssagen/gotypes.h"
#include "compile/types.h"

namespace gocc::ssagen {

using compile::Expr;
using compile::Object;
using compile::Stmt;
using ssa::Block;
using ssa::Value;

// Package-wide state shared by the function builders: data symbols and the
// first error.
class PackageState {
 public:
  PackageState(compile::Package* pkg, compile::Diag* diag)
      : pkg_(pkg), diag_(diag) {}
  compile::Package* pkg() const { return pkg_; }
  // Linker name of a package-level object ("main.f", "a/b.T.m", "main.x").
  std::string SymName(Object* obj);
  // Read-only symbol holding the bytes of a string literal.
  std::string StringSym(const std::string& s);
  // Type descriptor symbol (gc's runtime._type layout) for t, emitted with
  // everything it refers to (reflectdata.cc); returns its linker name.
  std::string TypeSym(compile::Type* t);
  // Functions a body creates that are built after it (closure.cc): the
  // code of a function literal, or the `T.m.fm` wrapper of a method value.
  // A value a defer wrapper finds in its closure: what expression key
  // evaluated to (a receiver's key is the method's selector), of type t.
  struct DeferSlot {
    Expr* key;
    compile::Type* t;
    int64_t off;
    bool tuple = false;  // one result of key, a multi-value call argument
  };
  struct PendingClosure {
    std::string name;               // linker name: main.f.func1, main.T.m.fm
    Expr* lit = nullptr;            // the function literal, or
    Object* method = nullptr;       // the method of a method-value wrapper
    compile::Type* iface = nullptr;  // ... an interface method's interface
    std::string pkg;                 // ... whose wrapper is named in this package
    std::vector<Object*> captured;  // in closure-object order
    std::vector<bool> byval;        // captured[i] is a copy, not a pointer
    Expr* call = nullptr;           // a defer wrapper's call (defer.cc)
    std::vector<DeferSlot> slots;
  };
  void AddClosure(PendingClosure c) { closures_.push_back(std::move(c)); }
  std::vector<PendingClosure> TakeClosures() {
    std::vector<PendingClosure> out;
    out.swap(closures_);
    return out;
  }
  // The static func value `fn.f` (DUPOK|RODATA, one word: &fn).
  std::string FuncValueSym(const std::string& fn);
  // The method-value wrapper of m, queued the first time it is asked for.
  std::string MethodValueWrapper(Object* m);
  // The method-value wrapper `I.m.fm` of interface method m of iface: its
  // closure holds the interface value.
  std::string IfaceMethodValueWrapper(compile::Type* iface, Object* m);
  // The function a method expression (T.m, (*T).m, I.m, promoted methods
  // included) denotes, receiver first; "" (error reported) if none.
  std::string MethodExprSym(Expr* sel);
  // go.itab.<T>.<I>: the itab of a static conversion of concrete to iface.
  std::string ItabSym(compile::Type* concrete, compile::Type* iface);
  // The function called for method m with a receiver of type recv: m
  // itself, or the (*T).m wrapper of a value method (built later).
  std::string MethodSym(Object* m, compile::Type* recv);
  // Functions the descriptors need that Generate builds after the
  // package's own: pointer wrappers of value methods, equality functions.
  struct PendingWrapper {
    std::string sym;
    Object* method;
    compile::Type* iface = nullptr;  // I.m of interface type iface
    std::string pkg;                 // the package its name starts with
  };
  struct PendingEq {
    std::string sym;
    compile::Type* t;
  };
  std::vector<PendingWrapper> TakeWrappers() { return std::move(pending_wrappers_); }
  std::vector<PendingEq> TakeEqFuncs() { return std::move(pending_eq_); }
  // Reports "not implemented: <what>" (or another message) at pos once.
  void Error(compile::Pos pos, const std::string& msg);
  bool failed() const { return failed_; }
  // Position used for errors reported without one (the function's).
  void SetPos(compile::Pos p) { last_pos_ = p; }
  // DATA/GLOBL text for strings and type descriptors.
  std::string DataText() const;

 private:
  compile::Package* pkg_;
  compile::Diag* diag_;
  bool failed_ = false;
  compile::Pos last_pos_;
  std::map<std::string, std::string> strings_;  // bytes -> symbol
  // A runtime.name; a non-empty pkgpath is written after it (flag 4), as
  // gc does for unexported method names of another package than the type's.
  std::string NameSym(const std::string& s, bool exported, const std::string& tag,
                      const std::string& pkgpath = "");
  std::string ImportPathSym(const std::string& path);
  std::string GCBitsSym(compile::Type* t, int64_t* ptrdata);
  std::string EqualFuncSym(compile::Type* t);
  compile::Type* MapBucketType(compile::Type* key, compile::Type* elem);
  std::string MapHasherSym(compile::Type* key);

  std::map<std::string, std::string> type_syms_;  // symbol -> DATA text
  std::map<std::string, std::string> gcbits_;     // symbol -> DATA text
  std::vector<PendingClosure> closures_;
  std::map<std::string, std::string> funcvals_;  // symbol -> DATA text
  std::set<std::string> fm_wrappers_;
  std::map<std::string, std::string> data_syms_;  // names, gcbits, funcvals
  std::set<std::string> wrappers_, eq_funcs_;
  std::vector<PendingWrapper> pending_wrappers_;
  std::vector<PendingEq> pending_eq_;
};

// The variables a function literal refers to that are declared outside it
// (including those its nested literals refer to), in order of first use.
std::vector<Object*> CapturedVars(Expr* lit);
// Whether a function body has defer statements (not counting literals').
bool HasDefer(Stmt* body);
bool HasGoto(Stmt* body);
// Words a frame reserves for a runtime._defer record (runtime.check
// verifies the record fits).
constexpr int64_t kDeferRecordWords = 8;

// t is a map type (map.cc).
bool IsMapType(compile::Type* t);
// e is the predeclared nil (possibly parenthesized) (expr.cc).
bool IsNilExpr(Expr* e);

// One argument or result slot of an ABI0 call.
struct Slot {
  Value* v = nullptr;       // scalar, or the address of a memory value
  compile::Type* t = nullptr;
};

class FuncBuilder {
 public:
  FuncBuilder(PackageState* ps, ssa::Func* f) : ps_(ps), f_(f) {}

  // Builds a declared function or method with a body.
  void BuildFunc(compile::Decl* d, Object* fn);
  // Builds the package initializer: imports' initializers, the variable
  // initializations in the checker's order (Checker::VarInits), then the
  // init functions. var_decls, in source order, number the closures.
  void BuildInit(const std::vector<compile::Decl*>& var_decls,
                 const std::vector<compile::Initializer>& inits,
                 const std::vector<std::string>& import_inits,
                 const std::vector<std::string>& init_funcs,
                 const std::string& done_sym);
  // Builds a function literal's code or a method-value wrapper (closure.cc).
  void BuildClosure(const PackageState::PendingClosure& c);
  // Generated functions (wrappers.cc): the (*T).m wrapper of value method
  // m, and the equality function func(p, q *T) bool of t.
  void BuildPtrWrapper(Object* m);
  // Incoming parameter i of a synthetic function, of type t at frame
  // offset off, named a<i>: an Arg, or the address of a memory parameter;
  // made in the entry block, where Args must live (wrappers.cc).
  Slot ParamSlot(compile::Type* t, int64_t off, size_t i);
  void BuildEqFunc(compile::Type* t);
  // The wrapper path.N.m of a promoted method (wrappers.cc).
  void BuildPromotedWrapper(const PromotedMethod& pm);
  // The function I.m of method expression I.m on interface type iface
  // (wrappers.cc): calls m through the itab of its first argument.
  void BuildIfaceMethodExpr(compile::Type* iface, Object* m);

 private:
  void BeginSynthetic(int64_t argsize);

  // --- SSA variables (vars.cc) ---
  struct BlockState {
    std::unordered_map<const void*, Value*> defs;
    std::vector<std::pair<const void*, Value*>> incomplete;
    bool sealed = false;
  };
  void WriteVar(const void* key, Value* v);
  Value* ReadVar(const void* key);
  Value* ReadVarIn(const void* key, Block* b);
  void AddPhiOperands(const void* key, Value* phi);
  void Seal(Block* b);
  void SealAll();
  Value* Mem() { return ReadVar(&mem_key_); }
  void SetMem(Value* m) { WriteVar(&mem_key_, m); }
  Block* NewBlock();
  void StartBlock(Block* b) { b_ = b; }
  void Goto(Block* to);
  void If(Value* cond, Block* yes, Block* no);
  // Ends the current block with a call that does not return.
  void ExitWith(Value* mem);
  void StartDead();
  bool IsDead(Block* b);
  void EndDead();
  void SetPos(compile::Pos p);

  // --- variables of the function ---
  enum class VarKind { kSSA, kStack, kHeap, kParamMem };
  struct Var {
    VarKind kind;
    compile::Type* t;
    std::string slot;  // kStack: local slot; kParamMem: the param name
    int64_t off = 0;   // kParamMem: FP offset
  };
  void FindAddrTaken(Stmt* s);
  void FindAddrTakenExpr(Expr* e);
  void MarkRoot(Expr* e);
  Var* LookupVar(Object* o);
  // Declares a local variable, initialized to zero unless init_later.
  Var* DeclareLocal(Object* o, bool zero = true);
  std::string NewSlot(const std::string& name, compile::Type* t);
  Value* Temp(compile::Type* t);  // address of a fresh stack temporary

  // --- memory ---
  Value* Load(compile::Type* t, Value* addr);  // scalar load or addr itself
  void Store(compile::Type* t, Value* addr, Value* v);  // store/move
  void ZeroMem(compile::Type* t, Value* addr);
  Value* OffPtr(Value* p, int64_t off);
  Value* NilCheck(Value* p);
  Value* CopyToTemp(compile::Type* t, Value* addr);

  // --- expressions (expr.cc) ---
  Value* ExprV(Expr* e);         // value (scalar) or address (memory type)
  // ExprV, with untyped constants and nil given type t.
  Value* ExprAs(Expr* e, compile::Type* t);
  // A fresh key for a hidden SSA variable of type t.
  const void* NewKey(const ssa::Type* t);
  void MoveChunked(Value* dst, Value* src, int64_t size);
  Value* Addr(Expr* e);          // address of an addressable expression
  Value* ConstValue(Expr* e, compile::Type* t);
  Value* Constant(const compile::Value& v, compile::Type* t);
  Value* StringConst(const std::string& s);
  Value* Unary(Expr* e);
  Value* Binary(Expr* e);
  Value* Compare(compile::Op op, compile::Type* t, Value* x, Value* y);
  Value* EqualMem(compile::Type* t, Value* x, Value* y);
  Value* ShortCircuit(Expr* e);
  Value* Shift(compile::Op op, compile::Type* t, Value* x, Expr* ye, Value* y);
  Value* Arith(compile::Op op, compile::Type* t, Value* x, Value* y);
  Value* Convert(Value* v, compile::Type* from, compile::Type* to);
  Value* IntConvert(Value* v, compile::Type* from, compile::Type* to);
  Value* IndexExpr(Expr* e);
  Value* IndexAddr(Expr* e);  // address of x[i] for arrays/slices
  Value* SliceExpr(Expr* e);
  Value* Selector(Expr* e);
  // Walks an embedded-field path from base (an address, or a pointer when
  // base_is_ptr); returns the address of the selected field.
  Value* FieldPath(Value* base, compile::Type* t, const std::vector<int>& path,
                   compile::Type** out_t);
  Value* CompositeLit(Expr* e, Value* dst);
  void FillComposite(Expr* e, compile::Type* t, Value* dst);
  Value* ExtendTo64(Value* v, compile::Type* t);
  Value* BoundsCheck(Value* idx, compile::Type* idx_t, Value* len, bool slice,
                     int kind_signed, int kind_unsigned);
  Value* StringLen(Value* s) { return Load(Int(), OffPtr(s, 8)); }
  Value* StringPtr(Value* s) { return Load(UPtr(), s); }
  Value* MakeString(Value* ptr, Value* len);
  Value* MakeSlice3(Value* ptr, Value* len, Value* cap);

  // --- complex numbers (complex.cc): (re, im) in memory ---
  Value* MakeComplex(compile::Type* t, Value* re, Value* im);
  void ComplexParts(compile::Type* t, Value* c, Value** re, Value** im);
  Value* ComplexConst(const compile::Value& v, compile::Type* t);
  Value* ComplexNeg(compile::Type* t, Value* x);
  Value* ComplexArith(compile::Op op, compile::Type* t, Value* x, Value* y);
  Value* ComplexEqual(compile::Type* t, Value* x, Value* y);
  Value* ComplexConvert(Value* v, compile::Type* from, compile::Type* to);
  std::vector<Value*> ComplexBuiltin(Expr* e, int id);  // real imag complex
  Value* TruthValue(Expr* e) { return ExprV(e); }
  void CondBranch(Expr* e, Block* yes, Block* no);

  // --- calls (call.cc) ---
  std::vector<Value*> Call(Expr* e);
  // A call under ABI0: of sym, or (closure set) of the func value closure.
  std::vector<Value*> CallABI0(const std::string& sym, const std::vector<Slot>& args,
                               const std::vector<compile::Type*>& results,
                               bool noreturn = false, Value* closure = nullptr);
  Value* Receiver(Expr* fn, compile::Type* rt);
  std::vector<Value*> Builtin(Expr* e, int id);
  void Print(Expr* e, bool ln);
  Value* Append(Expr* e);
  Value* MakeBuiltin(Expr* e);
  Value* NewObject(compile::Type* t);
  void Panic(Expr* e);
  void PanicShiftIfNeg(Value* y, compile::Type* yt);
  std::vector<Slot> ArgSlots(Expr* call, compile::Type* sig,
                             const std::vector<Expr*>& args, size_t first);
  // The results of multi-value call e (or, in a defer wrapper, the values
  // saved for it).
  std::vector<Value*> TupleValues(Expr* e);
  // The same as operands: one synthetic expression per result, evaluated
  // (preval_), so that g(f()), append(f()), copy(f()), complex(f()) and
  // delete(f()) convert and pack them as written arguments.
  std::vector<Expr*> SpreadTuple(Expr* e);

  // --- func values and closures (closure.cc) ---
  // The body of a declared function or closure with signature sig.
  void BuildBody(compile::Type* sig, Stmt* body, compile::Pos pos,
                 const std::vector<Object*>& captured, const std::vector<bool>& byval);
  // Binds captured variables to their places in the closure context.
  void BindCaptured(const std::vector<Object*>& captured, const std::vector<bool>& byval);
  // Which variables of this function its literals capture by value (gc's
  // rule: never reassigned, address not taken, not a result, at most 128
  // bytes); the others live on the heap.
  void DecideCaptures(compile::Type* sig, Stmt* body);
  // The layout of a closure object: offsets of the captured variables
  // (pointers, or values when by value) after the code pointer; its size.
  int64_t ClosureLayout(const std::vector<Object*>& cap, const std::vector<bool>& byval,
                        std::vector<int64_t>* offs);
  void NumberFuncLits(Stmt* s);
  void NumberFuncLitsExpr(Expr* e);
  // The name of the next closure of this function: lit's number, or the
  // next one after all literals (defer wrappers).
  std::string ClosureName(Expr* lit);
  Value* FuncLitValue(Expr* e);
  Value* StaticFuncValue(const std::string& fn);
  // x.m (method value) or T.m / (*T).m (method expression) as a value.
  Value* MethodValue(Expr* sel);
  // Calls of func values and of method expressions.
  std::vector<Value*> CallFuncValue(Expr* call, Expr* fn);
  // The heap address of captured variable o in this function.
  Value* CapturedAddr(Object* o);
  void BuildMethodValueWrapper(Object* m);
  void BuildIfaceMethodValueWrapper(compile::Type* iface, Object* m);
  // The code pointer of interface method m in itab tab (a nil tab faults).
  Value* ItabMethod(Value* tab, compile::Type* iface, Object* m);

  // --- defer and recover (defer.cc) ---
  void DeferStmt(Stmt* s);
  bool DeferOnce();
  void BuildDeferWrapper(const PackageState::PendingClosure& c);
  std::vector<Value*> Recover(Expr* e);
  void CallDeferReturn();
  // Where a recovered panic resumes this function; built by
  // FinishRecovered after the body.
  Block* RecoveredBlock();
  void FinishRecovered(compile::Pos pos);
  // --- interfaces (iface.cc) ---
  Value* SymAddr(const std::string& sym);
  Value* MakeIface(Value* tab, Value* data);
  const void* PtrVar();
  Value* IfaceData(Value* v, compile::Type* from);
  Value* IfaceType(Value* x, compile::Type* xt);
  // v (of type from) as an interface value of type to (an address).
  Value* ConvIface(Value* v, compile::Type* from, compile::Type* to);
  bool NeedsIfaceConv(compile::Type* from, compile::Type* to);
  std::vector<Value*> CallIndirect(Value* code, const std::vector<Slot>& args,
                                   const std::vector<compile::Type*>& results);
  std::vector<Value*> IfaceCall(Expr* e, Expr* fn);
  Value* UnboxValue(Value* data, compile::Type* t);
  // x.(T): {value} or, comma-ok, {value, ok}.
  std::vector<Value*> TypeAssert(Expr* e, bool commaok);
  // {value, ok} of a comma-ok expression.
  std::vector<Value*> CommaOkExpr(Expr* e);
  Value* IfaceEqual(compile::Type* t, Value* x, Value* y);
  void PanicValue(Expr* e);
  void TypeSwitchStmt(Stmt* s, const std::string& label);

  // --- maps (map.cc) ---
  // m[k] as an assignment target: the map and the address of a copy of
  // the key, evaluated before the right-hand side.
  struct MapRef {
    compile::Type* t = nullptr;  // the map type
    Value* m = nullptr;
    Value* key = nullptr;
  };
  bool IsMapIndex(Expr* e);
  Value* MapTypeAddr(compile::Type* mt);
  Value* MapKeyAddr(Expr* k, compile::Type* kt, bool copy);
  MapRef MapRefOf(Expr* e);
  Value* MapRead(const MapRef& r, Value** ok);
  void MapWrite(const MapRef& r, Value* v);
  Slot KeySlot(const MapRef& r);
  Value* MapIndexValue(Expr* e);
  // v, ok := m[k] (CommaOkExpr's map form): the element and ok.
  std::vector<Value*> MapCommaOk(Expr* e);
  Value* MakeMap(Expr* e);
  Value* MapLit(Expr* e);
  void MapDelete(Expr* e);
  Value* MapLen(Value* m);
  void MapRange(Stmt* s, const std::string& label);

  // --- statements (stmt.cc) ---
  void StmtList(const std::vector<Stmt*>& l);
  void StmtNode(Stmt* s);
  void AssignStmt(Stmt* s);
  void AssignTo(Expr* lhs, Value* v, compile::Type* t);
  void AssignObj(Var* var, Object* o, Value* v);
  void DeclStmt(Stmt* s);
  void IfStmt(Stmt* s);
  void ForStmt(Stmt* s, const std::string& label);
  void RangeStmt(Stmt* s, const std::string& label);
  void SwitchStmt(Stmt* s, const std::string& label);
  void BranchStmt(Stmt* s);
  void ReturnStmt(Stmt* s);
  void EmitReturn();
  void LabeledStmt(Stmt* s);
  Block* LabelBlock(const std::string& name);

  // Types used often.
  compile::Type* Int();
  compile::Type* UPtr();  // unsafe.Pointer
  compile::Type* Bool();
  compile::Type* StringT();
  compile::Type* Uintptr();

  PackageState* ps_;
  ssa::Func* f_;
  Block* b_ = nullptr;
  int mem_key_ = 0;
  Value* init_mem_ = nullptr;
  std::unordered_map<Block*, BlockState> bs_;
  std::unordered_map<const void*, const ssa::Type*> var_types_;
  std::map<Object*, std::unique_ptr<Var>> vars_;
  std::set<Object*> addr_taken_;
  std::map<std::string, int> slot_names_;
  int temps_ = 0;

  // Results of the current function: objects (named or synthesized) and
  // FP offsets.
  struct Result {
    Object* obj;
    compile::Type* t;
    std::string name;
    int64_t off;
  };
  std::vector<Result> results_;
  compile::Type* sig_ = nullptr;

  // break/continue targets.
  struct Target {
    std::string label;
    Block* brk;
    Block* cont;  // null for switch
    bool label_only = false;  // a labeled block: only `break L` leaves it
  };
  std::vector<Target> targets_;
  std::map<std::string, Block*> labels_;
  // fallthrough target of the clause being built
  Block* fallthrough_ = nullptr;
  std::vector<std::unique_ptr<int>> keys_;

  // Closures of this function: names are closure_prefix_ + number, function
  // literals numbered first in source order, then defer wrappers.
  std::string closure_prefix_;
  int closure_count_ = 0;
  std::map<Expr*, int> lit_numbers_;
  std::set<Object*> captured_;  // variables literals in the body capture
  std::set<Object*> byval_;     // ... of which these by value

  // Defers (defer.cc): whether the function has any, its recovery block,
  // and, in a defer wrapper, the values saved at the defer statement.
  bool has_defer_ = false;
  bool has_goto_ = false;
  bool lit_on_stack_ = false;  // the literal being evaluated is deferred once
  Block* recovered_ = nullptr;
  std::map<Expr*, Value*> preval_;
  std::map<Expr*, std::vector<Value*>> preval_tuple_;
  std::vector<std::unique_ptr<Expr>> spread_;  // SpreadTuple's operands
};

}  // namespace gocc::ssagen

#endif  // GOCC_COMPILE_SSAGEN_BUILDER_H_
