// Function bodies (builder.h): the escape pre-pass (which variables have
// their address taken and so live on the heap), parameters and results in
// the ABI0 frame, the body, and the package initializer.
#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::ExprKind;
using compile::Mode;
using compile::ObjKind;
using compile::StmtKind;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

// The root variable of an addressable expression whose address escapes.
void FuncBuilder::MarkRoot(Expr* e) {
  while (e) {
    switch (e->kind) {
      case ExprKind::Paren:
        e = e->x;
        continue;
      case ExprKind::Name:
        if (e->obj && e->obj->kind == ObjKind::Var) addr_taken_.insert(e->obj);
        return;
      case ExprKind::Selector:
        if (e->x->mode == Mode::PkgName || IsPtrType(e->x->type)) return;
        e = e->x;
        continue;
      case ExprKind::Index:
        if (!IsArrayType(e->x->type)) return;
        e = e->x;
        continue;
      default:
        return;
    }
  }
}

void FuncBuilder::FindAddrTakenExpr(Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::Unary:
      if (e->op == compile::Op::And) MarkRoot(e->x);
      break;
    case ExprKind::Slice:
      if (IsArrayType(e->x->type)) MarkRoot(e->x);
      break;
    case ExprKind::Selector:  // a method value x.m of a pointer method takes &x
      if (e->obj && e->obj->kind == ObjKind::Func && e->obj->type && e->obj->type->recv &&
          IsPtrType(e->obj->type->recv->type) && e->x->mode != Mode::TypeExpr &&
          !IsPtrType(e->x->type)) {
        MarkRoot(e->x);
      }
      break;
    case ExprKind::FuncLit:  // DecideCaptures (closure.cc) sorts these out
      for (Object* o : CapturedVars(e)) captured_.insert(o);
      break;
    case ExprKind::Call: {
      Expr* fn = e->x;
      while (fn->kind == ExprKind::Paren) fn = fn->x;
      if (fn->kind == ExprKind::Selector && fn->obj && fn->obj->kind == ObjKind::Func &&
          fn->obj->type && fn->obj->type->recv && IsPtrType(fn->obj->type->recv->type) &&
          fn->x->mode != Mode::TypeExpr && !IsPtrType(fn->x->type)) {
        MarkRoot(fn->x);
      }
      break;
    }
    default:
      break;
  }
  FindAddrTakenExpr(e->x);
  FindAddrTakenExpr(e->y);
  FindAddrTakenExpr(e->z);
  FindAddrTakenExpr(e->w);
  for (Expr* a : e->list) FindAddrTakenExpr(a);
  if (e->body) FindAddrTaken(e->body);
}

void FuncBuilder::FindAddrTaken(Stmt* s) {
  if (!s) return;
  FindAddrTakenExpr(s->x);
  FindAddrTakenExpr(s->y);
  for (Expr* e : s->lhs) FindAddrTakenExpr(e);
  for (Expr* e : s->rhs) FindAddrTakenExpr(e);
  FindAddrTaken(s->init);
  FindAddrTaken(s->post);
  FindAddrTaken(s->then);
  FindAddrTaken(s->els);
  for (Stmt* c : s->list) FindAddrTaken(c);
  for (compile::CaseClause* c : s->clauses) {
    for (Expr* e : c->list) FindAddrTakenExpr(e);
    FindAddrTaken(c->comm);
    for (Stmt* b : c->body) FindAddrTaken(b);
  }
  for (compile::Decl* d : s->decls)
    for (Expr* e : d->values) FindAddrTakenExpr(e);
}

namespace {

// The name of an argument or result slot in `name+off(FP)`: Go names that
// plan9 assembly reads as registers (g, SP, AX, R8, X0, ...) get a "_".
std::string FrameName(const std::string& n) {
  bool upper = !n.empty();
  for (char c : n) upper = upper && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  return n == "g" || upper ? n + "_" : n;
}

}  // namespace

void FuncBuilder::BuildFunc(compile::Decl* d, Object* fn) {
  closure_prefix_ = f_->QualifiedName() + ".func";
  NumberFuncLits(d->body);
  BuildBody(fn->type, d->body, d->pos, {}, {});
}

