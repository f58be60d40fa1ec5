// Statements (builder.h): declarations, assignments (with Go's two-phase
// tuple semantics), if, for, range over arrays/slices/strings (UTF-8 via
// runtime.decoderune), expression switches with fallthrough, labels, goto,
// break, continue and return.
#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::BasicKind;
using compile::ExprKind;
using compile::Mode;
using compile::ObjKind;
using compile::StmtKind;
using compile::Tok;
using compile::Type;
using compile::TypeKind;
using ssa::Op;
namespace st = ssa::types;

void FuncBuilder::StmtList(const std::vector<Stmt*>& l) {
  for (Stmt* s : l) StmtNode(s);
}

FuncBuilder::Var* FuncBuilder::DeclareLocal(Object* o, bool zero) {
  auto v = std::make_unique<Var>();
  v->t = o->type;
  Var* out = v.get();
  if (addr_taken_.count(o)) {
    v->kind = VarKind::kHeap;
    vars_[o] = std::move(v);
    var_types_[o] = &st::kPtr;
    WriteVar(o, NewObject(o->type));  // newobject returns zeroed memory
    return out;
  }
  if (IsSSAType(o->type)) {
    v->kind = VarKind::kSSA;
    vars_[o] = std::move(v);
    var_types_[o] = SSAType(o->type);
    if (zero) {
      const ssa::Type* t = SSAType(o->type);
      Value* z = t->IsFloat() ? f_->ConstFloat(t, 0)
                 : t->IsPtr() ? f_->entry->NewValue(Op::kConstNil, t)
                              : f_->ConstInt(t, 0);
      WriteVar(o, z);
    }
    return out;
  }
  v->kind = VarKind::kStack;
  v->slot = NewSlot(o->name, o->type);
  vars_[o] = std::move(v);
  if (zero) {
    Value* a = b_->NewValue(Op::kLocalAddr, &st::kPtr, {Mem()}, 0, out->slot);
    ZeroMem(o->type, a);
  }
  return out;
}

void FuncBuilder::AssignObj(Var* var, Object* o, Value* v) {
  switch (var->kind) {
    case VarKind::kSSA:
      WriteVar(o, v);
      return;
    case VarKind::kHeap:
      Store(o->type, ReadVar(o), v);
      return;
    case VarKind::kStack:
      Store(o->type, b_->NewValue(Op::kLocalAddr, &st::kPtr, {Mem()}, 0, var->slot), v);
      return;
    case VarKind::kParamMem:
      Store(o->type, b_->NewValue(Op::kParamAddr, &st::kPtr, {}, var->off, var->slot), v);
      return;
  }
}

void FuncBuilder::AssignTo(Expr* lhs, Value* v, Type* t) {
  while (lhs->kind == ExprKind::Paren) lhs = lhs->x;
  if (lhs->kind == ExprKind::Name && lhs->name == "_") return;
  if (lhs->kind == ExprKind::Name && lhs->obj) {
    Var* var = LookupVar(lhs->obj);
    if (var && var->kind == VarKind::kSSA) {
      WriteVar(lhs->obj, v);
      return;
    }
  }
  if (IsMapIndex(lhs)) {
    if (!IsSSAType(t)) v = CopyToTemp(t, v);
    return MapWrite(MapRefOf(lhs), v);
  }
  Store(t, Addr(lhs), v);
}

namespace {
bool IsBlank(Expr* e) { return e->kind == ExprKind::Name && e->name == "_"; }
// The type of an assignment's left-hand side (names may carry it only in
// their object).
Type* LhsType(Expr* e) {
  while (e->kind == ExprKind::Paren && !e->type) e = e->x;
  if (e->type) return Concrete(e->type);
  if (e->kind == ExprKind::Name && e->obj) return e->obj->type;
  return nullptr;
}
bool IsNewVar(Expr* e) {
  return e->kind == ExprKind::Name && e->obj && e->obj->kind == ObjKind::Var &&
         (e->obj->decl_expr == e || !e->obj->parent || !e->obj->parent->is_pkg);
}
}  // namespace

