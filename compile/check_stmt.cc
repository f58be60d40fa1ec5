// Type checker: statements, function bodies, local declarations, unused
// variables and terminating statements (see check.h).
#include <algorithm>
#include <functional>
#include <set>

#include "compile/check.h"

namespace gocc::compile {

void Checker::OpenScope() {
  Scope* s = arena_->New<Scope>();
  s->parent = scope_;
  scope_ = s;
}

void Checker::CloseScope() {
  Usage(scope_);
  scope_ = scope_->parent;
}

void Checker::Usage(Scope* s) {
  for (Object* o : s->order)
    // (A variable of invalid type had an error reported already.)
    if (o->kind == ObjKind::Var && !o->used && !o->is_param && o->name != "_" &&
        !IsInvalid(o->type))
      Error(o->pos, o->name + " declared but not used");
}

Object* Checker::DeclareVar(Expr* name, Type* t) {
  Object* o = NewObj(ObjKind::Var, name->name, name->pos, t);
  name->obj = o;
  return o;
}

void Checker::FuncBody(Type* sig, Stmt* body, Scope* scope, const std::string& name) {
  (void)name;
  Scope* saved = scope_;
  Type* saved_sig = sig_;
  scope_ = scope;
  sig_ = sig;
  StmtList(body->list);
  if (sig->results && !sig->results->fields.empty() && !IsTerminatingList(body->list))
    Error(body->rbrace, "missing return");
  Usage(scope);
  scope_ = saved;
  sig_ = saved_sig;
}

void Checker::StmtList(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) StmtNode(s);
}

void Checker::DeclStmt(const std::vector<Decl*>& decls) {
  for (Decl* d : decls) {
    switch (d->kind) {
      case DeclKind::Const: {
        std::vector<Object*> objs;
        for (size_t i = 0; i < d->names.size(); i++) {
          Object* o = NewObj(ObjKind::Const, d->names[i]->name, d->names[i]->pos);
          Expr* init = i < d->values.size() ? d->values[i] : nullptr;
          ConstDecl(o, d->type, init, d->iota);
          o->used = true;
          objs.push_back(o);
        }
        if (d->values.size() > d->names.size())
          Error(StartPos(d->values[d->names.size()]), "extra init expr");
        else if (d->values.size() < d->names.size())
          Error(d->names[d->values.size()]->pos, "missing init expr for const declaration");
        for (size_t i = 0; i < objs.size(); i++) Declare(scope_, d->names[i], objs[i]);
        break;
      }
      case DeclKind::Var: {
        std::vector<Object*> objs;
        for (Expr* n : d->names) objs.push_back(DeclareVar(n, nullptr));
        Type* t = d->type ? TypExpr(d->type) : nullptr;
        for (Object* o : objs) o->type = t;
        if (d->values.empty()) {
          if (!t) for (Object* o : objs) o->type = u_->Basic(BasicKind::Invalid);
        } else if (d->values.size() == d->names.size()) {
          for (size_t i = 0; i < objs.size(); i++) {
            ExprValue(d->values[i], t);
            Assignment(d->values[i], t, "variable declaration");
            // A failed initialization counts as a use (no follow-on error).
            if (d->values[i]->mode == Mode::Invalid) objs[i]->used = true;
            if (!t) objs[i]->type = d->values[i]->mode == Mode::Invalid ? u_->Basic(BasicKind::Invalid) : d->values[i]->type;
          }
        } else {
          InitVars(objs, d->values, d->pos, "variable declaration", false);
        }
        for (size_t i = 0; i < objs.size(); i++) Declare(scope_, d->names[i], objs[i]);
        break;
      }
      case DeclKind::Type: {
        Object* o = NewObj(ObjKind::TypeName, d->names[0]->name, d->names[0]->pos);
        Declare(scope_, d->names[0], o);
        o->used = true;
        o->color = 1;
        TypeDecl(o, d);
        o->color = 2;
        break;
      }
      default:
        break;
    }
  }
}

void Checker::AssignError(const std::vector<Expr*>& rhs, int nvars, int nvals) {
  auto measure = [](int n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
  };
  Expr* r0 = rhs[0];
  Expr* call = r0;
  while (call->kind == ExprKind::Paren) call = call->x;
  if (rhs.size() == 1 && call->kind == ExprKind::Call) {
    Error(StartPos(r0), "assignment mismatch: " + measure(nvars, "variable") + " but " +
                            ExprString(call->x) + " returns " + measure(nvals, "value"));
    return;
  }
  Error(StartPos(r0), "assignment mismatch: " + measure(nvars, "variable") + " but " +
                          measure(nvals, "value"));
}

