// defer, go and recover (builder.h): linked _defer records on the goroutine,
// as gc's non-open-coded defers (runtime/panic.go has the runtime half;
// README.md "Defer, panic and recover").
//
//   defer f(a, b)   fn := closure{wrapper, f's value if not static, a, b}
//                   if runtime.deferproc(fn) != 0 { goto recovered }
//   return          results stored; runtime.deferreturn(); named results
//                   copied to their slots; RET
//   recovered:      runtime.deferreturn(); named results copied; RET
//
// The wrapper (`main.f.funcN`, numbered after the function's literals, as
// gc does) is a WRAPPER function that replays the call with the values
// saved in its closure: its builder evaluates the call expression with the
// function value, receiver and arguments looked up in preval_. A call of a
// func value without arguments or results (defer f(), defer func(){...}())
// is deferred as is. deferproc returns 1 when a deferred call recovered a
// panic and the runtime resumed this frame at the return address of the
// deferproc call (results in memory, everything else spilled, so nothing
// is lost); results of a function with defers live in their result slots
// (named ones, unless captured) so that deferred calls and the recovered
// return see them. recover() is runtime.gorecover(FP of the function that
// calls it).
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

namespace {

Expr* Unparen(Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  return e;
}

bool IsPkgName(Expr* e) {
  return e->mode == Mode::PkgName ||
         (e->kind == ExprKind::Name && e->obj && e->obj->kind == ObjKind::PkgName);
}

}  // namespace

bool HasGoto(Stmt* s) {
  if (!s) return false;
  if (s->kind == StmtKind::Branch && s->tok == compile::Tok::Goto) return true;
  if (HasGoto(s->init) || HasGoto(s->post) || HasGoto(s->then) || HasGoto(s->els)) return true;
  for (Stmt* c : s->list)
    if (HasGoto(c)) return true;
  for (compile::CaseClause* c : s->clauses) {
    if (HasGoto(c->comm)) return true;
    for (Stmt* b : c->body)
      if (HasGoto(b)) return true;
  }
  return false;
}

bool HasDefer(Stmt* s) {
  if (!s) return false;
  if (s->kind == StmtKind::Defer) return true;
  if (HasDefer(s->init) || HasDefer(s->post) || HasDefer(s->then) || HasDefer(s->els)) return true;
  for (Stmt* c : s->list)
    if (HasDefer(c)) return true;
  for (compile::CaseClause* c : s->clauses) {
    if (HasDefer(c->comm)) return true;
    for (Stmt* b : c->body)
      if (HasDefer(b)) return true;
  }
  return false;
}

void FuncBuilder::CallDeferReturn() { CallABI0("runtime.deferreturn", {}, {}); }

Block* FuncBuilder::RecoveredBlock() {
  if (!recovered_) recovered_ = NewBlock();
  return recovered_;
}

void FuncBuilder::FinishRecovered(compile::Pos pos) {
  if (!recovered_) return;
  Seal(recovered_);
  b_ = recovered_;
  SetPos(pos);
  EmitReturn();
}

// Whether a defer statement runs at most once per frame: not in a for or
// range loop, and no goto in the function (which could loop).
bool FuncBuilder::DeferOnce() {
  if (has_goto_) return false;
  for (const Target& t : targets_)
    if (t.cont) return false;
  return true;
}