// The body of a function or closure: captured variables (from the closure
// context), parameters and results, then the statements.
void FuncBuilder::BuildBody(Type* sig, Stmt* body, compile::Pos pos,
                            const std::vector<Object*>& captured,
                            const std::vector<bool>& byval) {
  sig_ = sig;
  FrameLayout l = LayoutSignature(sig);
  f_->argsize = l.size;
  Block* entry = NewBlock();
  Seal(entry);
  b_ = entry;
  SetPos(pos);
  var_types_[&mem_key_] = &st::kMem;
  init_mem_ = entry->NewValue(Op::kInitMem, &st::kMem);
  SetMem(init_mem_);
  FindAddrTaken(body);
  DecideCaptures(sig, body);  // closure.cc
  has_defer_ = HasDefer(body);
  has_goto_ = HasGoto(body);
  if (!captured.empty()) BindCaptured(captured, byval);  // closure.cc

  std::vector<Object*> params;
  if (sig->recv) params.push_back(sig->recv);
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o);
  for (size_t i = 0; i < params.size(); i++) {
    Object* o = params[i];
    std::string what;
    if (IsUnsupported(o->type, &what)) {
      ps_->Error(o->pos, "not implemented: " + what);
      return;
    }
    if (o->name.empty() || o->name == "_") continue;
    std::string name = FrameName(o->name);
    int64_t off = l.params[i];
    auto v = std::make_unique<Var>();
    v->t = o->type;
    if (addr_taken_.count(o)) {
      Value* p = NewObject(o->type);
      Value* src = IsSSAType(o->type)
                       ? entry->NewValue(Op::kArg, SSAType(o->type), {}, off, name)
                       : entry->NewValue(Op::kParamAddr, &st::kPtr, {}, off, name);
      Store(o->type, p, src);
      v->kind = VarKind::kHeap;
      var_types_[o] = &st::kPtr;
      vars_[o] = std::move(v);
      WriteVar(o, p);
    } else if (IsSSAType(o->type)) {
      v->kind = VarKind::kSSA;
      var_types_[o] = SSAType(o->type);
      vars_[o] = std::move(v);
      WriteVar(o, entry->NewValue(Op::kArg, SSAType(o->type), {}, off, name));
    } else {
      v->kind = VarKind::kParamMem;
      v->slot = name;
      v->off = off;
      vars_[o] = std::move(v);
    }
  }
  if (sig->results) {
    for (size_t i = 0; i < sig->results->fields.size(); i++) {
      Object* o = sig->results->fields[i];
      std::string what;
      if (IsUnsupported(o->type, &what)) {
        ps_->Error(o->pos, "not implemented: " + what);
        return;
      }
      bool named = !o->name.empty() && o->name != "_";
      Result r{named ? o : nullptr, o->type, named ? FrameName(o->name) : absl::StrCat("r", i),
               l.results[i]};
      results_.push_back(r);
      if (!named) {
        // A function with defers may return after a recovered panic
        // without a return statement: its results are zero then.
        if (has_defer_)
          ZeroMem(o->type, b_->NewValue(Op::kParamAddr, &st::kPtr, {}, r.off, r.name));
        continue;
      }
      // With defers, named results live in their slots (deferred calls and
      // the recovered return see them), unless captured (on the heap).
      if (!addr_taken_.count(o) && (!IsSSAType(o->type) || has_defer_)) {
        auto v = std::make_unique<Var>();
        v->t = o->type;
        v->kind = VarKind::kParamMem;
        v->slot = r.name;
        v->off = r.off;
        vars_[o] = std::move(v);
        ZeroMem(o->type, b_->NewValue(Op::kParamAddr, &st::kPtr, {}, r.off, r.name));
      } else {
        DeclareLocal(o, true);
      }
    }
  }
  // Unnamed parameters still need names for FP references; give the
  // unnamed ones none (they are never read).
  if (body) StmtList(body->list);
  if (body) SetPos(body->rbrace);
  EmitReturn();
  if (body) FinishRecovered(body->rbrace);  // defer.cc
  SealAll();
}

void FuncBuilder::BuildInit(const std::vector<compile::Decl*>& var_decls,
                            const std::vector<compile::Initializer>& inits,
                            const std::vector<std::string>& import_inits,
                            const std::vector<std::string>& init_funcs,
                            const std::string& done_sym) {
  f_->argsize = 0;
  Block* entry = NewBlock();
  Seal(entry);
  b_ = entry;
  var_types_[&mem_key_] = &st::kMem;
  init_mem_ = entry->NewValue(Op::kInitMem, &st::kMem);
  SetMem(init_mem_);
  // if done { return }; done = true
  Value* done_addr = b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, done_sym);
  Value* done = b_->NewValue(Op::kLoad, &st::kBool, {done_addr, Mem()});
  Block* ret = NewBlock();
  Block* run = NewBlock();
  If(done, ret, run);
  Seal(ret);
  Seal(run);
  b_ = ret;
  b_->kind = ssa::BlockKind::kRet;
  b_->SetControl(Mem());
  b_ = run;
  Store(Bool(), b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, done_sym), f_->ConstBool(true));
  closure_prefix_ = f_->pkg + ".glob..func";
  for (compile::Decl* d : var_decls)
    for (Expr* e : d->values) NumberFuncLitsExpr(e);
  for (const std::string& s : import_inits) CallABI0(s, {}, {});
  for (const compile::Initializer& in : inits) {
    Expr* rhs = in.rhs;
    if (!rhs || in.lhs.empty()) continue;
    SetPos(in.lhs[0]->pos);
    if (in.lhs.size() > 1) {  // var a, b = f() (or a comma-ok form)
      bool commaok = rhs->mode == Mode::CommaOk;
      std::vector<Value*> vs = commaok ? CommaOkExpr(rhs) : Call(rhs);
      for (size_t i = 0; i < in.lhs.size() && i < vs.size(); i++) {
        Object* o = in.lhs[i];
        if (o->name == "_") continue;
        Type* vt = commaok ? (i == 0 ? rhs->type : Bool()) : rhs->type->fields[i]->type;
        if (NeedsIfaceConv(vt, o->type)) vs[i] = ConvIface(vs[i], vt, o->type);
        Store(o->type, b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->SymName(o)), vs[i]);
      }
      continue;
    }
    Object* o = in.lhs[0];
    Type* t = o->type;
    Expr* v = rhs;
    while (v->kind == ExprKind::Paren) v = v->x;
    if (o->name == "_") {
      ExprAs(v, Concrete(v->type));
      continue;
    }
    Value* dst = b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, ps_->SymName(o));
    if (v->kind == ExprKind::CompositeLit && !IsPtrType(v->type) && !IsInterfaceType(t)) {
      FillComposite(v, t, dst);
      continue;
    }
    Store(t, dst, ExprAs(v, t));
  }
  for (const std::string& s : init_funcs) CallABI0(s, {}, {});
  EmitReturn();
  SealAll();
}

}  // namespace gocc::ssagen