// Initializes lhs variables (types may be null: inferred) from rhs.
void Checker::InitVars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                       const std::string& context, bool returns) {
  (void)pos;
  (void)returns;
  int nl = static_cast<int>(lhs.size());
  if (static_cast<int>(rhs.size()) == nl) {
    for (int i = 0; i < nl; i++) {
      ExprValue(rhs[i], lhs[i]->type);
      Assignment(rhs[i], lhs[i]->type, context);
      if (rhs[i]->mode == Mode::Invalid) lhs[i]->used = true;  // no follow-on error
      if (!lhs[i]->type)
        lhs[i]->type = rhs[i]->mode == Mode::Invalid ? u_->Basic(BasicKind::Invalid) : rhs[i]->type;
    }
    return;
  }
  auto invalidate = [&]() {
    for (Object* o : lhs) {
      if (!o->type) o->type = u_->Basic(BasicKind::Invalid);
      o->used = true;  // the initialization failed: no "declared but not used"
    }
  };
  if (rhs.size() != 1) {
    for (Expr* r : rhs) RawExpr(r, nullptr);
    bool bad = false;
    for (Expr* r : rhs) bad |= r->mode == Mode::Invalid;
    if (!bad) AssignError(rhs, nl, static_cast<int>(rhs.size()));
    invalidate();
    return;
  }
  Expr* r = rhs[0];
  RawExpr(r, nullptr);
  if (r->mode == Mode::Invalid) {
    invalidate();
    return;
  }
  if (nl == 2 && (r->mode == Mode::MapIndex || r->mode == Mode::CommaOk)) {
    Type* types[2] = {r->type, u_->Basic(BasicKind::UntypedBool)};
    for (int i = 0; i < 2; i++) {
      Expr tmp(ExprKind::Name, StartPos(r));
      tmp = *r;
      tmp.type = types[i];
      tmp.mode = Mode::Value;
      if (i == 1) tmp.val = Value();
      Assignment(&tmp, lhs[i]->type, context);
      if (!lhs[i]->type) lhs[i]->type = tmp.mode == Mode::Invalid ? u_->Basic(BasicKind::Invalid) : tmp.type;
    }
    if (r->mode == Mode::CommaOk || r->mode == Mode::MapIndex) r->mode = Mode::CommaOk;
    return;
  }
  if (r->type && r->type->kind == TypeKind::Tuple) {
    int n = static_cast<int>(r->type->fields.size());
    if (n != nl) {
      AssignError(rhs, nl, n);
      invalidate();
      return;
    }
    for (int i = 0; i < nl; i++) {
      Expr tmp = *r;
      tmp.type = r->type->fields[i]->type;
      tmp.mode = Mode::Value;
      Assignment(&tmp, lhs[i]->type, context);
      if (!lhs[i]->type) lhs[i]->type = tmp.mode == Mode::Invalid ? u_->Basic(BasicKind::Invalid) : tmp.type;
    }
    return;
  }
  if (r->mode == Mode::NoValue) {
    ExprValue(r);
    invalidate();
    return;
  }
  AssignError(rhs, nl, 1);
  invalidate();
}

// Evaluates an assignment's left-hand side; returns its type (null: blank).
Type* Checker::LhsVar(Expr* lhs) {
  if (lhs->kind == ExprKind::Name && lhs->name == "_") {
    lhs->mode = Mode::Variable;
    return nullptr;
  }
  // Assignment to a local variable does not count as use.
  Object* v = nullptr;
  bool was_used = false;
  if (lhs->kind == ExprKind::Name) {
    v = scope_->LookupParent(lhs->name);
    if (v && v->kind == ObjKind::Var && v->pkg == pkg_) was_used = v->used;
    else v = nullptr;
  }
  ExprValue(lhs);
  if (v) v->used = was_used;
  if (lhs->mode == Mode::Invalid) return u_->Basic(BasicKind::Invalid);
  if (lhs->mode != Mode::Variable && lhs->mode != Mode::MapIndex) {
    Expr* sel = lhs;
    while (sel->kind == ExprKind::Paren) sel = sel->x;
    if (sel->kind == ExprKind::Selector && sel->x->mode == Mode::MapIndex) {
      Error(StartPos(lhs), "cannot assign to struct field " + ExprString(lhs) + " in map");
    } else {
      std::string what = OperandString(lhs);
      if (lhs->mode == Mode::Constant) what = ExprString(lhs) + " (neither addressable nor a map index expression)";
      else what = ExprString(lhs) + " (neither addressable nor a map index expression)";
      if (IsString(lhs->x ? lhs->x->type : nullptr) && lhs->kind == ExprKind::Index)
        what = ExprString(lhs) + " (value of type byte)";
      Error(StartPos(lhs), "cannot assign to " + what);
    }
    return u_->Basic(BasicKind::Invalid);
  }
  return lhs->type;
}