void FuncBuilder::AssignStmt(Stmt* s) {
  using compile::Op;
  SetPos(s->pos);
  // x++, x--, x op= y
  if (s->inc || (s->op != Op::None && s->op != Op::Def)) {
    Expr* lhs = s->lhs[0];
    Type* t = LhsType(lhs);
    compile::Op op = s->inc ? s->op : s->op;
    bool ssa_var = false;
    Expr* l = lhs;
    while (l->kind == ExprKind::Paren) l = l->x;
    if (l->kind == ExprKind::Name && l->obj) {
      Var* var = LookupVar(l->obj);
      ssa_var = var && var->kind == VarKind::kSSA;
    }
    Value* addr = nullptr;
    Value* cur;
    MapRef mref;  // m[k] op= v: look up, then assign
    if (ssa_var) {
      cur = ReadVar(l->obj);
    } else if (IsMapIndex(l)) {
      mref = MapRefOf(l);
      cur = MapRead(mref, nullptr);
    } else {
      addr = Addr(lhs);
      cur = Load(t, addr);
    }
    Value* r;
    if (s->inc) {
      Value* one = Constant(compile::Value::MakeInt64(1), t);
      r = Arith(op, t, cur, one);
    } else if (op == Op::Shl || op == Op::Shr) {
      Expr* y = s->rhs[0];
      r = Shift(op, t, cur, y, y->mode == Mode::Constant ? nullptr : ExprV(y));
    } else {
      Value* y = ExprAs(s->rhs[0], t);
      if (IsStringType(t) && op == Op::Add) {
        Value* nil = f_->entry->NewValue(ssa::Op::kConstNil, &st::kPtr);
        r = CallABI0("runtime.concatstring2", {{nil, UPtr()}, {cur, StringT()}, {y, StringT()}},
                     {StringT()})[0];
      } else {
        r = Arith(op, t, cur, y);
      }
    }
    if (ssa_var) WriteVar(l->obj, r);
    else if (mref.m) MapWrite(mref, r);
    else Store(t, addr, r);
    return;
  }
  bool define = s->op == Op::Def;
  // a, b = f()
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    bool commaok = s->rhs[0]->mode == Mode::CommaOk;
    std::vector<Value*> vs = commaok ? CommaOkExpr(s->rhs[0]) : Call(s->rhs[0]);
    if (vs.size() != s->lhs.size()) return;
    Type* tt = s->rhs[0]->type;
    for (size_t i = 0; i < s->lhs.size(); i++) {
      Expr* l = s->lhs[i];
      Type* t = commaok ? (i == 0 ? tt : Bool()) : tt->fields[i]->type;
      if (!IsBlank(l) && NeedsIfaceConv(t, LhsType(l))) {
        vs[i] = ConvIface(vs[i], t, LhsType(l));
        t = LhsType(l);
      }
      if (IsBlank(l)) continue;
      if (define && IsNewVar(l) && !LookupVar(l->obj)) DeclareLocal(l->obj, false);
      AssignTo(l, vs[i], t);
    }
    return;
  }
  if (s->lhs.size() == 1) {
    Expr* l = s->lhs[0];
    Expr* r = s->rhs[0];
    Type* t = IsBlank(l) ? Concrete(r->type) : LhsType(l);
    if (IsMapIndex(l)) {
      // The map and key first, as the spec orders them.
      MapRef mref = MapRefOf(l);
      MapWrite(mref, ExprAs(r, t));
      return;
    }
    if (define && IsNewVar(l) && !LookupVar(l->obj)) {
      Var* var = DeclareLocal(l->obj, false);
      if (var->kind == VarKind::kStack) {
        Expr* rr = r;
        while (rr->kind == ExprKind::Paren) rr = rr->x;
        if (rr->kind == ExprKind::CompositeLit) {
          CompositeLit(rr, Addr(l));
          return;
        }
      }
    }
    Value* v = ExprAs(r, t);
    if (IsBlank(l)) return;
    AssignTo(l, v, t);
    return;
  }
  // Tuple assignment: index and pointer operands on the left first, then
  // the right-hand sides, then the assignments left to right.
  std::vector<Value*> addrs(s->lhs.size(), nullptr);
  std::vector<MapRef> mrefs(s->lhs.size());
  for (size_t i = 0; i < s->lhs.size(); i++) {
    Expr* l = s->lhs[i];
    while (l->kind == ExprKind::Paren) l = l->x;
    if (IsBlank(l)) continue;
    if (l->kind == ExprKind::Name) continue;
    if (IsMapIndex(l)) mrefs[i] = MapRefOf(l);
    else addrs[i] = Addr(l);
  }
  std::vector<Value*> vals;
  for (size_t i = 0; i < s->rhs.size(); i++) {
    Type* t = IsBlank(s->lhs[i]) ? Concrete(s->rhs[i]->type) : LhsType(s->lhs[i]);
    Value* v = ExprAs(s->rhs[i], t);
    if (!IsSSAType(t)) v = CopyToTemp(t, v);
    vals.push_back(v);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    Expr* l = s->lhs[i];
    if (IsBlank(l)) continue;
    Type* t = LhsType(l);
    if (define && IsNewVar(l) && !LookupVar(l->obj)) DeclareLocal(l->obj, false);
    if (addrs[i]) Store(t, addrs[i], vals[i]);
    else if (mrefs[i].m) MapWrite(mrefs[i], vals[i]);
    else AssignTo(l, vals[i], t);
  }
}