void FuncBuilder::DeferStmt(Stmt* s) {
  SetPos(s->pos);
  // A go statement builds the same closure, on the heap, and hands it to
  // runtime.newproc: the new goroutine starts in the wrapper (or in the
  // func value itself when the call needs nothing saved).
  bool go = s->kind == StmtKind::Go;
  const char* what = go ? "go" : "defer";
  // Outside loops, the closure object and the _defer record live in this
  // frame (runtime.deferprocStack); in loops, on the heap (deferproc).
  bool once = !go && DeferOnce();
  Expr* call = Unparen(s->x);
  if (call->kind != ExprKind::Call) {
    ps_->Error(s->pos, std::string("not implemented: ") + what + " of this expression");
    return;
  }
  Expr* fn = Unparen(call->x);
  bool builtin = fn->mode == Mode::Builtin;
  Type* sig = builtin || !fn->type ? nullptr : compile::Under(fn->type);
  if (!builtin && (!sig || sig->kind != TypeKind::Func)) {  // a -fakeimports function
    ps_->Error(call->pos, std::string("not implemented: ") + what + " of " + compile::ExprString(fn));
    return;
  }
  Value* fv = nullptr;
  bool plain = !builtin && sig && sig->kind == TypeKind::Func && call->list.empty() &&
               (!sig->params || sig->params->fields.empty()) &&
               (!sig->results || sig->results->fields.empty());
  if (plain) {
    lit_on_stack_ = once && fn->kind == ExprKind::FuncLit;
    fv = ExprV(fn);  // a func value, static func value or method value
    lit_on_stack_ = false;
  } else {
    bool tuple_arg = call->list.size() == 1 && call->list[0]->type &&
                     call->list[0]->type->kind == TypeKind::Tuple;
    PackageState::PendingClosure c;
    c.name = ClosureName(nullptr);
    c.call = call;
    std::vector<Value*> vals;
    int64_t off = 8;
    auto add = [&](Expr* key, Type* t, Value* v, bool last, bool tuple = false) {
      int64_t a = std::max<int64_t>(Align(t), 1);
      off = (off + a - 1) / a * a;
      if (!IsSSAType(t) && !last) v = CopyToTemp(t, v);
      c.slots.push_back({key, t, off, tuple});
      vals.push_back(v);
      off += Size(t);
    };
    Object* o = fn->obj;
    if (!builtin) {
      bool method = fn->kind == ExprKind::Selector && o && o->kind == ObjKind::Func && o->type &&
                    o->type->recv && fn->x->mode != Mode::TypeExpr;
      bool static_fn = o && o->kind == ObjKind::Func &&
                       ((fn->kind == ExprKind::Name) ||
                        (fn->kind == ExprKind::Selector &&
                         (IsPkgName(fn->x) || fn->x->mode == Mode::TypeExpr)));
      if (method) {
        Type* rt = o->type->recv->type;
        add(fn, rt, Receiver(fn, rt), call->list.empty());
      } else if (!static_fn) {
        add(fn, fn->type, ExprV(fn), call->list.empty());
      }
    }
    if (builtin && fn->obj && fn->obj->name == "recover") {
      // defer recover(): the FP of this function is taken now, as gc's
      // ORECOVERFP argument, so the deferred recover stops a panic that is
      // running this function as its deferred call.
      add(call, Uintptr(), b_->NewValue(Op::kParamAddr, &st::kPtr, {}, 0, "argp"), true);
    }
    if (tuple_arg) {  // defer f(g()): g's results
      Expr* a = call->list[0];
      std::vector<Value*> vs = Call(a);
      for (size_t i = 0; i < vs.size(); i++)
        add(a, a->type->fields[i]->type, vs[i], i + 1 == vs.size(), true);
    }
    for (size_t i = 0; i < call->list.size() && !tuple_arg; i++) {
      Expr* a = call->list[i];
      if (a->mode == Mode::Constant || compile::IsUntypedNil(a->type) || a->mode == Mode::TypeExpr)
        continue;
      add(a, Concrete(a->type), ExprV(a), i + 1 == call->list.size());
    }
    if (vals.empty()) {
      fv = StaticFuncValue(c.name);
    } else {
      Type* obj_t = ArrayOf(UPtr(), (off + 7) / 8);
      fv = once ? Temp(obj_t) : NewObject(obj_t);
      Store(UPtr(), fv, b_->NewValue(Op::kAddr, &st::kPtr, {}, 0, c.name));
      for (size_t i = 0; i < vals.size(); i++)
        Store(c.slots[i].t, OffPtr(fv, c.slots[i].off), vals[i]);
    }
    ps_->AddClosure(std::move(c));
  }
  SetPos(s->pos);
  if (go) {
    CallABI0("runtime.newproc", {{fv, UPtr()}}, {});
    return;
  }
  Type* i32 = BasicType(compile::BasicKind::Int32);
  Value* r = once ? CallABI0("runtime.deferprocStack",
                             {{Temp(ArrayOf(UPtr(), kDeferRecordWords)), UPtr()}, {fv, UPtr()}},
                             {i32})[0]
                  : CallABI0("runtime.deferproc", {{fv, UPtr()}}, {i32})[0];
  Block* cont = NewBlock();
  If(b_->NewValue(Op::kNeq32, &st::kBool, {r, f_->ConstInt(&st::kInt32, 0)}), RecoveredBlock(),
     cont);
  Seal(cont);
  b_ = cont;
}

void FuncBuilder::BuildDeferWrapper(const PackageState::PendingClosure& c) {
  f_->wrapper = true;
  f_->argsize = 0;
  Block* entry = NewBlock();
  Seal(entry);
  b_ = entry;
  SetPos(c.call->pos);
  var_types_[&mem_key_] = &st::kMem;
  init_mem_ = entry->NewValue(Op::kInitMem, &st::kMem);
  SetMem(init_mem_);
  closure_prefix_ = c.name + ".";
  if (!c.slots.empty()) {
    Value* ctx = entry->NewValue(Op::kGetClosurePtr, &st::kPtr);
    for (const PackageState::DeferSlot& s : c.slots) {
      Value* v = Load(s.t, OffPtr(ctx, s.off));
      if (s.tuple) preval_tuple_[s.key].push_back(v);
      else preval_[s.key] = v;
    }
  }
  Call(c.call);
  b_->kind = ssa::BlockKind::kRet;
  b_->SetControl(Mem());
  StartDead();
  SealAll();
}

std::vector<Value*> FuncBuilder::Recover(Expr* e) {
  // The FP of this function: its argument area starts there; in the
  // wrapper of `defer recover()`, the deferring function's, saved.
  auto saved = preval_.find(e);
  Value* fp = saved != preval_.end() ? saved->second
                                     : b_->NewValue(Op::kParamAddr, &st::kPtr, {}, 0, "argp");
  return CallABI0("runtime.gorecover", {{fp, Uintptr()}}, {e->type});
}

}  // namespace gocc::ssagen