void Checker::AssignVar(Expr* lhs, Expr* rhs, Type* rhs_type) {
  (void)rhs_type;
  Type* t = LhsVar(lhs);
  if (IsInvalid(t) && t) {
    return;
  }
  Assignment(rhs, t, "assignment");
  // A failed assignment counts as a use of the variable (as in types2).
  if (rhs->mode == Mode::Invalid && lhs->kind == ExprKind::Name && lhs->obj &&
      lhs->obj->kind == ObjKind::Var)
    lhs->obj->used = true;
}

void Checker::AssignStmt(Stmt* s) {
  if (s->inc) {
    Expr* x = s->lhs[0];
    ExprValue(x);
    if (x->mode == Mode::Invalid) return;
    if (!IsNumeric(x->type)) {
      Error(StartPos(x), std::string("invalid operation: ") + ExprString(x) + OpString(s->op) +
                             OpString(s->op) + " (non-numeric type " + TS(x->type) + ")");
      return;
    }
    LhsVar(x);
    return;
  }
  if (s->op == Op::Def) {
    ShortVarDecl(s);
    return;
  }
  if (s->op != Op::None) {
    // x op= y
    Expr bin(ExprKind::Binary, s->pos);
    bin.op = s->op;
    bin.x = s->lhs[0];
    bin.y = s->rhs[0];
    Binary(&bin, nullptr);
    if (bin.mode == Mode::Invalid) return;
    Type* t = LhsVar(s->lhs[0]);
    if (!t) return;
    bin.mode = bin.mode == Mode::Constant ? Mode::Constant : Mode::Value;
    Assignment(&bin, t, "assignment");
    return;
  }
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == 1 && nr == 1 && SingleMultiValue(s->rhs[0])) {
    LhsVar(s->lhs[0]);
    return;
  }
  if (nl == nr) {
    for (size_t i = 0; i < nl; i++) {
      Type* t = LhsVar(s->lhs[i]);
      ExprValue(s->rhs[i], t);
      if (t && IsInvalid(t)) continue;
      Assignment(s->rhs[i], t, "assignment");
      // A failed assignment counts as a use of the variable (as in types2).
      Expr* l = s->lhs[i];
      if (s->rhs[i]->mode == Mode::Invalid && l->kind == ExprKind::Name && l->obj &&
          l->obj->kind == ObjKind::Var)
        l->obj->used = true;
    }
    return;
  }
  std::vector<Type*> lt;
  for (Expr* l : s->lhs) lt.push_back(LhsVar(l));
  std::vector<Object*> tmp;
  for (size_t i = 0; i < nl; i++) {
    Object* o = NewObj(ObjKind::Var, "", s->pos, lt[i]);
    tmp.push_back(o);
  }
  InitVars(tmp, s->rhs, s->pos, "assignment", false);
}

// For x = f() and x := f(): a call of f with several results is gc's
// "assignment mismatch: 1 variable but f returns 2 values" (true returned);
// otherwise nothing is evaluated.
bool Checker::SingleMultiValue(Expr* r) {
  Expr* call = r;
  while (call->kind == ExprKind::Paren) call = call->x;
  if (call->kind != ExprKind::Call) return false;
  RawExpr(r, nullptr);
  if (r->mode == Mode::Invalid || !r->type || r->type->kind != TypeKind::Tuple ||
      r->type->fields.size() < 2) {
    r->synthetic = true;  // evaluated once: keep the result
    return false;
  }
  AssignError({r}, 1, static_cast<int>(r->type->fields.size()));
  r->mode = Mode::Invalid;
  return true;
}