void FuncBuilder::DeclStmt(Stmt* s) {
  for (compile::Decl* d : s->decls) {
    if (d->kind != compile::DeclKind::Var) continue;
    SetPos(d->pos);
    // Local declarations record their objects in the names.
    std::vector<Object*> objs;
    for (Expr* n : d->names) objs.push_back(n->obj);
    for (Object* o : objs)
      if (!o) return ps_->Error(d->pos, "internal error: var without object");
    if (d->values.empty()) {
      for (Object* o : objs)
        if (o->name != "_") DeclareLocal(o, true);
      continue;
    }
    if (d->values.size() == 1 && objs.size() > 1) {
      bool commaok = d->values[0]->mode == Mode::CommaOk;
      std::vector<Value*> vs = commaok ? CommaOkExpr(d->values[0]) : Call(d->values[0]);
      for (size_t i = 0; i < objs.size() && i < vs.size(); i++) {
        if (objs[i]->name == "_") continue;
        Type* vt = commaok ? (i == 0 ? d->values[0]->type : Bool())
                           : d->values[0]->type->fields[i]->type;
        if (NeedsIfaceConv(vt, objs[i]->type)) vs[i] = ConvIface(vs[i], vt, objs[i]->type);
        AssignObj(DeclareLocal(objs[i], false), objs[i], vs[i]);
      }
      continue;
    }
    std::vector<Value*> vals;
    for (size_t i = 0; i < objs.size(); i++) {
      Type* t = objs[i]->type;
      Value* v = ExprAs(d->values[i], t);
      if (!IsSSAType(t) && objs.size() > 1) v = CopyToTemp(t, v);
      vals.push_back(v);
    }
    for (size_t i = 0; i < objs.size(); i++) {
      if (objs[i]->name == "_") continue;
      AssignObj(DeclareLocal(objs[i], false), objs[i], vals[i]);
    }
  }
}

void FuncBuilder::IfStmt(Stmt* s) {
  if (s->init) StmtNode(s->init);
  SetPos(s->pos);
  Block* then = NewBlock();
  Block* els = s->els ? NewBlock() : nullptr;
  Block* join = NewBlock();
  CondBranch(s->x, then, els ? els : join);
  Seal(then);
  b_ = then;
  StmtNode(s->then);
  Goto(join);
  if (els) {
    Seal(els);
    b_ = els;
    StmtNode(s->els);
    Goto(join);
  }
  Seal(join);
  b_ = join;
}

void FuncBuilder::ForStmt(Stmt* s, const std::string& label) {
  if (s->init) StmtNode(s->init);
  SetPos(s->pos);
  Block* cond = NewBlock();
  Block* body = NewBlock();
  Block* post = NewBlock();
  Block* exit = NewBlock();
  Goto(cond);
  b_ = cond;
  if (s->x) CondBranch(s->x, body, exit);
  else Goto(body);
  Seal(body);
  b_ = body;
  targets_.push_back({label, exit, post});
  StmtNode(s->then);
  targets_.pop_back();
  Goto(post);
  Seal(post);
  b_ = post;
  if (s->post) StmtNode(s->post);
  Goto(cond);
  Seal(cond);
  Seal(exit);
  b_ = exit;
}

