// Type checker: the predeclared functions and package unsafe's builtins.
#include <algorithm>
#include <functional>
#include <set>

#include "compile/check.h"

namespace gocc::compile {

static const char* const kBuiltinNames[] = {
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new",
    "panic", "print", "println", "real", "recover", "Add", "Alignof", "Offsetof", "Sizeof", "Slice"};

void Checker::Builtin(Expr* e, int id) {
  std::vector<Expr*> args = e->list;
  std::string name = id >= 0 ? kBuiltinNames[id] : "?";
  if (id >= kAdd) name = "unsafe." + name;
  // f(g()) with g returning several values passes them as the arguments
  // (except to make, new and unsafe.Offsetof). The checker sees one
  // synthetic operand per value (printed as the call); e->list is
  // unchanged, so the back end sees the single multi-value call.
  if (args.size() == 1 && !e->has_dots && id != kMake && id != kNew && id != kOffsetof) {
    Expr* a = args[0];
    while (a->kind == ExprKind::Paren) a = a->x;
    if (a->kind == ExprKind::Call) {
      RawExpr(args[0], nullptr);
      Type* t = args[0]->type;
      if (args[0]->mode != Mode::Invalid && t && t->kind == TypeKind::Tuple && t->fields.size() > 1) {
        std::vector<Expr*> unpacked;
        for (Object* v : t->fields) {
          Expr* x = arena_->New<Expr>(*args[0]);
          x->mode = Mode::Value;
          x->type = v->type;
          x->synthetic = true;
          unpacked.push_back(x);
        }
        args = unpacked;
      } else {
        args[0]->synthetic = true;  // already evaluated
      }
    }
  }
  auto nargs = [&](size_t min, size_t max) {
    if (args.size() < min) {
      Error(StartPos(e), "invalid operation: not enough arguments for " + ExprString(e) +
                             " (expected " + std::to_string(min) + ", found " +
                             std::to_string(args.size()) + ")");
      for (Expr* a : args) RawExpr(a, nullptr);
      return false;
    }
    if (args.size() > max) {
      Error(StartPos(e), "invalid operation: too many arguments for " + ExprString(e) +
                             " (expected " + std::to_string(max) + ", found " +
                             std::to_string(args.size()) + ")");
      for (Expr* a : args) RawExpr(a, nullptr);
      return false;
    }
    return true;
  };
  auto values = [&](size_t from) {
    bool ok = true;
    for (size_t i = from; i < args.size(); i++) {
      ExprValue(args[i]);
      if (args[i]->mode == Mode::Invalid) ok = false;
    }
    return ok;
  };
  if (e->has_dots && id != kAppend) {
    Error(StartPos(e), "invalid operation: invalid use of ... with built-in " + name);
    values(0);
    return;
  }
  Type* intt = u_->Basic(BasicKind::Int);
  switch (id) {
    case kLen: case kCap: {
      if (!nargs(1, 1)) return;
      Expr* x = args[0];
      ExprValue(x);
      if (x->mode == Mode::Invalid) return;
      Type* u = Under(x->type);
      if (u && u->kind == TypeKind::Pointer && Under(u->elem) && Under(u->elem)->kind == TypeKind::Array)
        u = Under(u->elem);
      bool ok = false;
      e->mode = Mode::Value;
      if (IsString(u) && id == kLen) {
        ok = true;
        if (x->mode == Mode::Constant) {
          e->mode = Mode::Constant;
          e->val = Value::MakeInt64(static_cast<int64_t>(x->val.StringVal().size()));
        }
      } else if (u->kind == TypeKind::Array) {
        ok = true;
        // Constant unless the operand contains calls or receives (approximate).
        bool has_call = false;
        std::function<void(Expr*)> scan = [&](Expr* n) {
          if (!n) return;
          if (n->kind == ExprKind::Call || (n->kind == ExprKind::Unary && n->op == Op::Recv)) has_call = true;
          scan(n->x); scan(n->y);
          for (Expr* a : n->list) scan(a);
        };
        scan(x);
        if (!has_call) {
          e->mode = Mode::Constant;
          e->val = Value::MakeInt64(u->len);
        }
      } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Chan) {
        ok = true;
      } else if (u->kind == TypeKind::Map && id == kLen) {
        ok = true;
      }
      if (!ok) {
        Error(StartPos(x), "invalid argument: " + OperandString(x) + " for " + name);
        e->mode = Mode::Invalid;
        return;
      }
      e->type = intt;
      return;
    }
    case kAppend: {
      if (!nargs(1, 1u << 30)) return;
      ExprValue(args[0]);
      if (args[0]->mode == Mode::Invalid) { values(1); return; }
      Type* s = args[0]->type;
      Type* u = Under(s);
      if (IsUntypedNil(s)) {
        Error(StartPos(args[0]), "first argument to append must be a typed slice; found untyped nil");
        values(1);
        return;
      }
      if (!u || u->kind != TypeKind::Slice) {
        Error(StartPos(args[0]), "invalid argument: " + OperandString(args[0]) + " (not a slice)");
        values(1);
        return;
      }
      if (e->has_dots) {
        if (args.size() != 2) {
          nargs(2, 2);
          return;
        }
        ExprValue(args[1]);
        if (args[1]->mode == Mode::Invalid) return;
        if (IsBasic(u->elem, BasicKind::Uint8) && IsString(args[1]->type)) {
          ConvertUntyped(args[1], u_->Basic(BasicKind::String));
        } else {
          Assignment(args[1], s->kind == TypeKind::Named ? u : s, "argument to append");
          if (args[1]->mode != Mode::Invalid) {
            Type* au = Under(args[1]->type);
            (void)au;
          }
        }
      } else {
        for (size_t i = 1; i < args.size(); i++) {
          ExprValue(args[i], u->elem);
          Assignment(args[i], u->elem, "argument to append");
        }
      }
      e->type = s;
      e->mode = Mode::Value;
      return;
    }
    case kMake: {
      if (args.empty()) {
        nargs(1, 3);
        return;
      }
      Type* t = TypExpr(args[0]);
      if (IsInvalid(t)) { values(1); return; }
      Type* u = Under(t);
      size_t min = 1;
      if (u->kind == TypeKind::Slice) min = 2;
      else if (u->kind != TypeKind::Map && u->kind != TypeKind::Chan) {
        Error(StartPos(args[0]), "invalid argument: cannot make " + ExprString(args[0]) +
                                     "; type must be slice, map, or channel");
        values(1);
        return;
      }
      size_t max = u->kind == TypeKind::Slice ? 3 : 2;
      if (args.size() < min) {
        Error(e->rbrace.IsKnown() ? e->rbrace : e->pos,
              "invalid operation: " + ExprString(e) + " expects " + std::to_string(min) +
                  " or " + std::to_string(max) + " arguments; found " + std::to_string(args.size()));
        return;
      }
      if (args.size() > max) {
        Error(StartPos(e), "invalid operation: " + ExprString(e) + " expects " + std::to_string(min) +
                               " or " + std::to_string(max) + " arguments; found " +
                               std::to_string(args.size()));
        values(1);
        return;
      }
      int64_t vals[2] = {-1, -1};
      for (size_t i = 1; i < args.size(); i++) {
        ExprValue(args[i]);
        if (args[i]->mode == Mode::Invalid) continue;
        if (args[i]->mode == Mode::Constant) {
          Value iv = args[i]->val.ToInt();
          if (iv.kind() != Value::Int) {
            Error(StartPos(args[i]), args[i]->val.ShortString() + " (" +
                                         std::string(IsUntyped(args[i]->type) ? args[i]->type->basic_name + " constant" : "constant of type " + TS(args[i]->type)) +
                                         ") truncated to int");
            continue;
          }
          if (iv.Sign() < 0) {
            Error(StartPos(args[i]), "invalid argument: index " + ExprString(args[i]) +
                                         " (constant of type int) must not be negative");
            continue;
          }
          bool ok;
          vals[i - 1] = iv.Int64Val(&ok);
          if (IsUntyped(args[i]->type)) ConvertUntyped(args[i], intt);
        } else if (!IsInteger(args[i]->type)) {
          Error(StartPos(args[i]), "cannot convert " + OperandString(args[i]) + " to type int");
        }
      }
      if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1])
        Error(StartPos(args[1]), "invalid argument: length and capacity swapped");
      e->type = t;
      e->mode = Mode::Value;
      return;
    }
    case kNew: {
      if (!nargs(1, 1)) return;
      Type* t = TypExpr(args[0]);
      if (IsInvalid(t)) return;
      Type* p = NewType(TypeKind::Pointer);
      p->elem = t;
      e->type = p;
      e->mode = Mode::Value;
      return;
    }
    case kPanic: {
      if (!nargs(1, 1)) return;
      ExprValue(args[0]);
      Assignment(args[0], u_->any_type, "argument to panic");
      e->mode = Mode::NoValue;
      return;
    }
    case kPrint: case kPrintln: {
      for (Expr* a : args) {
        ExprValue(a);
        if (a->mode == Mode::Invalid) continue;
        Assignment(a, nullptr, "argument to built-in " + name);
      }
      e->mode = Mode::NoValue;
      return;
    }
    case kRecover:
      if (!nargs(0, 0)) return;
      e->type = u_->any_type;
      e->mode = Mode::Value;
      return;
    case kClose: {
      if (!nargs(1, 1) || !values(0)) return;
      Type* u = Under(args[0]->type);
      if (!u || u->kind != TypeKind::Chan) {
        Error(StartPos(args[0]), "invalid operation: cannot close non-channel " + OperandString(args[0]));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        Error(StartPos(args[0]), "invalid operation: cannot close receive-only channel " + OperandString(args[0]));
        return;
      }
      e->mode = Mode::NoValue;
      return;
    }
    case kDelete: {
      if (!nargs(2, 2) || !values(0)) return;
      Type* u = Under(args[0]->type);
      if (!u || u->kind != TypeKind::Map) {
        Error(StartPos(args[0]), "invalid argument: " + OperandString(args[0]) + " is not a map");
        return;
      }
      Assignment(args[1], u->key, "argument to delete");
      e->mode = Mode::NoValue;
      return;
    }
    case kCopy: {
      if (!nargs(2, 2) || !values(0)) return;
      Type* d = Under(args[0]->type);
      Type* s = Under(args[1]->type);
      // A string source counts as a []byte.
      Type* selem = s && s->kind == TypeKind::Slice ? s->elem : IsString(s) ? u_->byte_type : nullptr;
      if (!d || d->kind != TypeKind::Slice || !selem) {
        Error(StartPos(args[0]), "invalid argument: copy expects slice arguments; found " +
                                     OperandString(args[0]) + " and " + OperandString(args[1]));
        return;
      }
      if (!Identical(d->elem, selem)) {
        Error(StartPos(args[0]), "invalid argument: arguments to copy " + OperandString(args[0]) +
                                     " and " + OperandString(args[1]) +
                                     " have different element types " + TS(d->elem) + " and " +
                                     TS(selem));
        return;
      }
      e->type = intt;
      e->mode = Mode::Value;
      return;
    }
    case kComplex: {
      if (!nargs(2, 2) || !values(0)) return;
      Expr* x = args[0];
      Expr* y = args[1];
      if (IsUntyped(x->type) && !IsUntyped(y->type)) ConvertUntyped(x, y->type);
      else if (IsUntyped(y->type) && !IsUntyped(x->type)) ConvertUntyped(y, x->type);
      if (x->mode == Mode::Invalid || y->mode == Mode::Invalid) return;
      if (IsUntyped(x->type) && IsUntyped(y->type)) {
        if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
          e->val = Value::MakeComplex(x->val, y->val);
          if (e->val.IsUnknown()) {
            Error(StartPos(x), "invalid operation: complex(" + ExprString(x) + ", " + ExprString(y) + ") (untyped arguments must be numeric)");
            return;
          }
          e->type = u_->Basic(BasicKind::UntypedComplex);
          e->mode = Mode::Constant;
          return;
        }
        ConvertUntyped(x, u_->Basic(BasicKind::Float64));
        ConvertUntyped(y, u_->Basic(BasicKind::Float64));
      }
      if (!Identical(x->type, y->type)) {
        Error(StartPos(x), "invalid operation: " + ExprString(e) + " (mismatched types " + TS(x->type) + " and " + TS(y->type) + ")");
        return;
      }
      BasicKind k = Under(x->type)->basic;
      if (k != BasicKind::Float32 && k != BasicKind::Float64) {
        Error(StartPos(x), "invalid operation: " + ExprString(e) + " (arguments have type " + TS(x->type) + ", expected floating-point)");
        return;
      }
      e->type = u_->Basic(k == BasicKind::Float32 ? BasicKind::Complex64 : BasicKind::Complex128);
      if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
        e->val = Value::MakeComplex(x->val, y->val);
        e->mode = Mode::Constant;
      } else {
        e->mode = Mode::Value;
      }
      return;
    }
    case kReal: case kImag: {
      if (!nargs(1, 1) || !values(0)) return;
      Expr* x = args[0];
      if (IsUntyped(x->type)) {
        if (x->mode == Mode::Constant) {
          if (!IsNumeric(x->type)) {
            Error(StartPos(x), "invalid argument: " + OperandString(x) + " must be of complex type");
            return;
          }
          e->val = id == kReal ? x->val.ToComplex().Real() : x->val.ToComplex().Imag();
          e->type = u_->Basic(BasicKind::UntypedFloat);
          e->mode = Mode::Constant;
          return;
        }
        ConvertUntyped(x, u_->Basic(BasicKind::Complex128));
      }
      if (!IsComplex(x->type)) {
        Error(StartPos(x), "invalid argument: " + OperandString(x) + " must be of complex type");
        return;
      }
      e->type = u_->Basic(Under(x->type)->basic == BasicKind::Complex64 ? BasicKind::Float32 : BasicKind::Float64);
      if (x->mode == Mode::Constant) {
        e->val = id == kReal ? x->val.Real() : x->val.Imag();
        e->mode = Mode::Constant;
      } else {
        e->mode = Mode::Value;
      }
      return;
    }
    case kSizeof: case kAlignof: {
      if (!nargs(1, 1) || !values(0)) return;
      Assignment(args[0], nullptr, "argument to " + name);
      if (args[0]->mode == Mode::Invalid) return;
      Type* t = args[0]->type;
      e->val = Value::MakeInt64(id == kSizeof ? Sizeof(t) : Alignof(t));
      e->type = u_->Basic(BasicKind::Uintptr);
      e->mode = Mode::Constant;
      return;
    }
    case kOffsetof: {
      if (!nargs(1, 1)) return;
      Expr* a = args[0];
      while (a->kind == ExprKind::Paren) a = a->x;
      if (a->kind != ExprKind::Selector) {
        Error(StartPos(a), "invalid argument: " + ExprString(a) + " is not a selector expression");
        values(0);
        return;
      }
      ExprValue(a);
      if (a->mode == Mode::Invalid) return;
      if (!a->obj || a->obj->kind != ObjKind::Var || !a->obj->is_field) {
        Error(StartPos(a), "invalid argument: " + ExprString(a) + " is a method value");
        return;
      }
      // Offset along the embedding path (must not go through pointers).
      Type* t = a->x->type;
      if (IsPointer(t)) t = Under(t)->elem;  // x may be a pointer to the struct
      int64_t off = 0;
      for (int idx : a->path) {
        Type* u = Under(t);
        if (u && u->kind == TypeKind::Pointer) {
          Error(StartPos(a), "invalid argument: field " + a->name + " is embedded via a pointer in " + ExprString(a->x));
          return;
        }
        off += Offsetof(u, idx);
        t = u->fields[idx]->type;
      }
      e->val = Value::MakeInt64(off);
      e->type = u_->Basic(BasicKind::Uintptr);
      e->mode = Mode::Constant;
      return;
    }
    case kAdd: {
      if (!nargs(2, 2) || !values(0)) return;
      Assignment(args[0], u_->Basic(BasicKind::UnsafePointer), "argument to unsafe.Add");
      ConvertUntyped(args[1], intt);
      if (args[1]->mode != Mode::Invalid && !IsInteger(args[1]->type))
        Error(StartPos(args[1]), "cannot use " + OperandString(args[1]) + " as int value in argument to unsafe.Add");
      e->type = u_->Basic(BasicKind::UnsafePointer);
      e->mode = Mode::Value;
      return;
    }
    case kSlice: {
      if (!nargs(2, 2) || !values(0)) return;
      Type* u = Under(args[0]->type);
      if (!u || u->kind != TypeKind::Pointer) {
        Error(StartPos(args[0]), "invalid argument: " + OperandString(args[0]) + " is not a pointer");
        return;
      }
      ConvertUntyped(args[1], intt);
      Type* s = NewType(TypeKind::Slice);
      s->elem = u->elem;
      e->type = s;
      e->mode = Mode::Value;
      return;
    }
    default:
      values(0);
      return;
  }
}

}  // namespace gocc::compile