void Checker::ShortVarDecl(Stmt* s) {
  std::vector<Object*> lhs;
  std::vector<Object*> fresh;
  bool any_new = false;
  bool bad = false;
  std::set<std::string> seen;
  for (Expr* l : s->lhs) {
    if (l->kind != ExprKind::Name) {
      ExprValue(l);
      Error(StartPos(l), "non-name " + ExprString(l) + " on left side of :=");
      bad = true;
      lhs.push_back(NewObj(ObjKind::Var, "_", l->pos));
      continue;
    }
    if (seen.count(l->name) && l->name != "_") {
      Error(l->pos, l->name + " repeated on left side of :=");
      bad = true;
    }
    seen.insert(l->name);
    Object* alt = scope_->Lookup(l->name);
    if (alt && l->name != "_") {
      l->obj = alt;
      if (alt->kind == ObjKind::Var) {
        lhs.push_back(alt);
      } else {
        Error(l->pos, "cannot assign to " + l->name);
        bad = true;
        lhs.push_back(NewObj(ObjKind::Var, "_", l->pos));
      }
      continue;
    }
    Object* o = DeclareVar(l, nullptr);
    lhs.push_back(o);
    if (l->name != "_") {
      fresh.push_back(o);
    }
    any_new = true;
  }
  // Existing variables keep their type; new ones are inferred.
  std::vector<Object*> targets;
  for (Object* o : lhs) {
    bool is_new = std::find(fresh.begin(), fresh.end(), o) != fresh.end() || o->name == "_";
    if (is_new) {
      targets.push_back(o);
    } else {
      bool used = o->used;
      Object* t = NewObj(ObjKind::Var, o->name, o->pos, o->type);
      targets.push_back(t);
      o->used = used;
    }
  }
  if (targets.size() == 1 && s->rhs.size() == 1 && SingleMultiValue(s->rhs[0])) {
    targets[0]->type = u_->Basic(BasicKind::Invalid);
    targets[0]->used = true;
  } else {
    InitVars(targets, s->rhs, s->pos, "assignment", false);
  }
  for (size_t i = 0; i < lhs.size(); i++)
    if (targets[i] != lhs[i]) {
    } else if (!lhs[i]->type) {
      lhs[i]->type = u_->Basic(BasicKind::Invalid);
    }
  for (Object* o : fresh) {
    if (Object* alt = scope_->Insert(o)) (void)alt;
  }
  if (!any_new && !bad) Error(s->pos, "no new variables on left side of :=");
}

void Checker::ReturnStmt(Stmt* s) {
  std::vector<Object*> res = sig_ && sig_->results ? sig_->results->fields : std::vector<Object*>{};
  if (s->rhs.empty()) {
    if (!res.empty() && res[0]->name.empty()) {
      Error(s->pos, "not enough return values\n\thave ()\n\twant " + TS(sig_->results));
    } else if (!res.empty()) {
      // Naked return: result names must not be shadowed.
      for (Object* r : res) {
        Object* o = scope_->LookupParent(r->name);
        if (o && o != r) {
          Error(s->pos, "result parameter " + r->name + " not in scope at return\n\t" +
                            diag_->Format(o->pos) + ": inner declaration of " + r->name);
        }
      }
    }
    return;
  }
  if (res.empty()) {
    for (Expr* r : s->rhs) RawExpr(r, nullptr);
    Error(StartPos(s->rhs[0]), "too many return values\n\thave " + [&] {
      std::string h = "(";
      for (size_t i = 0; i < s->rhs.size(); i++) {
        if (i) h += ", ";
        Type* t = s->rhs[i]->type;
        h += (s->rhs[i]->mode == Mode::Constant && IsUntyped(t)) ? "number" : TS(t);
      }
      return h + ")";
    }() + "\n\twant ()");
    return;
  }
  if (s->rhs.size() == res.size()) {
    for (size_t i = 0; i < res.size(); i++) {
      ExprValue(s->rhs[i], res[i]->type);
      Assignment(s->rhs[i], res[i]->type, "return statement");
    }
    return;
  }
  // Count mismatch (or a single multi-valued call).
  std::vector<Type*> have;
  if (s->rhs.size() == 1) {
    RawExpr(s->rhs[0], nullptr);
    if (s->rhs[0]->mode == Mode::Invalid) return;
    Type* t = s->rhs[0]->type;
    if (t && t->kind == TypeKind::Tuple) {
      if (t->fields.size() == res.size()) {
        for (size_t i = 0; i < res.size(); i++) {
          Expr tmp = *s->rhs[0];
          tmp.type = t->fields[i]->type;
          tmp.mode = Mode::Value;
          Assignment(&tmp, res[i]->type, "return statement");
        }
        return;
      }
      for (Object* v : t->fields) have.push_back(v->type);
    } else {
      have.push_back(t);
    }
  } else {
    bool bad = false;
    for (Expr* r : s->rhs) {
      ExprValue(r);
      bad |= r->mode == Mode::Invalid;
      have.push_back(r->type);
    }
    if (bad) return;
  }
  std::string h = "(";
  for (size_t i = 0; i < have.size(); i++) {
    if (i) h += ", ";
    h += (IsUntyped(have[i]) && !IsBasic(have[i], BasicKind::UntypedNil)) ? "number" : TS(have[i]);
  }
  h += ")";
  std::string w = "(";
  for (size_t i = 0; i < res.size(); i++) w += (i ? ", " : "") + TS(res[i]->type);
  w += ")";
  bool too_many = have.size() > res.size();
  Pos at = too_many ? StartPos(s->rhs[std::min(res.size(), s->rhs.size() - 1)]) : s->pos;
  if (!too_many) at = StartPos(s->rhs[0]);
  Error(at, std::string(too_many ? "too many" : "not enough") + " return values\n\thave " + h +
                "\n\twant " + w);
}