void FuncBuilder::RangeStmt(Stmt* s, const std::string& label) {
  SetPos(s->pos);
  Expr* x = s->x;
  Type* xt = Concrete(x->type);
  Type* u = compile::Under(xt);
  if (u->kind == TypeKind::Map) return MapRange(s, label);
  Expr* kx = s->lhs.size() > 0 ? s->lhs[0] : nullptr;
  Expr* vx = s->lhs.size() > 1 ? s->lhs[1] : nullptr;
  if (kx && IsBlank(kx)) kx = nullptr;
  if (vx && IsBlank(vx)) vx = nullptr;
  bool is_string = u->kind == TypeKind::Basic && u->basic == BasicKind::String;
  Value* ptr = nullptr;
  Value* len;
  Type* et = nullptr;
  Value* str = nullptr;
  if (is_string) {
    str = CopyToTemp(xt, ExprV(x));
    len = StringLen(str);
  } else if (u->kind == TypeKind::Slice) {
    Value* sv = ExprV(x);
    ptr = Load(UPtr(), sv);
    len = Load(Int(), OffPtr(sv, 8));
    et = u->elem;
  } else if (u->kind == TypeKind::Array ||
             (u->kind == TypeKind::Pointer && compile::Under(u->elem)->kind == TypeKind::Array)) {
    Type* at = u->kind == TypeKind::Array ? u : compile::Under(u->elem);
    et = at->elem;
    len = f_->ConstInt(&st::kInt64, at->len);
    if (u->kind == TypeKind::Pointer) {
      ptr = ExprV(x);
      if (vx) NilCheck(ptr);
    } else if (vx) {
      ptr = CopyToTemp(xt, ExprV(x));
    } else if (x->mode == Mode::Variable || x->kind == ExprKind::Name) {
      ptr = nullptr;  // only the index is used; x is not evaluated further
    } else {
      ExprV(x);
    }
  } else {
    std::string what = u->kind == TypeKind::Map ? "maps" : u->kind == TypeKind::Chan ? "channels"
                                                                                      : "this range";
    ps_->Error(s->pos, "not implemented: range over " + what);
    return;
  }
  bool define = s->define;
  if (define) {
    if (kx && IsNewVar(kx)) DeclareLocal(kx->obj, true);
    if (vx && IsNewVar(vx)) DeclareLocal(vx->obj, true);
  }
  const void* hv = NewKey(&st::kInt64);
  const void* hn = NewKey(&st::kInt64);
  WriteVar(hv, f_->ConstInt(&st::kInt64, 0));
  Block* cond = NewBlock();
  Block* body = NewBlock();
  Block* post = NewBlock();
  Block* exit = NewBlock();
  Goto(cond);
  b_ = cond;
  Value* i = ReadVar(hv);
  If(b_->NewValue(Op::kLess64, &st::kBool, {i, len}), body, exit);
  Seal(body);
  b_ = body;
  i = ReadVar(hv);
  if (is_string) {
    Value* p = b_->NewValue(Op::kAddPtr, &st::kPtr, {StringPtr(str), i});
    Value* c = Load(BasicType(BasicKind::Uint8), p);
    const void* hr = NewKey(&st::kInt32);
    WriteVar(hr, b_->NewValue(Op::kZeroExt8to32, &st::kInt32, {c}));
    WriteVar(hn, b_->NewValue(Op::kAdd64, &st::kInt64, {i, f_->ConstInt(&st::kInt64, 1)}));
    Block* slow = NewBlock();
    Block* join = NewBlock();
    Value* ascii = b_->NewValue(Op::kLess8U, &st::kBool, {c, f_->ConstInt(&st::kUint8, 0x80)});
    If(ascii, join, slow);
    Seal(slow);
    b_ = slow;
    std::vector<Value*> rk = CallABI0("runtime.decoderune", {{str, StringT()}, {i, Int()}},
                                      {BasicType(BasicKind::Int32), Int()});
    WriteVar(hr, rk[0]);
    WriteVar(hn, rk[1]);
    Goto(join);
    Seal(join);
    b_ = join;
    if (kx) AssignTo(kx, ReadVar(hv), Int());
    if (vx) AssignTo(vx, ReadVar(hr), BasicType(BasicKind::Int32));
  } else {
    if (kx) AssignTo(kx, i, Int());
    if (vx) {
      int64_t es = Size(et);
      Value* off = es == 1 ? i : b_->NewValue(Op::kMul64, &st::kInt64, {i, f_->ConstInt(&st::kInt64, es)});
      Value* a = b_->NewValue(Op::kAddPtr, &st::kPtr, {ptr, off});
      AssignTo(vx, Load(et, a), et);
    }
  }
  targets_.push_back({label, exit, post});
  StmtNode(s->then);
  targets_.pop_back();
  Goto(post);
  Seal(post);
  b_ = post;
  if (is_string) WriteVar(hv, ReadVar(hn));
  else WriteVar(hv, b_->NewValue(Op::kAdd64, &st::kInt64, {ReadVar(hv), f_->ConstInt(&st::kInt64, 1)}));
  Goto(cond);
  Seal(cond);
  Seal(exit);
  b_ = exit;
}

