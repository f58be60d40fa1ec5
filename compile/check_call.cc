// Type checker: calls, builtins, conversions, index/slice expressions,
// composite literals, function literals and type assertions (see check.h).
#include <functional>
#include <map>

#include "compile/check.h"

namespace gocc::compile {


static std::string TupleString(Checker* c, const std::vector<Type*>& ts, const Package* p) {
  (void)c;
  std::string s = "(";
  for (size_t i = 0; i < ts.size(); i++) {
    if (i) s += ", ";
    Type* t = ts[i];
    if (t && t->kind == TypeKind::Basic && t->basic >= BasicKind::UntypedBool &&
        t->basic != BasicKind::UntypedNil)
      s += "number";
    else
      s += TypeString(t, p);
  }
  return s + ")";
}

int64_t Checker::IndexValue(Expr* idx, int64_t max, const char* what) {
  ExprValue(idx);
  if (idx->mode == Mode::Invalid) return -1;
  ConvertUntyped(idx, u_->Basic(BasicKind::Int));
  if (idx->mode == Mode::Invalid) return -1;
  if (!IsInteger(idx->type)) {
    Error(StartPos(idx), std::string("invalid argument: ") + what + " " + OperandString(idx) +
                             " must be integer");
    return -1;
  }
  if (idx->mode == Mode::Constant) {
    if (idx->val.Sign() < 0) {
      Error(StartPos(idx), std::string("invalid argument: ") + what + " " + ExprString(idx) +
                               " (constant of type int) must not be negative");
      return -1;
    }
    bool ok;
    int64_t v = idx->val.Int64Val(&ok);
    if (max >= 0 && v >= max) {
      Error(StartPos(idx), "invalid argument: " + std::string(what) + " " + ExprString(idx) +
                               " out of bounds [0:" + std::to_string(max) + "]");
      return -1;
    }
    return v;
  }
  return -1;
}

void Checker::IndexExpr(Expr* e) {
  ExprOrType(e->x);
  Expr* x = e->x;
  if (x->mode == Mode::Invalid) {
    RawExpr(e->y, nullptr);
    return;
  }
  if (x->mode == Mode::TypeExpr) {
    Error(StartPos(x), ExprString(x) + " is not a generic type");
    return;
  }
  ValueMode(x);
  if (x->mode == Mode::Invalid) return;
  Type* u = Under(x->type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (IsString(u)) {
        int64_t len = x->mode == Mode::Constant ? static_cast<int64_t>(x->val.StringVal().size()) : -1;
        int64_t i = IndexValue(e->y, len, "index");
        e->type = u_->byte_type;
        if (x->mode == Mode::Constant && i >= 0 && e->y->mode == Mode::Constant) {
          e->mode = Mode::Constant;
          e->val = Value::MakeInt64(static_cast<unsigned char>(x->val.StringVal()[i]));
        } else {
          e->mode = Mode::Value;
        }
        return;
      }
      break;
    case TypeKind::Array:
      IndexValue(e->y, u->len, "index");
      e->type = u->elem;
      e->mode = x->mode == Mode::Variable ? Mode::Variable : Mode::Value;
      return;
    case TypeKind::Pointer: {
      Type* a = Under(u->elem);
      if (a && a->kind == TypeKind::Array) {
        IndexValue(e->y, a->len, "index");
        e->type = a->elem;
        e->mode = Mode::Variable;
        return;
      }
      break;
    }
    case TypeKind::Slice:
      IndexValue(e->y, -1, "index");
      e->type = u->elem;
      e->mode = Mode::Variable;
      return;
    case TypeKind::Map:
      ExprValue(e->y, u->key);
      Assignment(e->y, u->key, "map index");
      e->type = u->elem;
      e->mode = Mode::MapIndex;
      return;
    default:
      break;
  }
  RawExpr(e->y, nullptr);
  Error(StartPos(x), "invalid operation: cannot index " + OperandString(x));
}

void Checker::SliceExpr(Expr* e) {
  Expr* x = e->x;
  ExprValue(x);
  Expr* idx[3] = {e->y, e->z, e->w};
  if (x->mode == Mode::Invalid) {
    for (Expr* i : idx)
      if (i) RawExpr(i, nullptr);
    return;
  }
  Type* u = Under(x->type);
  int64_t len = -1;
  bool ok = true;
  switch (u->kind) {
    case TypeKind::Basic:
      if (!IsString(u)) { ok = false; break; }
      if (e->full) {
        Error(StartPos(x), "invalid operation: 3-index slice of string");
        return;
      }
      if (x->mode == Mode::Constant) len = static_cast<int64_t>(x->val.StringVal().size());
      e->type = IsUntyped(x->type) ? u_->Basic(BasicKind::String) : x->type;
      break;
    case TypeKind::Array:
      if (x->mode != Mode::Variable) {
        Error(StartPos(x), "invalid operation: " + ExprString(x) + " (slice of unaddressable value)");
        return;
      }
      len = u->len;
      e->type = NewType(TypeKind::Slice);
      e->type->elem = u->elem;
      break;
    case TypeKind::Pointer: {
      Type* a = Under(u->elem);
      if (!a || a->kind != TypeKind::Array) { ok = false; break; }
      len = a->len;
      e->type = NewType(TypeKind::Slice);
      e->type->elem = a->elem;
      break;
    }
    case TypeKind::Slice:
      e->type = x->type;
      break;
    default:
      ok = false;
  }
  if (!ok) {
    Error(StartPos(x), "cannot slice " + OperandString(x));
    return;
  }
  int64_t prev = -1;
  for (Expr* i : idx) {
    if (!i) continue;
    int64_t v = IndexValue(i, len >= 0 ? len + 1 : -1, "index");
    if (v >= 0 && prev >= 0 && v < prev) {
      Error(StartPos(i), "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
    }
    if (v >= 0) prev = v;
  }
  e->mode = Mode::Value;
}

void Checker::CompositeLit(Expr* e, Type* hint) {
  Type* t = nullptr;
  if (e->x) {
    if (e->x->kind == ExprKind::ArrayType && !e->x->y) {
      // [...]T{...}: length from the literal.
      t = NewType(TypeKind::Array);
      t->elem = TypExpr(e->x->x);
      t->len = -1;
      e->x->type = t;
      e->x->mode = Mode::TypeExpr;
    } else {
      t = TypExpr(e->x);
    }
  } else if (hint) {
    t = hint;
    Type* hu = Under(t);
    if (hu && hu->kind == TypeKind::Pointer) t = hu->elem;  // &T elided
  } else {
    Error(e->pos, "invalid composite literal type: missing type");
    for (Expr* el : e->list) RawExpr(el->kind == ExprKind::KeyValue ? el->y : el, nullptr);
    return;
  }
  Type* u = Under(t);
  auto elem_value = [&](Expr* v, Type* et, const char* ctx) {
    if (v->kind == ExprKind::CompositeLit && !v->x) {
      CompositeLit(v, et);
      if (Type* pu = Under(et); pu && pu->kind == TypeKind::Pointer && v->mode != Mode::Invalid) {
        // &T{} elided: the element is a pointer.
        v->type = et;
      }
    } else {
      ExprValue(v, et);
    }
    Assignment(v, et, ctx);
  };
  if (IsInvalid(t) || !u) {
    for (Expr* el : e->list) {
      Expr* v = el->kind == ExprKind::KeyValue ? el->y : el;
      if (v->kind != ExprKind::CompositeLit || v->x) RawExpr(v, nullptr);
    }
    return;
  }
  switch (u->kind) {
    case TypeKind::Struct: {
      if (e->list.empty()) break;
      bool keyed = e->list[0]->kind == ExprKind::KeyValue;
      if (keyed) {
        std::vector<bool> seen(u->fields.size());
        for (Expr* el : e->list) {
          if (el->kind != ExprKind::KeyValue) {
            Error(StartPos(el), "mixture of field:value and value elements in struct literal");
            RawExpr(el, nullptr);
            continue;
          }
          Expr* k = el->x;
          if (k->kind != ExprKind::Name) {
            Error(StartPos(k), "invalid field name " + ExprString(k) + " in struct literal");
            RawExpr(el->y, nullptr);
            continue;
          }
          int idx = -1;
          for (size_t i = 0; i < u->fields.size(); i++)
            if (SameName(u->fields[i], k->name, nullptr)) idx = static_cast<int>(i);
          if (idx < 0) {
            Error(k->pos, "unknown field '" + k->name + "' in struct literal of type " + TS(t));
            RawExpr(el->y, nullptr);
            continue;
          }
          k->obj = u->fields[idx];
          if (seen[idx]) Error(k->pos, "duplicate field name " + k->name + " in struct literal");
          seen[idx] = true;
          elem_value(el->y, u->fields[idx]->type, "struct literal");
        }
      } else {
        size_t i = 0;
        for (Expr* el : e->list) {
          if (el->kind == ExprKind::KeyValue) {
            Error(StartPos(el), "mixture of field:value and value elements in struct literal");
            RawExpr(el->y, nullptr);
            i++;
            continue;
          }
          if (i >= u->fields.size()) {
            Error(StartPos(el), "too many values in struct literal of type " + TS(t));
            RawExpr(el, nullptr);
            break;
          }
          Object* f = u->fields[i];
          if (f->pkg != pkg_ && !f->exported()) {
            Error(StartPos(el), "implicit assignment to unexported field " + f->name + " in " +
                                    TS(t) + " literal");
          }
          elem_value(el, f->type, "struct literal");
          i++;
        }
        if (i < u->fields.size() && i == e->list.size())
          Error(e->rbrace, "too few values in struct literal of type " + TS(t));
      }
      break;
    }
    case TypeKind::Array: case TypeKind::Slice: {
      int64_t idx = 0, max = 0;
      std::map<int64_t, bool> seen;
      for (Expr* el : e->list) {
        Expr* v = el;
        if (el->kind == ExprKind::KeyValue) {
          int64_t k = IndexValue(el->x, u->kind == TypeKind::Array && u->len >= 0 ? u->len : -1, "index");
          if (k >= 0) idx = k;
          else if (el->x->mode != Mode::Constant && el->x->mode != Mode::Invalid)
            Error(StartPos(el->x), "index " + ExprString(el->x) + " must be integer constant");
          v = el->y;
        } else if (u->kind == TypeKind::Array && u->len >= 0 && idx >= u->len) {
          Error(StartPos(v), "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(u->len) + ")");
        }
        if (seen.count(idx)) Error(StartPos(el), "duplicate index " + std::to_string(idx) + " in array or slice literal");
        seen[idx] = true;
        elem_value(v, u->elem, "array or slice literal");
        idx++;
        if (idx > max) max = idx;
      }
      if (u->kind == TypeKind::Array && u->len < 0) u->len = max;
      break;
    }
    case TypeKind::Map: {
      for (Expr* el : e->list) {
        if (el->kind != ExprKind::KeyValue) {
          Error(StartPos(el), "missing key in map literal");
          RawExpr(el, nullptr);
          continue;
        }
        elem_value(el->x, u->key, "map literal");
        elem_value(el->y, u->elem, "map literal");
      }
      break;
    }
    default:
      Error(StartPos(e), "invalid composite literal type " + TS(t));
      for (Expr* el : e->list) RawExpr(el->kind == ExprKind::KeyValue ? el->y : el, nullptr);
      return;
  }
  e->type = t;
  e->mode = Mode::Value;
}

void Checker::FuncLit(Expr* e) {
  Scope* s = arena_->New<Scope>();
  s->parent = scope_;
  s->is_func = true;
  Type* sig = FuncSig(e->x, nullptr, s);
  e->type = sig;
  e->mode = Mode::Value;
  Type* saved_sig = sig_;
  int saved_iota = iota_;
  iota_ = -1;
  FuncBody(sig, e->body, s, "");
  sig_ = saved_sig;
  iota_ = saved_iota;
}

void Checker::TypeAssertExpr(Expr* e) {
  ExprValue(e->x);
  if (!e->y) {
    Error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    return;
  }
  Type* t = TypExpr(e->y);
  Expr* x = e->x;
  if (x->mode == Mode::Invalid || IsInvalid(t)) return;
  if (!IsInterface(x->type)) {
    Error(StartPos(x), "invalid operation: " + ExprString(x) + " (" +
                           AfterExpr(OperandString(x), ExprString(x)) + " is not an interface");
    return;
  }
  if (!IsInterface(t)) {
    bool wrong, ptr;
    Object* have = nullptr;
    if (Object* m = MissingMethod(t, x->type, false, &wrong, &ptr, &have)) {
      Error(StartPos(e->y), "impossible type assertion: " + ExprString(e) + "\n\t" + TS(t) +
                                " does not implement " + TS(x->type) + " (missing " + m->name + " method)");
      return;
    }
  }
  e->type = t;
  e->mode = Mode::CommaOk;
}

void Checker::Conversion(Expr* e, Type* t) {
  Expr* x = e->list[0];
  bool const_arg = x->mode == Mode::Constant;
  bool ok = false;
  if (const_arg && IsConstType(t)) {
    Value r;
    int code;
    if (Representable(x->val, t, &r, &code)) {
      ok = true;
      e->val = r;
    } else if (IsInteger(x->type) && IsString(t)) {
      // int -> string conversion of a constant.
      bool fits;
      int64_t v = x->val.Int64Val(&fits);
      std::string s;
      AppendRune(&s, fits && v >= 0 && v <= 0x10FFFF ? static_cast<int32_t>(v) : 0xFFFD);
      e->val = Value::MakeString(s);
      ok = true;
    }
    if (!ok && (code == 2) && IsNumeric(x->type) && IsNumeric(t)) {
      Error(StartPos(x), "cannot convert " + OperandString(x) + " to type " + TS(t) +
                             " (overflows)");
      // gc reports constant overflow in conversions like this.
      return;
    }
    if (!ok && IsInteger(t) && (x->val.kind() == Value::Float)) {
      Error(StartPos(x), "cannot convert " + OperandString(x) + " to type " + TS(t) + " (truncated)");
      return;
    }
    if (ok) {
      e->mode = Mode::Constant;
      e->type = t;
      return;
    }
  }
  if (!ok && ConvertibleTo(x, t)) ok = true;
  if (!ok) {
    Error(StartPos(x), "cannot convert " + OperandString(x) + " to type " + TS(t));
    return;
  }
  if (IsUntyped(x->type)) {
    Type* final = t;
    if (IsInterface(t) || (const_arg && !IsConstType(t))) final = DefaultType(u_, x->type);
    if (IsUntypedNil(x->type)) final = t;
    ConvertUntyped(x, final);
  }
  e->type = t;
  e->mode = Mode::Value;
}

bool Checker::ConvertibleTo(Expr* x, Type* t) {
  std::string cause;
  if (AssignableTo(x, t, &cause)) return true;
  Type* v = x->type;
  Type* vu = Under(v);
  Type* tu = Under(t);
  if (!vu || !tu) return true;
  if (IdenticalIgnoreTags(vu, tu)) return true;
  if (vu->kind == TypeKind::Pointer && tu->kind == TypeKind::Pointer &&
      IdenticalIgnoreTags(Under(vu->elem), Under(tu->elem)))
    return true;
  if ((IsInteger(vu) || IsFloat(vu)) && (IsInteger(tu) || IsFloat(tu))) return true;
  if (IsComplex(vu) && IsComplex(tu)) return true;
  if ((IsInteger(vu) || (vu->kind == TypeKind::Slice && Under(vu->elem)->kind == TypeKind::Basic &&
                         (IsBasic(vu->elem, BasicKind::Uint8) || IsBasic(vu->elem, BasicKind::Int32)))) &&
      IsString(tu))
    return true;
  if (IsString(vu) && tu->kind == TypeKind::Slice &&
      (IsBasic(tu->elem, BasicKind::Uint8) || IsBasic(tu->elem, BasicKind::Int32)))
    return true;
  if ((IsPointer(vu) || IsBasic(vu, BasicKind::Uintptr)) && IsBasic(tu, BasicKind::UnsafePointer)) return true;
  if (IsBasic(vu, BasicKind::UnsafePointer) && (IsPointer(tu) || IsBasic(tu, BasicKind::Uintptr))) return true;
  if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    Type* a = Under(tu->elem);
    if (a && a->kind == TypeKind::Array && Identical(vu->elem, a->elem)) return true;
  }
  return false;
}

void Checker::Arguments(Expr* call, Type* sig, const std::vector<Expr*>& args,
                        const std::string& fname) {
  std::vector<Type*> have;
  std::vector<Expr*> single;
  bool tuple_arg = false;
  if (args.size() == 1 && !call->has_dots) {
    RawExpr(args[0], sig->params && sig->params->fields.size() == 1 ? sig->params->fields[0]->type : nullptr);
    if (args[0]->mode != Mode::Invalid && args[0]->type && args[0]->type->kind == TypeKind::Tuple) {
      tuple_arg = true;
      for (Object* v : args[0]->type->fields) have.push_back(v->type);
    } else {
      if (args[0]->mode == Mode::TypeExpr || args[0]->mode == Mode::NoValue || args[0]->mode == Mode::Builtin)
        ValueMode(args[0]);
      if (args[0]->mode == Mode::Invalid) return;
      have.push_back(args[0]->type);
    }
  } else {
    bool bad = false;
    for (size_t i = 0; i < args.size(); i++) {
      Type* hint = nullptr;
      if (sig->params && i < sig->params->fields.size()) hint = sig->params->fields[i]->type;
      ExprValue(args[i], hint);
      if (args[i]->mode == Mode::Invalid) bad = true;
      have.push_back(args[i]->type);
    }
    if (bad) return;
  }
  std::vector<Object*> params = sig->params ? sig->params->fields : std::vector<Object*>{};
  size_t np = params.size();
  size_t na = have.size();
  if (call->has_dots) {
    if (!sig->variadic) {
      Error(StartPos(args.back()), "have (...) cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (na != np) {
      // fallthrough to count errors
    } else {
      for (size_t i = 0; i < na; i++) Assignment(args[i], params[i]->type, "argument to " + fname);
      return;
    }
  }
  bool ok_count = sig->variadic && !call->has_dots ? na >= np - 1 : na == np;
  if (!ok_count) {
    std::vector<Type*> want;
    for (Object* p : params) want.push_back(p->type);
    std::string w = "(";
    for (size_t i = 0; i < params.size(); i++) {
      if (i) w += ", ";
      if (sig->variadic && i + 1 == params.size())
        w += "..." + TS(params[i]->type->elem);
      else
        w += TS(params[i]->type);
    }
    w += ")";
    Pos at;
    std::string msg;
    if (na < np) {
      // types2 reports at the last argument, or at the call without any.
      at = args.empty() ? StartPos(call) : StartPos(args.back());
      msg = "not enough arguments in call to " + fname;
    } else {
      at = StartPos(args[np > 0 && !tuple_arg ? np : 0]);
      msg = "too many arguments in call to " + fname;
    }
    Error(at, msg + "\n\thave " + TupleString(this, have, pkg_) + "\n\twant " + w);
    return;
  }
  if (tuple_arg) {
    for (size_t i = 0; i < na; i++) {
      Type* pt = i < np ? params[i]->type : nullptr;
      if (sig->variadic && i >= np - 1) pt = params[np - 1]->type->elem;
      std::string cause;
      Expr tmp(ExprKind::Name, call->pos);
      tmp.mode = Mode::Value;
      tmp.type = have[i];
      if (!AssignableTo(&tmp, pt, &cause)) {
        Error(StartPos(args[0]), "cannot use " + ExprString(args[0]) + " (value of type " + TS(have[i]) +
                                     ") as type " + TS(pt) + " in argument to " + fname);
        return;
      }
    }
    return;
  }
  for (size_t i = 0; i < na; i++) {
    Type* pt;
    if (sig->variadic && i >= np - 1) pt = params[np - 1]->type->elem;
    else pt = params[i]->type;
    Assignment(args[i], pt, "argument to " + fname);
  }
}

void Checker::Call(Expr* e) {
  Expr* f = e->x;
  ExprOrType(f);
  if (f->mode == Mode::Invalid) {
    for (Expr* a : e->list) RawExpr(a, nullptr);
    return;
  }
  if (f->mode == Mode::TypeExpr) {
    Type* t = f->type;
    if (e->list.size() != 1) {
      if (e->list.empty())
        Error(e->rbrace.IsKnown() ? e->rbrace : e->pos, "missing argument in conversion to " + TS(t));
      else
        Error(StartPos(e->list[1]), "too many arguments in conversion to " + TS(t));
      for (Expr* a : e->list) RawExpr(a, nullptr);
      return;
    }
    if (e->has_dots) {
      Error(StartPos(e->list[0]), "invalid use of ... in conversion to " + TS(t));
    }
    ExprValue(e->list[0], t);
    if (e->list[0]->mode == Mode::Invalid) return;
    Conversion(e, t);
    return;
  }
  if (f->mode == Mode::Builtin) {
    Object* o = f->obj;
    if (f->kind == ExprKind::Selector) o = f->obj;
    Builtin(e, o ? o->builtin : -1);
    return;
  }
  Type* sig = Under(f->type);
  if (!sig || sig->kind != TypeKind::Func) {
    Error(StartPos(e), "invalid operation: cannot call non-function " + OperandString(f));
    for (Expr* a : e->list) RawExpr(a, nullptr);
    return;
  }
  Arguments(e, sig, e->list, ExprString(f));
  size_t nr = sig->results ? sig->results->fields.size() : 0;
  if (nr == 0) {
    e->mode = Mode::NoValue;
    e->type = sig->results;
  } else if (nr == 1) {
    e->mode = Mode::Value;
    e->type = sig->results->fields[0]->type;
  } else {
    e->mode = Mode::Value;
    e->type = sig->results;
  }
}

}  // namespace gocc::compile