void Checker::StmtNode(Stmt* s) {
  switch (s->kind) {
    case StmtKind::Empty: case StmtKind::Bad: case StmtKind::Func:
      return;
    case StmtKind::Labeled:
      if (s->then) StmtNode(s->then);
      return;
    case StmtKind::Block:
      OpenScope();
      StmtList(s->list);
      CloseScope();
      return;
    case StmtKind::ExprS: {
      Expr* x = s->x;
      RawExpr(x, nullptr);
      if (x->mode == Mode::Invalid) return;
      Expr* u = x;
      while (u->kind == ExprKind::Paren) u = u->x;
      bool is_call = u->kind == ExprKind::Call;
      bool is_recv = u->kind == ExprKind::Unary && u->op == Op::Recv;
      if (x->mode == Mode::Builtin) {
        Error(StartPos(x), ExprString(x) + " (built-in) must be called");
        return;
      }
      if (x->mode == Mode::TypeExpr) {
        Error(StartPos(x), ExprString(x) + " (type) is not an expression");
        return;
      }
      if (is_call) {
        if (u->x->mode == Mode::Builtin && u->x->obj) {
          int b = u->x->obj->builtin;
          if (b != kCopy && b != kRecover && b != kPanic && b != kPrint && b != kPrintln &&
              b != kClose && b != kDelete) {
            Error(StartPos(x), ExprString(x) + " (" + AfterExpr(OperandString(x), ExprString(x)) +
                                   " is not used");
          }
        } else if (u->x->mode == Mode::TypeExpr) {
          Error(StartPos(x), ExprString(x) + " (" + AfterExpr(OperandString(x), ExprString(x)) + " is not used");
        }
        return;
      }
      if (is_recv) return;
      Error(StartPos(x), OperandString(x) + " is not used");
      return;
    }
    case StmtKind::Send: {
      ExprValue(s->x);
      ExprValue(s->y);
      if (s->x->mode == Mode::Invalid || s->y->mode == Mode::Invalid) return;
      Type* u = Under(s->x->type);
      if (!u || u->kind != TypeKind::Chan) {
        Error(s->pos, "invalid operation: cannot send to non-channel " + OperandString(s->x));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        Error(s->pos, "invalid operation: cannot send to receive-only channel " + OperandString(s->x));
        return;
      }
      Assignment(s->y, u->elem, "send");
      return;
    }
    case StmtKind::Assign:
      AssignStmt(s);
      return;
    case StmtKind::Go: case StmtKind::Defer: {
      RawExpr(s->x, nullptr);
      Expr* c = s->x;
      if (c->kind == ExprKind::Call && c->x->mode == Mode::Builtin && c->x->obj) {
        int b = c->x->obj->builtin;
        if (b != kCopy && b != kRecover && b != kPanic && b != kPrint && b != kPrintln &&
            b != kClose && b != kDelete)
          Error(StartPos(c), std::string(s->kind == StmtKind::Go ? "go" : "defer") +
                                 " discards result of " + ExprString(c));
      } else if (c->kind == ExprKind::Call && c->x->mode == Mode::TypeExpr) {
        Error(StartPos(c), std::string(s->kind == StmtKind::Go ? "go" : "defer") + " requires function call, not conversion");
      }
      return;
    }
    case StmtKind::Return:
      ReturnStmt(s);
      return;
    case StmtKind::Branch:
      return;
    case StmtKind::Decl:
      DeclStmt(s->decls);
      return;
    case StmtKind::If: {
      OpenScope();
      if (s->init) StmtNode(s->init);
      if (s->x) {
        ExprValue(s->x);
        if (s->x->mode != Mode::Invalid && !IsBoolean(s->x->type))
          Error(StartPos(s->x), "non-boolean condition in if statement");
      }
      StmtNode(s->then);
      if (s->els) StmtNode(s->els);
      CloseScope();
      return;
    }
    case StmtKind::For: {
      OpenScope();
      if (s->init) StmtNode(s->init);
      if (s->x) {
        ExprValue(s->x);
        if (s->x->mode != Mode::Invalid && !IsBoolean(s->x->type))
          Error(StartPos(s->x), "non-boolean condition in for statement");
      }
      if (s->post) StmtNode(s->post);
      StmtNode(s->then);
      CloseScope();
      return;
    }
    case StmtKind::Range:
      RangeStmt(s);
      return;
    case StmtKind::Switch:
      if (s->x && s->x->kind == ExprKind::TypeAssert && !s->x->y) TypeSwitchStmt(s);
      else SwitchStmt(s);
      return;
    case StmtKind::Select:
      SelectStmt(s);
      return;
  }
}