void FuncBuilder::SwitchStmt(Stmt* s, const std::string& label) {
  if (s->init) StmtNode(s->init);
  SetPos(s->pos);
  if (s->x && s->x->kind == ExprKind::TypeAssert && !s->x->y) {
    TypeSwitchStmt(s, label);  // iface.cc
    return;
  }
  Type* tt = s->x ? Concrete(s->x->type) : nullptr;
  Value* tag = nullptr;
  if (s->x) {
    tag = ExprV(s->x);
    if (!IsSSAType(tt)) tag = CopyToTemp(tt, tag);
  }
  Block* exit = NewBlock();
  std::vector<Block*> bodies;
  int def = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    bodies.push_back(NewBlock());
    if (s->clauses[i]->is_default) def = static_cast<int>(i);
  }
  for (size_t i = 0; i < s->clauses.size(); i++) {
    compile::CaseClause* c = s->clauses[i];
    for (Expr* e : c->list) {
      SetPos(e->pos);
      Block* next = NewBlock();
      if (tag && IsNilExpr(e)) {
        // case nil: a slice, map, func, pointer or interface tag.
        Value* p = IsSSAType(tt) ? tag : Load(UPtr(), tag);
        Value* n = f_->entry->NewValue(Op::kConstNil, &st::kPtr);
        If(b_->NewValue(Op::kEq64, &st::kBool, {p, n}), bodies[i], next);
      } else if (tag && IsInterfaceType(e->type) && !IsInterfaceType(tt)) {
        // A concrete tag against an interface case: tag is converted.
        Type* it = Concrete(e->type);
        Value* ti = CopyToTemp(it, ConvIface(tag, tt, it));
        Value* v = CopyToTemp(it, ExprV(e));
        If(Compare(compile::Op::Eql, it, ti, v), bodies[i], next);
      } else if (tag) {
        Value* v = ExprAs(e, tt);
        If(Compare(compile::Op::Eql, tt, tag, v), bodies[i], next);
      } else {
        CondBranch(e, bodies[i], next);
      }
      Seal(next);
      b_ = next;
    }
  }
  Goto(def >= 0 ? bodies[def] : exit);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    Seal(bodies[i]);
    b_ = bodies[i];
    fallthrough_ = i + 1 < bodies.size() ? bodies[i + 1] : nullptr;
    targets_.push_back({label, exit, nullptr});
    StmtList(s->clauses[i]->body);
    targets_.pop_back();
    Goto(exit);
  }
  fallthrough_ = nullptr;
  Seal(exit);
  b_ = exit;
}

Block* FuncBuilder::LabelBlock(const std::string& name) {
  Block*& b = labels_[name];
  if (!b) b = NewBlock();
  return b;
}

void FuncBuilder::BranchStmt(Stmt* s) {
  SetPos(s->pos);
  switch (s->tok) {
    case Tok::Goto:
      Goto(LabelBlock(s->label));
      break;
    case Tok::Fallthrough:
      if (fallthrough_) Goto(fallthrough_);
      break;
    case Tok::Break: case Tok::Continue: {
      bool brk = s->tok == Tok::Break;
      for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
        if (!s->label.empty() && it->label != s->label) continue;
        if (s->label.empty() && it->label_only) continue;
        if (!brk && !it->cont) continue;
        Goto(brk ? it->brk : it->cont);
        break;
      }
      break;
    }
    default:
      break;
  }
  StartDead();
}

