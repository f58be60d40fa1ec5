// Type checker: expressions, untyped constants, assignability, conversions
// and calls (see check.h). Each expression node gets mode, type and (for
// constants) its exact value.
#include <algorithm>

#include "compile/check.h"

namespace gocc::compile {

namespace {
enum Code { kOk = 0, kTruncated, kOverflow, kInvalid };
}  // namespace

std::string Checker::OperandString(const Expr* x) const {
  std::string expr = x ? ExprString(x) : "";
  if (x->mode == Mode::Value && IsUntypedNil(x->type)) return "nil";
  if (x->mode == Mode::Constant && IsUntypedNil(x->type)) return "nil";
  std::string s = expr.empty() ? "" : expr + " (";
  bool has_type = false;
  switch (x->mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: break;
    default:
      if (x->type) {
        if (IsUntyped(x->type)) {
          s += x->type->basic_name + " ";
          break;
        }
        has_type = true;
      }
  }
  static const char* const kModes[] = {"invalid operand", "no value", "built-in", "type",
                                       "constant", "variable", "map index expression",
                                       "value", "comma, ok expression", "package"};
  s += kModes[static_cast<int>(x->mode)];
  if (x->mode == Mode::Constant) {
    std::string v = x->val.ShortString();
    if (v != expr) s += " " + v;
  }
  if (has_type) {
    if (!IsInvalid(x->type)) s += " of type " + TS(x->type);
    else s += " with invalid type";
  }
  if (!expr.empty()) s += ")";
  return s;
}

void Checker::MarkUsed(Expr* e) {
  if (!e) return;
  if (e->kind == ExprKind::Name) {
    if (Object* o = scope_ ? scope_->LookupParent(e->name) : nullptr) o->used = true;
  }
}

void Checker::UseExprs(const std::vector<Expr*>& l) {
  for (Expr* e : l)
    if (e && e->mode == Mode::Invalid && !e->type) RawExpr(e, nullptr);
}

// Evaluates e as an expression or type.
void Checker::ExprOrType(Expr* e) { RawExpr(e, nullptr); }

// Evaluates e to a single value (not a type, not a multi-value).
void Checker::ExprValue(Expr* e, Type* hint) {
  RawExpr(e, hint);
  ValueMode(e);
}

void Checker::ValueMode(Expr* e) {
  switch (e->mode) {
    case Mode::TypeExpr:
      Error(StartPos(e), ExprString(e) + " (type) is not an expression");
      e->mode = Mode::Invalid;
      break;
    case Mode::NoValue:
      Error(StartPos(e), ExprString(e) + " (no value) used as value");
      e->mode = Mode::Invalid;
      break;
    case Mode::Builtin:
      Error(StartPos(e), ExprString(e) + " (built-in) must be called");
      e->mode = Mode::Invalid;
      break;
    default:
      if (e->type && e->type->kind == TypeKind::Tuple) {
        Error(StartPos(e), "multiple-value " + ExprString(e) + " (value of type " + TS(e->type) +
                               ") in single-value context");
        e->mode = Mode::Invalid;
      }
  }
}

void Checker::MultiExpr(Expr* e, std::vector<Type*>* types) {
  RawExpr(e, nullptr);
  if (e->mode == Mode::Invalid) return;
  if (e->type && e->type->kind == TypeKind::Tuple) {
    for (Object* v : e->type->fields) types->push_back(v->type);
    return;
  }
  if (e->mode == Mode::TypeExpr || e->mode == Mode::NoValue || e->mode == Mode::Builtin) {
    ValueMode(e);
    return;
  }
  types->push_back(e->type);
}

void Checker::RawExpr(Expr* e, Type* hint) {
  if (e->synthetic) return;
  if (++expr_depth_ > 3000) {
    --expr_depth_;
    e->mode = Mode::Invalid;
    return;
  }
  struct G { int* d; ~G() { --*d; } } g{&expr_depth_};
  e->mode = Mode::Invalid;
  switch (e->kind) {
    case ExprKind::Bad:
      return;
    case ExprKind::Name:
      Ident(e, false);
      return;
    case ExprKind::BasicLit: {
      if (e->bad) return;
      e->val = Value::FromLiteral(e->lit_kind, e->name);
      if (e->val.IsUnknown()) return;
      BasicKind k = BasicKind::UntypedInt;
      switch (e->lit_kind) {
        case LitKind::Int: k = BasicKind::UntypedInt; break;
        case LitKind::Float: k = BasicKind::UntypedFloat; break;
        case LitKind::Imag: k = BasicKind::UntypedComplex; break;
        case LitKind::Rune: k = BasicKind::UntypedRune; break;
        case LitKind::String: k = BasicKind::UntypedString; break;
      }
      e->type = u_->Basic(k);
      e->mode = Mode::Constant;
      return;
    }
    case ExprKind::CompositeLit:
      CompositeLit(e, hint);
      return;
    case ExprKind::FuncLit:
      FuncLit(e);
      return;
    case ExprKind::Paren:
      RawExpr(e->x, hint);
      e->mode = e->x->mode;
      e->type = e->x->type;
      e->val = e->x->val;
      return;
    case ExprKind::Selector:
      Selector(e);
      return;
    case ExprKind::Index:
      IndexExpr(e);
      return;
    case ExprKind::Slice:
      SliceExpr(e);
      return;
    case ExprKind::TypeAssert:
      TypeAssertExpr(e);
      return;
    case ExprKind::Call:
      Call(e);
      return;
    case ExprKind::Unary:
      Unary(e);
      return;
    case ExprKind::Binary:
      Binary(e, hint);
      return;
    case ExprKind::KeyValue:
      Error(StartPos(e), "unexpected key:value expression");
      return;
    default: {
      // A type literal used as an operand.
      Type* t = TypExpr(e);
      e->type = t;
      e->mode = IsInvalid(t) ? Mode::Invalid : Mode::TypeExpr;
      return;
    }
  }
}

void Checker::Ident(Expr* e, bool want_type) {
  (void)want_type;
  if (e->name == "_") {
    Error(e->pos, "cannot use _ as value or type");
    return;
  }
  Scope* where = nullptr;
  Object* obj = scope_ ? scope_->LookupParent(e->name, &where) : nullptr;
  if (!obj) obj = u_->scope->Lookup(e->name);
  if (!obj) {
    Error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  if (obj->kind == ObjKind::PkgName) {
    Error(e->pos, "use of package " + obj->name + " not in selector");
    return;
  }
  if (obj->decl) ObjDecl(obj);
  AddDep(obj);
  if (obj->kind != ObjKind::Var || !where || where->is_pkg || true) obj->used = true;
  switch (obj->kind) {
    case ObjKind::Const:
      if (obj->name == "iota" && !obj->pkg) {
        if (iota_ < 0) {
          Error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        e->val = Value::MakeInt64(iota_);
      } else {
        e->val = obj->val;
      }
      if (IsInvalid(obj->type) || e->val.IsUnknown()) return;
      e->type = obj->type;
      e->mode = Mode::Constant;
      return;
    case ObjKind::TypeName:
      e->type = obj->type;
      // (A named type whose underlying type is pending is valid.)
      if (IsInvalid(obj->type) && obj->color != 1 &&
          !(obj->type && obj->type->kind == TypeKind::Named && !obj->type->underlying))
        return;
      e->mode = Mode::TypeExpr;
      return;
    case ObjKind::Var:
      e->type = obj->type;
      if (IsInvalid(obj->type)) return;
      e->mode = Mode::Variable;
      return;
    case ObjKind::Func:
      e->type = obj->type;
      if (!obj->type) return;
      e->mode = Mode::Value;
      return;
    case ObjKind::Builtin:
      e->type = u_->Basic(BasicKind::Invalid);
      e->mode = Mode::Builtin;
      return;
    case ObjKind::Nil:
      e->type = u_->Basic(BasicKind::UntypedNil);
      e->mode = Mode::Value;
      return;
    default:
      return;
  }
}

void Checker::Selector(Expr* e) {
  Expr* x = e->x;
  const std::string& sel = e->name;
  if (x->kind == ExprKind::Name) {
    Object* o = scope_ ? scope_->LookupParent(x->name) : nullptr;
    if (o && o->kind == ObjKind::PkgName) {
      o->used = true;
      x->obj = o;
      Package* p = o->imported;
      if (p->fake) return;  // unknown package: no errors
      Object* m = p->scope->Lookup(sel);
      if (!m) {
        Error(e->y ? e->y->pos : e->pos, "undefined: " + x->name + "." + sel);
        return;
      }
      if (!m->exported()) {
        Error(e->y ? e->y->pos : e->pos, "name " + sel + " not exported by package " + p->name);
        return;
      }
      e->obj = m;
      switch (m->kind) {
        case ObjKind::Const:
          e->mode = Mode::Constant;
          e->type = m->type;
          e->val = m->val;
          return;
        case ObjKind::TypeName:
          e->mode = Mode::TypeExpr;
          e->type = m->type;
          return;
        case ObjKind::Var:
          e->mode = Mode::Variable;
          e->type = m->type;
          return;
        case ObjKind::Func:
          e->mode = Mode::Value;
          e->type = m->type;
          return;
        case ObjKind::Builtin:
          e->mode = Mode::Builtin;
          e->type = u_->Basic(BasicKind::Invalid);
          return;
        default:
          return;
      }
    }
  }
  ExprOrType(x);
  if (x->mode == Mode::Invalid) return;
  if (x->mode == Mode::Builtin || x->mode == Mode::NoValue) {
    ValueMode(x);
    return;
  }
  Type* t = x->type;
  if (x->mode == Mode::TypeExpr) {
    // Method expression T.m.
    std::vector<int> path;
    bool indirect, amb;
    Object* m = LookupFieldOrMethod(t, false, sel, &path, &indirect, &amb);
    if (!m || m->kind != ObjKind::Func) {
      Error(e->y ? e->y->pos : e->pos, ExprString(e) + " undefined (type " + TS(t) +
                                           " has no method " + sel + ")");
      return;
    }
    Type* mt = m->type;
    if (!mt) return;
    Type* f = NewType(TypeKind::Func);
    std::vector<Object*> params;
    // The receiver keeps its name; interface methods have receiver `_`.
    Object* r = NewObj(ObjKind::Var, mt->recv ? mt->recv->name : "_", e->pos, t);
    params.push_back(r);
    if (mt->params)
      for (Object* p : mt->params->fields) params.push_back(p);
    f->params = NewTuple(params);
    f->results = mt->results;
    f->variadic = mt->variadic;
    e->obj = m;
    AddDep(m);
    e->path = path;
    e->mode = Mode::Value;
    e->type = f;
    return;
  }
  if (x->type && x->type->kind == TypeKind::Tuple) {
    ValueMode(x);
    return;
  }
  std::vector<int> path;
  bool indirect, amb;
  Object* f = LookupFieldOrMethod(t, x->mode == Mode::Variable, sel, &path, &indirect, &amb);
  if (!f) {
    if (IsInvalid(t)) return;
    std::string why;
    Type* pt = Under(t);
    if (amb) {
      Error(e->y ? e->y->pos : e->pos, "ambiguous selector " + ExprString(e));
      return;
    }
    if (pt && pt->kind == TypeKind::Pointer && IsInterface(pt->elem)) {
      why = "type " + TS(t) + " is pointer to interface, not interface";
    } else {
      why = "type " + TS(t) + " has no field or method " + sel;
      // Different capitalization?
      std::string alt = sel;
      if (!alt.empty()) {
        unsigned char c = alt[0];
        alt[0] = static_cast<char>(std::isupper(c) ? std::tolower(c) : std::toupper(c));
        std::vector<int> p2;
        bool i2, a2;
        if (LookupFieldOrMethod(t, false, alt, &p2, &i2, &a2)) why += ", but does have " + alt;
      }
    }
    Error(e->y ? e->y->pos : e->pos, ExprString(e) + " undefined (" + why + ")");
    return;
  }
  e->obj = f;
  AddDep(f);
  e->path = path;
  e->implicit_deref = indirect;
  if (f->kind == ObjKind::Var) {
    e->mode = (x->mode == Mode::Variable || indirect || IsPointer(t)) ? Mode::Variable : Mode::Value;
    e->type = f->type;
    if (!f->type) e->mode = Mode::Invalid;
    return;
  }
  // Method value.
  if (!f->type) ObjDecl(f);
  if (f->kind == ObjKind::Func && f->type && f->type->recv && f->type->recv->type &&
      f->type->recv->type->kind == TypeKind::Pointer && !indirect && !IsPointer(t) &&
      !Addressable(x) && !IsInterface(t)) {
    Error(StartPos(e), "cannot call pointer method " + sel + " on " + TS(t));
    return;
  }
  Type* mt = f->type;
  if (!mt) return;
  Type* bound = NewType(TypeKind::Func);
  bound->params = mt->params;
  bound->results = mt->results;
  bound->variadic = mt->variadic;
  e->mode = Mode::Value;
  e->type = bound;
}

bool Checker::Addressable(Expr* x) {
  Expr* u = x;
  while (u->kind == ExprKind::Paren) u = u->x;
  if (x->mode != Mode::Variable) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Untyped conversion and representability

bool Checker::Representable(const Value& v, Type* t0, Value* rounded, int* code) {
  *code = kOk;
  *rounded = v;
  Type* t = Under(t0);
  if (!t || t->kind != TypeKind::Basic) {
    *code = kInvalid;
    return false;
  }
  BasicKind k = t->basic;
  if (IsInteger(t)) {
    Value x = v.ToInt();
    if (x.kind() != Value::Int) {
      *code = (v.kind() == Value::Float || v.kind() == Value::Complex) ? kTruncated : kInvalid;
      return false;
    }
    if (k >= BasicKind::UntypedBool) {
      *rounded = x;
      return true;
    }
    int bits = 64;
    bool is_unsigned = IsUnsigned(t);
    switch (k) {
      case BasicKind::Int8: case BasicKind::Uint8: bits = 8; break;
      case BasicKind::Int16: case BasicKind::Uint16: bits = 16; break;
      case BasicKind::Int32: case BasicKind::Uint32: bits = 32; break;
      default: bits = 64;
    }
    bool ok;
    if (is_unsigned) {
      uint64_t u = x.Uint64Val(&ok);
      if (ok && bits < 64 && (u >> bits) != 0) ok = false;
    } else {
      int64_t s = x.Int64Val(&ok);
      if (ok && bits < 64) {
        int64_t lim = int64_t{1} << (bits - 1);
        if (s < -lim || s >= lim) ok = false;
      }
    }
    if (!ok) {
      *code = kOverflow;
      return false;
    }
    *rounded = x;
    return true;
  }
  if (IsFloat(t)) {
    Value x = v.ToFloat();
    if (x.kind() != Value::Float) {
      *code = v.kind() == Value::Complex ? kTruncated : kInvalid;
      return false;
    }
    if (k == BasicKind::UntypedFloat) {
      *rounded = x;
      return true;
    }
    bool overflow;
    Value r = x.RoundFloat(k == BasicKind::Float32 ? 24 : 53, &overflow);
    if (overflow) {
      *code = kOverflow;
      return false;
    }
    *rounded = r;
    return true;
  }
  if (IsComplex(t)) {
    Value x = v.ToComplex();
    if (x.kind() != Value::Complex) {
      *code = kInvalid;
      return false;
    }
    if (k == BasicKind::UntypedComplex) {
      *rounded = x;
      return true;
    }
    bool overflow;
    Value r = x.RoundFloat(k == BasicKind::Complex64 ? 24 : 53, &overflow);
    if (overflow) {
      *code = kOverflow;
      return false;
    }
    *rounded = r;
    return true;
  }
  if (IsString(t)) {
    if (v.kind() != Value::String) {
      *code = kInvalid;
      return false;
    }
    return true;
  }
  if (IsBoolean(t)) {
    if (v.kind() != Value::Bool) {
      *code = kInvalid;
      return false;
    }
    return true;
  }
  *code = kInvalid;
  return false;
}

bool Checker::CheckRepresentable(Expr* x, Type* t) {
  Value r;
  int code;
  if (Representable(x->val, t, &r, &code)) {
    x->val = r;
    return true;
  }
  std::string msg;
  if (code == kTruncated) msg = OperandString(x) + " truncated to " + TS(t);
  else if (code == kOverflow) {
    if (IsTyped(x->type) || x->kind != ExprKind::BasicLit)
      msg = "cannot use " + OperandString(x) + " as " + TS(t) + " value in " + "expression (overflows)";
    msg = OperandString(x) + " overflows " + TS(t);
    if (IsTyped(x->type)) msg = "constant " + x->val.ShortString() + " overflows " + TS(t);
  } else {
    msg = "cannot convert " + OperandString(x) + " to type " + TS(t);
  }
  Error(StartPos(x), msg);
  x->mode = Mode::Invalid;
  return false;
}

// Determines the type an untyped x takes when used as target.
bool Checker::ImplicitType(Expr* x, Type* target, Type** out, int* code) {
  *code = kOk;
  *out = target;
  if (IsInvalid(target) || !IsUntyped(x->type)) return true;
  Type* t = Under(target);
  if (IsUntyped(target)) {
    // Both untyped: the "larger" kind wins (numeric only).
    if (IsNumeric(x->type) && IsNumeric(target)) {
      *out = x->type->basic > target->basic ? x->type : target;
      return true;
    }
    if (x->type->basic != target->basic) {
      *code = kInvalid;
      return false;
    }
    return true;
  }
  if (t->kind == TypeKind::Basic) {
    if (x->mode == Mode::Constant) {
      Value r;
      if (!Representable(x->val, target, &r, code)) return false;
      return true;
    }
    // Non-constant untyped values: bool or shifted ints.
    if (IsBoolean(x->type) != IsBoolean(t)) {
      *code = kInvalid;
      return false;
    }
    if (IsUntypedNil(x->type)) {
      if (t->basic != BasicKind::UnsafePointer) {
        *code = kInvalid;
        return false;
      }
    }
    if (IsNumeric(x->type) && !IsNumeric(t)) {
      *code = kInvalid;
      return false;
    }
    if (IsString(x->type) != IsString(t) && !IsUntypedNil(x->type)) {
      *code = kInvalid;
      return false;
    }
    return true;
  }
  if (t->kind == TypeKind::Interface) {
    if (IsUntypedNil(x->type)) {
      *out = u_->Basic(BasicKind::UntypedNil);
      return true;
    }
    if (!t->all_methods.empty()) {
      *out = DefaultType(u_, x->type);
      return true;
    }
    *out = DefaultType(u_, x->type);
    return true;
  }
  if (t->kind == TypeKind::Pointer || t->kind == TypeKind::Func || t->kind == TypeKind::Slice ||
      t->kind == TypeKind::Map || t->kind == TypeKind::Chan) {
    if (!IsUntypedNil(x->type)) {
      *code = kInvalid;
      return false;
    }
    *out = u_->Basic(BasicKind::UntypedNil);
    return true;
  }
  *code = kInvalid;
  return false;
}

// Sets the final type of an untyped expression tree. The untyped constant
// left operand of a non-constant shift takes that type too (Go spec): it
// must then be an integer type, else the shift goes to *bad_shifts.
static void UpdateExprType(Expr* x, Type* t, std::vector<Expr*>* bad_shifts, int depth = 0) {
  if (!x || depth > 1000) return;
  if (!IsUntyped(x->type)) return;
  x->type = t;
  switch (x->kind) {
    case ExprKind::Paren: UpdateExprType(x->x, t, bad_shifts, depth + 1); break;
    case ExprKind::Unary:
      if (x->op != Op::Not || IsBoolean(t)) UpdateExprType(x->x, t, bad_shifts, depth + 1);
      break;
    case ExprKind::Binary:
      if (x->op != Op::Eql && x->op != Op::Neq && x->op != Op::Lss && x->op != Op::Leq &&
          x->op != Op::Gtr && x->op != Op::Geq) {
        if ((x->op == Op::Shl || x->op == Op::Shr) && x->mode != Mode::Constant &&
            !IsUntyped(t) && !IsInteger(t) && IsUntyped(x->x->type) &&
            x->x->mode == Mode::Constant)
          bad_shifts->push_back(x);
        UpdateExprType(x->x, t, bad_shifts, depth + 1);
        if (x->op != Op::Shl && x->op != Op::Shr) UpdateExprType(x->y, t, bad_shifts, depth + 1);
      }
      break;
    default: break;
  }
}

bool Checker::ConvertUntyped(Expr* x, Type* target) {
  if (x->mode == Mode::Invalid || !IsUntyped(x->type) || IsInvalid(target)) return true;
  Type* nt;
  int code;
  if (!ImplicitType(x, target, &nt, &code)) {
    if (code == kTruncated) {
      Error(StartPos(x), OperandString(x) + " truncated to " + TS(target));
    } else if (code == kOverflow) {
      Error(StartPos(x), OperandString(x) + " overflows " + TS(target));
    } else {
      Error(StartPos(x), "cannot convert " + OperandString(x) + " to type " + TS(target));
    }
    x->mode = Mode::Invalid;
    return false;
  }
  if (x->mode == Mode::Constant && !IsUntyped(nt)) {
    Value r;
    int c;
    if (Representable(x->val, nt, &r, &c)) x->val = r;
  }
  return SetFinalType(x, nt);
}

bool Checker::SetFinalType(Expr* x, Type* nt) {
  std::vector<Expr*> bad_shifts;
  UpdateExprType(x, nt, &bad_shifts);
  x->type = nt;
  for (Expr* sh : bad_shifts) {
    Error(StartPos(sh), "invalid operation: " + ExprString(sh) + " (shift of type " + TS(nt) + ")");
    x->mode = Mode::Invalid;
  }
  return bad_shifts.empty();
}

bool Checker::AssignableTo(Expr* x, Type* t, std::string* cause) {
  Type* v = x->type;
  if (IsInvalid(v) || IsInvalid(t)) return true;
  if (Identical(v, t)) return true;
  Type* vu = Under(v);
  Type* tu = Under(t);
  if (!vu || !tu) return true;
  if (IsUntyped(v)) {
    if (tu->kind == TypeKind::Basic) {
      if (x->mode == Mode::Constant) {
        Value r;
        int c;
        return Representable(x->val, t, &r, &c);
      }
      if (vu->basic == BasicKind::UntypedBool) return IsBoolean(tu);
      if (vu->basic == BasicKind::UntypedNil) return tu->basic == BasicKind::UnsafePointer;
      return IsNumeric(tu) == IsNumeric(vu);
    }
    if (vu->basic == BasicKind::UntypedNil) return HasNil(t);
    if (tu->kind == TypeKind::Interface) return tu->all_methods.empty() || true;
    return false;
  }
  // Identical underlying types and at least one is not a named type.
  if (Identical(vu, tu) && (!IsNamed(v) || !IsNamed(t))) return true;
  // Interface satisfaction.
  if (tu->kind == TypeKind::Interface) {
    std::string c = ImplementsCause(v, t);
    if (c.empty()) return true;
    *cause = c;
    return false;
  }
  if (vu->kind == TypeKind::Interface && tu->kind != TypeKind::Interface) {
    bool wrong, ptr;
    Object* have;
    if (!MissingMethod(t, v, false, &wrong, &ptr, &have))
      *cause = "need type assertion";
    return false;
  }
  // Bidirectional channel to directional channel.
  if (vu->kind == TypeKind::Chan && vu->dir == ChanDir::Both && tu->kind == TypeKind::Chan &&
      Identical(vu->elem, tu->elem) && (!IsNamed(v) || !IsNamed(t)))
    return true;
  return false;
}

void Checker::Assignment(Expr* x, Type* t, const std::string& context) {
  if (x->mode == Mode::Invalid) return;
  switch (x->mode) {
    case Mode::Constant: case Mode::Variable: case Mode::MapIndex: case Mode::Value:
    case Mode::CommaOk:
      break;
    default:
      ExprValue(x);
      x->mode = Mode::Invalid;
      return;
  }
  if (IsUntyped(x->type)) {
    Type* target = t;
    if (!t || IsInterface(t)) {
      if (!t && IsUntypedNil(x->type)) {
        Error(StartPos(x), "use of untyped nil in " + context);
        x->mode = Mode::Invalid;
        return;
      }
      target = DefaultType(u_, x->type);
    }
    Type* nt;
    int code;
    if (!ImplicitType(x, target, &nt, &code)) {
      std::string msg = "cannot use " + OperandString(x) + " as " + TS(target) + " value in " + context;
      if (code == kTruncated) msg += " (truncated)";
      else if (code == kOverflow) msg += " (overflows)";
      Error(StartPos(x), msg);
      x->mode = Mode::Invalid;
      return;
    }
    if (x->mode == Mode::Constant && !IsUntyped(nt)) {
      Value r;
      int c;
      if (Representable(x->val, nt, &r, &c)) x->val = r;
    }
    SetFinalType(x, nt);
  }
  if (!t) return;
  std::string cause;
  if (!AssignableTo(x, t, &cause)) {
    std::string msg = "cannot use " + OperandString(x) + " as type " + TS(t) + " in " + context;
    if (!cause.empty()) msg += ":\n\t" + cause;
    Error(StartPos(x), msg);
    x->mode = Mode::Invalid;
  }
}

// ---------------------------------------------------------------------------
// Operators

void Checker::Unary(Expr* e) {
  Expr* x = e->x;
  if (e->op == Op::Mul) {
    // Pointer indirection or pointer type.
    ExprOrType(x);
    if (x->mode == Mode::Invalid) return;
    if (x->mode == Mode::TypeExpr) {
      Type* p = NewType(TypeKind::Pointer);
      p->elem = x->type;
      e->type = p;
      e->mode = Mode::TypeExpr;
      return;
    }
    ValueMode(x);
    if (x->mode == Mode::Invalid) return;
    if (IsUntypedNil(x->type)) {
      Error(StartPos(e), "invalid operation: cannot indirect nil");
      return;
    }
    Type* u = Under(x->type);
    if (!u || u->kind != TypeKind::Pointer) {
      Error(StartPos(e), "invalid operation: cannot indirect " + OperandString(x));
      return;
    }
    e->type = u->elem;
    e->mode = Mode::Variable;
    return;
  }
  if (e->op == Op::And) {
    Expr* ux = x;
    while (ux->kind == ExprKind::Paren) ux = ux->x;
    if (ux->kind == ExprKind::CompositeLit) {
      ExprValue(x);
      if (x->mode == Mode::Invalid) return;
      Type* p = NewType(TypeKind::Pointer);
      p->elem = x->type;
      e->type = p;
      e->mode = Mode::Value;
      return;
    }
    ExprValue(x);
    if (x->mode == Mode::Invalid) return;
    if (x->mode != Mode::Variable) {
      Error(StartPos(e), "invalid operation: cannot take address of " + OperandString(x));
      return;
    }
    Type* p = NewType(TypeKind::Pointer);
    p->elem = x->type;
    e->type = p;
    e->mode = Mode::Value;
    return;
  }
  if (e->op == Op::Recv) {
    ExprValue(x);
    if (x->mode == Mode::Invalid) return;
    Type* u = Under(x->type);
    if (!u || u->kind != TypeKind::Chan) {
      Error(StartPos(e), "invalid operation: cannot receive from non-channel " + OperandString(x));
      return;
    }
    if (u->dir == ChanDir::Send) {
      Error(StartPos(e), "invalid operation: cannot receive from send-only channel " + OperandString(x));
      return;
    }
    e->type = u->elem;
    e->mode = Mode::CommaOk;
    return;
  }
  ExprValue(x);
  if (x->mode == Mode::Invalid) return;
  Type* t = x->type;
  bool ok = false;
  switch (e->op) {
    case Op::Add: case Op::Sub: ok = IsNumeric(t); break;
    case Op::Xor: ok = IsInteger(t); break;
    case Op::Not: ok = IsBoolean(t); break;
    default: break;
  }
  if (!ok) {
    Error(StartPos(e), std::string("invalid operation: operator ") + OpString(e->op) +
                           " not defined on " + OperandString(x));
    return;
  }
  e->type = t;
  if (x->mode == Mode::Constant) {
    int prec = 0;
    if (IsUnsigned(t)) prec = static_cast<int>(Sizeof(Under(t)) * 8);
    e->val = Value::Unary(e->op, x->val, prec);
    e->mode = Mode::Constant;
    Overflow(e, e->pos);
    return;
  }
  e->mode = Mode::Value;
}

void Checker::Overflow(Expr* e, Pos op_pos) {
  if (e->mode != Mode::Constant) return;
  if (e->val.IsUnknown()) {
    Error(op_pos, "constant result is not representable");
    e->mode = Mode::Invalid;
    return;
  }
  if (IsTyped(e->type)) {
    Value r;
    int code;
    if (!Representable(e->val, e->type, &r, &code)) {
      if (code == kOverflow)
        Error(StartPos(e), "constant " + e->val.ShortString() + " overflows " + TS(e->type));
      else
        Error(StartPos(e), "cannot convert " + OperandString(e) + " to type " + TS(e->type));
      e->mode = Mode::Invalid;
      return;
    }
    e->val = r;
    return;
  }
  if (e->val.kind() == Value::Int && e->val.BitLen() > 512) {
    Error(op_pos, "constant " + std::string(e->op == Op::Shl ? "shift" : e->op == Op::Mul ? "multiplication" : e->op == Op::Add ? "addition" : e->op == Op::Sub ? "subtraction" : "operation") + " overflow");
    e->mode = Mode::Invalid;
  }
}

static bool IsComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

void Checker::Binary(Expr* e, Type* hint) {
  (void)hint;
  Expr* x = e->x;
  Expr* y = e->y;
  if (e->op == Op::Shl || e->op == Op::Shr) {
    ExprValue(x);
    ExprValue(y);
    if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
    Shift(e, x, y);
    return;
  }
  ExprValue(x);
  ExprValue(y);
  if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
  if (IsComparison(e->op)) {
    Comparison(e, x, y);
    return;
  }
  // Match operand types.
  auto may_convert = [&](Expr* a, Expr* b) {
    if (IsTyped(a->type) && IsTyped(b->type)) return false;
    auto basic = [](Type* t) { Type* u = Under(t); return u && u->kind == TypeKind::Basic; };
    if (basic(a->type) != basic(b->type)) return false;
    if (IsBoolean(a->type) != IsBoolean(b->type)) return false;
    if (IsString(a->type) != IsString(b->type)) return false;
    if (IsUntypedNil(a->type)) return HasNil(b->type);
    if (IsUntypedNil(b->type)) return HasNil(a->type);
    if (IsPointer(a->type) || IsPointer(b->type)) return false;
    return true;
  };
  if (may_convert(x, y)) {
    if (!ConvertUntyped(x, y->type)) return;
    if (!ConvertUntyped(y, x->type)) return;
  }
  if (!Identical(x->type, y->type)) {
    if (!IsInvalid(x->type) && !IsInvalid(y->type))
      Error(StartPos(x), "invalid operation: " + ExprString(e) + " (mismatched types " +
                             TS(x->type) + " and " + TS(y->type) + ")");
    return;
  }
  Type* t = x->type;
  bool ok = false;
  switch (e->op) {
    case Op::Add: ok = IsNumeric(t) || IsString(t); break;
    case Op::Sub: case Op::Mul: case Op::Div: ok = IsNumeric(t); break;
    case Op::Rem: case Op::And: case Op::Or: case Op::Xor: case Op::AndNot: ok = IsInteger(t); break;
    case Op::AndAnd: case Op::OrOr: ok = IsBoolean(t); break;
    default: break;
  }
  if (!ok) {
    Error(StartPos(x), std::string("invalid operation: operator ") + OpString(e->op) +
                           " not defined on " + OperandString(x));
    return;
  }
  if ((e->op == Op::Div || e->op == Op::Rem) &&
      (x->mode == Mode::Constant || IsInteger(t)) && y->mode == Mode::Constant &&
      y->val.Sign() == 0) {
    Error(StartPos(y), "invalid operation: division by zero");
    return;
  }
  e->type = t;
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    bool int_div = IsInteger(t);
    e->val = Value::Binary(x->val, e->op, y->val, int_div);
    e->mode = Mode::Constant;
    Overflow(e, e->pos);
    return;
  }
  e->mode = Mode::Value;
}

void Checker::Shift(Expr* e, Expr* x, Expr* y) {
  // y must be an integer (or untyped constant representable as uint).
  if (y->mode == Mode::Constant) {
    Value yv = y->val.ToInt();
    if (yv.kind() != Value::Int) {
      Error(StartPos(y), "invalid operation: shift count " + OperandString(y) + " must be integer");
      return;
    }
    if (yv.Sign() < 0) {
      Error(StartPos(y), "invalid operation: negative shift count " + OperandString(y));
      return;
    }
    if (IsUntyped(y->type)) {
      y->val = yv;
      ConvertUntyped(y, u_->Basic(BasicKind::Uint));
    }
  } else if (IsUntyped(y->type)) {
    // A non-constant untyped count (1.0 << s) becomes a uint.
    if (!ConvertUntyped(y, u_->Basic(BasicKind::Uint))) return;
  } else if (!IsInteger(y->type)) {
    Error(StartPos(y), "invalid operation: shift count " + OperandString(y) + " must be integer");
    return;
  }
  if (x->mode == Mode::Constant) {
    if (IsUntyped(x->type)) {
      Value xi = x->val.ToInt();
      // A constant shift is an integer shift; a non-constant one keeps the
      // operand's kind for its final type (1.0 << s is a float64 shift).
      if (xi.kind() == Value::Int) {
        x->val = xi;
        if (x->type->basic != BasicKind::UntypedRune && y->mode == Mode::Constant)
          x->type = u_->Basic(BasicKind::UntypedInt);
      }
    }
    if (y->mode == Mode::Constant) {
      if (!IsInteger(x->type) && !(IsUntyped(x->type) && x->val.kind() == Value::Int)) {
        Error(StartPos(x), "invalid operation: shifted operand " + OperandString(x) + " must be integer");
        return;
      }
      bool ok;
      uint64_t s = y->val.Uint64Val(&ok);
      if (!ok || s > 10000) {
        Error(StartPos(y), "invalid shift count " + OperandString(y));
        return;
      }
      e->val = Value::Shift(x->val, e->op, s);
      e->type = x->type;
      e->mode = Mode::Constant;
      Overflow(e, e->pos);
      return;
    }
    if (IsUntyped(x->type)) {
      // Non-constant shift of an untyped constant: the constant takes the
      // type it would have without the shift, known only from the context
      // (ConvertUntyped -> UpdateExprType); until then the shift is an
      // untyped non-constant value.
      if (x->val.kind() != Value::Int) {
        Error(StartPos(x), "invalid operation: shifted operand " + OperandString(x) + " must be integer");
        return;
      }
      e->type = x->type;
      e->mode = Mode::Value;
      return;
    }
  }
  if (!IsInteger(x->type)) {
    Error(StartPos(x), "invalid operation: shifted operand " + OperandString(x) + " must be integer");
    return;
  }
  e->type = x->type;
  e->mode = Mode::Value;
}

void Checker::Comparison(Expr* e, Expr* x, Expr* y) {
  auto may_convert = [&](Expr* a, Expr* b) {
    if (IsTyped(a->type) && IsTyped(b->type)) return false;
    if (IsUntypedNil(a->type)) return HasNil(b->type);
    if (IsUntypedNil(b->type)) return HasNil(a->type);
    return true;
  };
  if (may_convert(x, y)) {
    // Convert silently where possible; mismatches are reported below.
    Type* nt;
    int code;
    if (IsUntyped(x->type) && ImplicitType(x, y->type, &nt, &code)) {
      if (!IsUntyped(nt) || IsUntyped(y->type)) {
        if (x->mode == Mode::Constant && !IsUntyped(nt)) {
          Value r; int c;
          if (Representable(x->val, nt, &r, &c)) x->val = r;
        }
        SetFinalType(x, nt);
      }
    } else if (IsUntyped(x->type) && x->mode == Mode::Constant && code == kOverflow) {
      ConvertUntyped(x, y->type);
      return;
    }
    if (IsUntyped(y->type) && ImplicitType(y, x->type, &nt, &code)) {
      if (y->mode == Mode::Constant && !IsUntyped(nt)) {
        Value r; int c;
        if (Representable(y->val, nt, &r, &c)) y->val = r;
      }
      SetFinalType(y, nt);
    } else if (IsUntyped(y->type) && y->mode == Mode::Constant && code == kOverflow) {
      ConvertUntyped(y, x->type);
      return;
    }
  }
  std::string cause;
  bool ok = false;
  Expr* err = x;
  std::string tmp;
  if (AssignableTo(x, y->type, &tmp) || AssignableTo(y, x->type, &tmp)) {
    bool order = e->op != Op::Eql && e->op != Op::Neq;
    if (order) {
      auto ordered = [](Type* t) { return IsInteger(t) || IsFloat(t) || IsString(t); };
      if (!ordered(x->type)) { cause = "operator " + std::string(OpString(e->op)) + " not defined on " + OperandString(x); err = x; }
      else if (!ordered(y->type)) { cause = "operator " + std::string(OpString(e->op)) + " not defined on " + OperandString(y); err = y; }
      else ok = true;
    } else {
      if (IsUntypedNil(x->type) || IsUntypedNil(y->type)) {
        Expr* other = IsUntypedNil(x->type) ? y : x;
        if (IsUntypedNil(other->type)) {
          cause = "operator == not defined on nil";
        } else ok = true;
      } else if (!Comparable(x->type)) {
        Type* u = Under(x->type);
        std::string what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map" : u->kind == TypeKind::Func ? "func" : "";
        if (!what.empty()) cause = what + " can only be compared to nil";
        else cause = "operator " + std::string(OpString(e->op)) + " not defined on " + OperandString(x);
      } else if (!Comparable(y->type)) {
        err = y;
        Type* u = Under(y->type);
        std::string what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map" : u->kind == TypeKind::Func ? "func" : "";
        if (!what.empty()) cause = what + " can only be compared to nil";
        else cause = "operator " + std::string(OpString(e->op)) + " not defined on " + OperandString(y);
      } else ok = true;
    }
  } else {
    cause = "mismatched types " + TS(x->type) + " and " + TS(y->type);
  }
  if (!ok) {
    Error(StartPos(err == y && cause.find("mismatched") == std::string::npos ? y : x),
          "invalid operation: " + ExprString(e) + " (" + cause + ")");
    return;
  }
  if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
    e->val = Value::MakeBool(Value::Compare(x->val, e->op, y->val));
    e->mode = Mode::Constant;
  } else {
    e->mode = Mode::Value;
    if (IsUntyped(x->type)) ConvertUntyped(x, DefaultType(u_, x->type));
    if (IsUntyped(y->type)) ConvertUntyped(y, DefaultType(u_, y->type));
  }
  e->type = u_->Basic(BasicKind::UntypedBool);
}

}  // namespace gocc::compile