void Checker::SwitchStmt(Stmt* s) {
  OpenScope();
  if (s->init) StmtNode(s->init);
  Expr* tag = s->x;
  if (tag) {
    ExprValue(tag);
    if (tag->mode != Mode::Invalid) {
      Assignment(tag, nullptr, "switch expression");
      if (tag->mode != Mode::Invalid && !Comparable(tag->type) && !HasNil(tag->type)) {
        Error(StartPos(tag), "cannot switch on " + OperandString(tag));
        tag->mode = Mode::Invalid;
      }
    }
  }
  bool seen_default = false;
  for (CaseClause* c : s->clauses) {
    if (c->is_default) {
      if (seen_default) Error(c->pos, "multiple defaults in switch");
      seen_default = true;
    }
    for (Expr* e : c->list) {
      ExprValue(e);
      if (e->mode == Mode::Invalid) continue;
      if (tag && tag->mode != Mode::Invalid) {
        Expr cmp(ExprKind::Binary, e->pos);
        cmp.op = Op::Eql;
        cmp.x = e;
        cmp.y = tag;
        Expr tcopy = *tag;
        cmp.y = &tcopy;
        Comparison(&cmp, e, &tcopy);
      } else if (!tag) {
        // A tagless switch compares each case with the bool constant true
        // (types2), so `case i:` of an interface{} i is valid.
        Expr t(ExprKind::Name, s->pos);
        t.name = "true";
        t.mode = Mode::Constant;
        t.type = u_->Basic(BasicKind::Bool);
        t.val = Value::MakeBool(true);
        Expr cmp(ExprKind::Binary, e->pos);
        cmp.op = Op::Eql;
        cmp.x = e;
        cmp.y = &t;
        Comparison(&cmp, e, &t);
      }
    }
    OpenScope();
    StmtList(c->body);
    CloseScope();
  }
  CloseScope();
}