void FuncBuilder::EmitReturn() {
  if (has_defer_) CallDeferReturn();  // before named results are copied out
  for (const Result& r : results_) {
    if (!r.obj) continue;
    Var* v = LookupVar(r.obj);
    if (!v || v->kind == VarKind::kParamMem) continue;
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, r.off, r.name);
    Value* val = v->kind == VarKind::kSSA ? ReadVar(r.obj) : Load(r.t, ReadVar(r.obj));
    Store(r.t, slot, val);
  }
  b_->kind = ssa::BlockKind::kRet;
  b_->SetControl(Mem());
  StartDead();
}

void FuncBuilder::ReturnStmt(Stmt* s) {
  SetPos(s->pos);
  std::vector<Value*> vals;
  if (s->rhs.size() == 1 && results_.size() > 1) {
    // return f(): each result converts to the function's result type.
    Type* tuple = s->rhs[0]->type;
    vals = Call(s->rhs[0]);
    for (size_t i = 0; i < vals.size() && i < results_.size() && i < tuple->fields.size(); i++) {
      Type* from = tuple->fields[i]->type;
      if (NeedsIfaceConv(from, results_[i].t)) vals[i] = ConvIface(vals[i], from, results_[i].t);
    }
  } else {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      Value* v = ExprAs(s->rhs[i], results_[i].t);
      if (!IsSSAType(results_[i].t) && s->rhs.size() > 1) v = CopyToTemp(results_[i].t, v);
      vals.push_back(v);
    }
  }
  for (size_t i = 0; i < vals.size() && i < results_.size(); i++) {
    const Result& r = results_[i];
    Var* v = r.obj ? LookupVar(r.obj) : nullptr;
    if (v && v->kind == VarKind::kSSA) {
      WriteVar(r.obj, vals[i]);
      continue;
    }
    if (v && v->kind == VarKind::kHeap) {
      Store(r.t, ReadVar(r.obj), vals[i]);
      continue;
    }
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, r.off, r.name);
    Store(r.t, slot, vals[i]);
  }
  EmitReturn();
}

void FuncBuilder::StmtNode(Stmt* s) {
  if (!s) return;
  SetPos(s->pos);
  switch (s->kind) {
    case StmtKind::Empty:
      return;
    case StmtKind::Block:
      StmtList(s->list);
      return;
    case StmtKind::ExprS: {
      Expr* x = s->x;
      while (x->kind == ExprKind::Paren) x = x->x;
      if (x->kind == ExprKind::Call) Call(x);
      else ExprV(x);
      return;
    }
    case StmtKind::Assign:
      AssignStmt(s);
      return;
    case StmtKind::Decl:
      DeclStmt(s);
      return;
    case StmtKind::If:
      IfStmt(s);
      return;
    case StmtKind::For:
      ForStmt(s, "");
      return;
    case StmtKind::Range:
      RangeStmt(s, "");
      return;
    case StmtKind::Switch:
      SwitchStmt(s, "");
      return;
    case StmtKind::Branch:
      BranchStmt(s);
      return;
    case StmtKind::Return:
      ReturnStmt(s);
      return;
    case StmtKind::Labeled:
      LabeledStmt(s);
      return;
    case StmtKind::Go:
      DeferStmt(s);  // defer.cc: the same closure, started by runtime.newproc
      return;
    case StmtKind::Defer:
      DeferStmt(s);  // defer.cc
      return;
    case StmtKind::Send:
      ps_->Error(s->pos, "not implemented: channels");
      return;
    case StmtKind::Select:
      ps_->Error(s->pos, "not implemented: select");
      return;
    default:
      ps_->Error(s->pos, "not implemented: statement");
      return;
  }
}

void FuncBuilder::LabeledStmt(Stmt* s) {
  Block* lb = LabelBlock(s->label);
  Goto(lb);
  b_ = lb;
  Stmt* inner = s->then;
  if (!inner) return;
  switch (inner->kind) {
    case StmtKind::For:
      ForStmt(inner, s->label);
      return;
    case StmtKind::Range:
      RangeStmt(inner, s->label);
      return;
    case StmtKind::Switch:
      SwitchStmt(inner, s->label);
      return;
    default: {
      // A labeled block may be left with `break L`.
      Block* exit = NewBlock();
      targets_.push_back({s->label, exit, nullptr, true});
      StmtNode(inner);
      targets_.pop_back();
      Goto(exit);
      Seal(exit);
      b_ = exit;
      return;
    }
  }
}

}  // namespace gocc::ssagen