void Checker::TypeSwitchStmt(Stmt* s) {
  OpenScope();
  if (s->init) StmtNode(s->init);
  Expr* guard = s->x;
  ExprValue(guard->x);
  Expr* x = guard->x;
  bool ok = x->mode != Mode::Invalid;
  if (ok && !IsInterface(x->type)) {
    Error(StartPos(x), ExprString(x) + " (" + AfterExpr(OperandString(x), ExprString(x)) +
                           " is not an interface");
    ok = false;
  }
  std::vector<Object*> syms;
  bool seen_default = false;
  for (CaseClause* c : s->clauses) {
    if (c->is_default) {
      if (seen_default) Error(c->pos, "multiple defaults in switch");
      seen_default = true;
    }
    Type* single = nullptr;
    for (Expr* e : c->list) {
      ExprOrType(e);
      if (e->mode == Mode::Invalid) continue;
      if (e->kind == ExprKind::Name && e->name == "nil" && e->mode == Mode::Value) {
        single = c->list.size() == 1 ? (ok ? x->type : nullptr) : nullptr;
        continue;
      }
      if (e->mode != Mode::TypeExpr) {
        Error(StartPos(e), ExprString(e) + " is not a type");
        continue;
      }
      if (c->list.size() == 1) single = e->type;
      if (ok && !IsInterface(e->type)) {
        bool wrong, ptr;
        Object* have = nullptr;
        if (Object* m = MissingMethod(e->type, x->type, false, &wrong, &ptr, &have)) {
          Error(StartPos(e), "impossible type switch case: " + ExprString(x) + " (" +
                                 AfterExpr(OperandString(x), ExprString(x)) + " cannot have dynamic type " +
                                 TS(e->type) + " (missing " + m->name + " method)");
        }
      }
    }
    OpenScope();
    if (s->guard_lhs) {
      Type* t = single ? single : (ok ? x->type : u_->Basic(BasicKind::Invalid));
      Object* v = NewObj(ObjKind::Var, s->guard_lhs->name, s->guard_lhs->pos, t);
      c->implicit = v;
      scope_->Insert(v);
      syms.push_back(v);
    }
    StmtList(c->body);
    // The symbol's use is tracked per clause; report once below.
    if (c->implicit) scope_->names.erase(c->implicit->name), scope_->order.clear();
    CloseScope();
  }
  if (s->guard_lhs) {
    if (s->guard_lhs->name == "_") {
      Error(s->guard_lhs->pos, "no new variable on left side of :=");
    } else {
      bool used = false;
      for (Object* o : syms) used |= o->used;
      if (!used) Error(s->guard_lhs->pos, s->guard_lhs->name + " declared but not used");
    }
  }
  CloseScope();
}

void Checker::SelectStmt(Stmt* s) {
  bool seen_default = false;
  for (CaseClause* c : s->clauses) {
    if (c->is_default) {
      if (seen_default) Error(c->pos, "multiple defaults in select");
      seen_default = true;
    }
    OpenScope();
    if (Stmt* comm = c->comm) {
      bool valid = false;
      Expr* rhs = nullptr;
      if (comm->kind == StmtKind::Send) valid = true;
      else if (comm->kind == StmtKind::ExprS) rhs = comm->x;
      else if (comm->kind == StmtKind::Assign && !comm->inc && comm->op != Op::None && comm->op != Op::Def) rhs = nullptr;
      else if (comm->kind == StmtKind::Assign && comm->rhs.size() == 1) rhs = comm->rhs[0];
      if (rhs) {
        Expr* u = rhs;
        while (u->kind == ExprKind::Paren) u = u->x;
        valid = u->kind == ExprKind::Unary && u->op == Op::Recv;
      }
      if (!valid) Error(comm->pos, "select case must be receive, send or assign recv");
      StmtNode(comm);
    }
    StmtList(c->body);
    CloseScope();
  }
}

void Checker::RangeStmt(Stmt* s) {
  OpenScope();
  Expr* x = s->x;
  ExprValue(x);
  Type* key = nullptr;
  Type* val = nullptr;
  bool ok = x->mode != Mode::Invalid;
  if (ok) {
    Type* u = Under(x->type);
    if (u->kind == TypeKind::Pointer && Under(u->elem) && Under(u->elem)->kind == TypeKind::Array)
      u = Under(u->elem);
    switch (u->kind) {
      case TypeKind::Basic:
        if (IsString(u)) {
          key = u_->Basic(BasicKind::Int);
          val = u_->rune_type;
          if (IsUntyped(x->type)) ConvertUntyped(x, u_->Basic(BasicKind::String));
        } else {
          ok = false;
        }
        break;
      case TypeKind::Array: case TypeKind::Slice:
        key = u_->Basic(BasicKind::Int);
        val = u->elem;
        break;
      case TypeKind::Map:
        key = u->key;
        val = u->elem;
        break;
      case TypeKind::Chan:
        key = u->elem;
        if (u->dir == ChanDir::Send) {
          Error(StartPos(x), "invalid operation: range " + ExprString(x) + " receive from send-only channel");
          ok = false;
        }
        if (s->lhs.size() > 1) {
          Error(StartPos(s->lhs[1]), "range over " + OperandString(x) + " permits only one iteration variable");
        }
        break;
      default:
        ok = false;
    }
    if (!ok && key == nullptr && u->kind != TypeKind::Chan)
      Error(StartPos(x), "cannot range over " + OperandString(x));
  }
  if (s->lhs.size() > 2) Error(StartPos(s->lhs[2]), "range clause permits at most two iteration variables");
  Type* types[2] = {key, val};
  if (s->define) {
    std::vector<Object*> vars;
    for (size_t i = 0; i < s->lhs.size() && i < 2; i++) {
      Expr* l = s->lhs[i];
      if (l->kind != ExprKind::Name) {
        Error(StartPos(l), "non-name " + ExprString(l) + " on left side of :=");
        continue;
      }
      Object* v = DeclareVar(l, ok && types[i] ? types[i] : u_->Basic(BasicKind::Invalid));
      vars.push_back(v);
    }
    for (Object* v : vars) Declare(scope_, v->decl_expr ? v->decl_expr : nullptr, v);
    for (size_t i = 0; i < vars.size(); i++) s->lhs[i]->obj = vars[i];
  } else {
    for (size_t i = 0; i < s->lhs.size() && i < 2; i++) {
      Type* t = LhsVar(s->lhs[i]);
      if (ok && types[i] && t && !IsInvalid(t)) {
        Expr tmp(ExprKind::Name, StartPos(s->lhs[i]));
        tmp.mode = Mode::Value;
        tmp.type = types[i];
        std::string cause;
        if (!AssignableTo(&tmp, t, &cause))
          Error(StartPos(s->lhs[i]), "cannot assign " + TS(types[i]) + " to " + ExprString(s->lhs[i]) +
                                         " (variable of type " + TS(t) + ") in range");
      }
    }
  }
  StmtNode(s->then);
  CloseScope();
}

// ---------------------------------------------------------------------------
// Terminating statements (spec "Terminating statements")

bool Checker::IsTerminatingList(const std::vector<Stmt*>& l) {
  // Trailing empty statements are ignored.
  for (int i = static_cast<int>(l.size()) - 1; i >= 0; i--) {
    if (l[i]->kind == StmtKind::Empty) continue;
    return IsTerminating(l[i], "");
  }
  return false;
}

bool Checker::IsTerminating(Stmt* s, const std::string& label) {
  switch (s->kind) {
    case StmtKind::Return: return true;
    case StmtKind::Branch: return s->tok == Tok::Goto || s->tok == Tok::Fallthrough;
    case StmtKind::ExprS: {
      Expr* x = s->x;
      while (x->kind == ExprKind::Paren) x = x->x;
      return x->kind == ExprKind::Call && x->x->mode == Mode::Builtin && x->x->obj &&
             x->x->obj->builtin == kPanic;
    }
    case StmtKind::Block: return IsTerminatingList(s->list);
    case StmtKind::If:
      return s->els && IsTerminating(s->then, "") && IsTerminating(s->els, "");
    case StmtKind::Labeled: return s->then && IsTerminating(s->then, s->label);
    case StmtKind::For:
      return !s->x && !HasBreak(s->then, label, true);
    case StmtKind::Switch: case StmtKind::Select: {
      bool has_default = s->kind == StmtKind::Select;
      for (CaseClause* c : s->clauses) {
        if (c->is_default) has_default = true;
        bool term = IsTerminatingList(c->body);
        if (!term && s->kind == StmtKind::Switch) {
          // A clause ending in fallthrough also counts.
          if (!c->body.empty() && c->body.back()->kind == StmtKind::Branch && c->body.back()->tok == Tok::Fallthrough) term = true;
        }
        if (!term) return false;
        for (Stmt* b : c->body)
          if (HasBreak(b, label, true)) return false;
      }
      return has_default;
    }
    default: return false;
  }
}

// Reports whether s contains a break referring to the enclosing statement.
bool Checker::HasBreak(Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Branch:
      if (s->tok != Tok::Break) return false;
      if (s->label.empty()) return implicit;
      return s->label == label;
    case StmtKind::Block:
      for (Stmt* x : s->list) if (HasBreak(x, label, implicit)) return true;
      return false;
    case StmtKind::Labeled: return HasBreak(s->then, label, implicit);
    case StmtKind::If: return HasBreak(s->then, label, implicit) || HasBreak(s->els, label, implicit);
    case StmtKind::For: case StmtKind::Range:
      return !label.empty() && HasBreak(s->then, label, false);
    case StmtKind::Switch: case StmtKind::Select:
      if (label.empty()) return false;
      for (CaseClause* c : s->clauses)
        for (Stmt* x : c->body) if (HasBreak(x, label, false)) return true;
      return false;
    default: return false;
  }
}

}  // namespace gocc::compile
