// Type checker: package-level and local declarations, type expressions,
// field/method lookup and interface satisfaction (see check.h).
#include <algorithm>
#include <set>

#include "compile/check.h"

namespace gocc::compile {

Checker::Checker(Diag* diag, Arena* arena, Universe* u, Package* pkg, ImportFunc import)
    : diag_(diag), arena_(arena), u_(u), pkg_(pkg), import_(std::move(import)) {}

void Checker::Error(Pos pos, const std::string& msg) { diag_->Error(pos, msg); }

Object* Checker::NewObj(ObjKind k, const std::string& name, Pos pos, Type* t) {
  Object* o = arena_->New<Object>();
  o->kind = k;
  o->name = name;
  o->pos = pos;
  o->type = t;
  o->pkg = pkg_;
  return o;
}

Type* Checker::NewType(TypeKind k) {
  Type* t = arena_->New<Type>();
  t->kind = k;
  return t;
}

Type* Checker::NewTuple(const std::vector<Object*>& vars) {
  Type* t = NewType(TypeKind::Tuple);
  t->fields = vars;
  return t;
}

Object* Checker::Declare(Scope* s, Expr* name, Object* obj) {
  if (obj->name == "_") return obj;
  if (Object* alt = s->Insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos.IsKnown()) msg += "\n\t" + diag_->Format(alt->pos) + ": other declaration of " + obj->name;
    Error(name ? name->pos : obj->pos, msg);
    return alt;
  }
  if (name) {
    name->obj = obj;
  }
  obj->decl_expr = name;
  return obj;
}

void Checker::CheckFiles(const std::vector<File*>& files) {
  CollectObjects(files);
  for (Object* o : pkg_objs_) ObjDecl(o);
  // Function bodies are checked after all package-level declarations.
  for (size_t i = 0; i < bodies_.size(); i++) {
    FuncBodyInfo b = bodies_[i];
    decl_ = b.fn->decl;
    FuncBody(b.sig, b.decl->body, b.scope, b.fn->name);
    decl_ = nullptr;
  }
  InitOrderPass();
  ReportUnusedImports();
}

void Checker::ReportUnusedImports() {
  for (Object* o : imports_) {
    if (o->used || !o->imported) continue;
    std::string msg = "imported and not used: \"" + o->imported->path + "\"";
    if (o->name != o->imported->name && o->name != ".") msg += " as " + o->name;
    Error(o->pos, msg);
  }
}

void Checker::CollectObjects(const std::vector<File*>& files) {
  pkg_->scope->is_pkg = true;
  for (File* f : files) {
    Scope* fs = arena_->New<Scope>();
    fs->parent = pkg_->scope;
    f->scope = fs;
    for (Decl* d : f->decls) {
      switch (d->kind) {
        case DeclKind::Import: {
          if (!d->path || d->path->bad) break;
          std::string path = DecodeStringLit(d->path->name);
          if (path.empty()) {
            Error(d->path->pos, "invalid import path (empty string)");
            break;
          }
          Package* imp = path == "unsafe" ? u_->unsafe_pkg : import_(path, d->path->pos);
          if (!imp) break;
          std::string name = imp->name;
          Pos pos = d->path->pos;
          if (d->local_name) {
            name = d->local_name->name;
            pos = d->local_name->pos;
            if (name == "init") {
              Error(pos, "cannot import package as init - init must be a func");
              break;
            }
          }
          if (name == "_") break;
          Object* pn = NewObj(ObjKind::PkgName, name, d->path->pos);
          pn->imported = imp;
          imports_.push_back(pn);
          if (name == ".") {
            for (Object* o : imp->scope->order)
              if (o->exported()) fs->Insert(o);
            // Dot imports count as used once anything is referenced; be lenient.
            pn->used = true;
            break;
          }
          if (Object* alt = fs->Insert(pn)) {
            Error(pos, name + " redeclared in this block\n\t" + diag_->Format(alt->pos) +
                           ": other declaration of " + name);
          }
          break;
        }
        case DeclKind::Const: case DeclKind::Var: {
          std::vector<Object*> lhs;
          for (size_t i = 0; i < d->names.size(); i++) {
            Object* o = NewObj(d->kind == DeclKind::Const ? ObjKind::Const : ObjKind::Var,
                               d->names[i]->name, d->names[i]->pos);
            DeclInfo* di = arena_->New<DeclInfo>();
            di->file_scope = fs;
            di->decl = d;
            di->index = static_cast<int>(i);
            o->decl = di;
            lhs.push_back(o);
            d->objs.push_back(o);
            if (o->name == "init" || (o->name == "main" && pkg_->name == "main" && false)) {
              Error(o->pos, "cannot declare init - must be func");
              continue;
            }
            Declare(pkg_->scope, d->names[i], o);
            pkg_objs_.push_back(o);
          }
          if (d->kind == DeclKind::Var && d->values.size() == 1 && lhs.size() > 1)
            for (Object* o : lhs) o->decl->lhs = lhs;
          break;
        }
        case DeclKind::Type: {
          Object* o = NewObj(ObjKind::TypeName, d->names[0]->name, d->names[0]->pos);
          DeclInfo* di = arena_->New<DeclInfo>();
          di->file_scope = fs;
          di->decl = d;
          o->decl = di;
          d->objs.push_back(o);
          if (o->name == "init") {
            Error(o->pos, "cannot declare init - must be func");
            break;
          }
          Declare(pkg_->scope, d->names[0], o);
          pkg_objs_.push_back(o);
          break;
        }
        case DeclKind::Func: {
          Object* o = NewObj(ObjKind::Func, d->names[0]->name, d->names[0]->pos);
          DeclInfo* di = arena_->New<DeclInfo>();
          di->file_scope = fs;
          di->decl = d;
          o->decl = di;
          d->objs.push_back(o);
          if (d->recv) {
            // Method: associate with the receiver base type name.
            Expr* t = d->recv->type;
            while (t && (t->kind == ExprKind::Paren || (t->kind == ExprKind::Unary && t->op == Op::Mul)))
              t = t->x;
            if (t && t->kind == ExprKind::Name) methods_[t->name].push_back(d);
            pkg_objs_.push_back(o);
            break;
          }
          if (o->name == "init" || (o->name == "main" && pkg_->name == "main")) {
            if (!d->type->fields.empty() || !d->type->results.empty())
              Error(o->pos, "func " + o->name + " must have no arguments and no return values");
          }
          if (o->name == "init") {
            if (!d->body) Error(o->pos, "missing function body");
            pkg_objs_.push_back(o);
            break;
          }
          Declare(pkg_->scope, d->names[0], o);
          pkg_objs_.push_back(o);
          break;
        }
      }
    }
  }
  // A package-scope name may not also be a file-scope import name.
  for (File* f : files) {
    for (auto& [name, o] : f->scope->names) {
      if (o->kind != ObjKind::PkgName) continue;
      if (Object* alt = pkg_->scope->Lookup(name)) {
        Error(alt->pos, name + " already declared through import of package " + o->imported->name +
                            " (\"" + o->imported->path + "\")\n\t" + diag_->Format(o->pos) +
                            ": other declaration of " + name);
      }
    }
  }
}

void Checker::ObjDecl(Object* obj) {
  if (obj->color == 2) return;
  if (obj->color == 1) {
    // Cycle through an object being declared.
    if (obj->kind == ObjKind::TypeName) return;  // handled by CheckValidType
    if (obj->kind == ObjKind::Func) return;
    std::string msg;
    if (obj->kind == ObjKind::Const || obj->kind == ObjKind::Var) {
      // A cycle of constants and variables only is reported by the
      // initialization order pass ("initialization loop for x"); the
      // object has no type yet and stays invalid, as in types2.
      if (!obj->type) obj->type = u_->Basic(BasicKind::Invalid);
    }
    return;
  }
  DeclInfo* di = obj->decl;
  if (!di) {
    obj->color = 2;
    return;
  }
  obj->color = 1;
  obj_path_.push_back(obj);
  Scope* saved_scope = scope_;
  Type* saved_sig = sig_;
  int saved_iota = iota_;
  DeclInfo* saved_decl = decl_;
  decl_ = di;
  scope_ = di->file_scope;
  sig_ = nullptr;
  Decl* d = di->decl;
  switch (obj->kind) {
    case ObjKind::Const: {
      Expr* init = di->index < static_cast<int>(d->values.size()) ? d->values[di->index] : nullptr;
      ConstDecl(obj, d->type, init, d->iota);
      if (di->index == static_cast<int>(d->names.size()) - 1) {
        if (d->values.size() > d->names.size()) {
          Error(StartPos(d->values[d->names.size()]), "extra init expr");
        } else if (d->values.size() < d->names.size() && !d->values.empty() &&
                   !d->implicit_values) {
          Error(d->names[d->values.size()]->pos, "missing init expr for const declaration");
        } else if (d->values.size() < d->names.size() && d->implicit_values) {
          Error(d->names[d->values.size()]->pos, "missing init expr for const declaration");
        }
      }
      break;
    }
    case ObjKind::Var:
      if (!di->lhs.empty()) {
        for (Object* o : di->lhs) o->color = 1;
        VarDecl(obj, di->lhs, d->type, d->values[0]);
        for (Object* o : di->lhs) {
          o->color = 2;
          o->decl->deps = di->deps;  // one declaration: shared dependencies
          o->decl->dep_set = di->dep_set;
        }
      } else {
        Expr* init = di->index < static_cast<int>(d->values.size()) ? d->values[di->index] : nullptr;
        VarDecl(obj, {obj}, d->type, init);
        if (di->index == static_cast<int>(d->names.size()) - 1 && !d->values.empty() &&
            d->values.size() != d->names.size() && !(d->values.size() == 1)) {
          std::vector<Expr*> rhs = d->values;
          AssignError(rhs, static_cast<int>(d->names.size()), static_cast<int>(d->values.size()));
        }
      }
      break;
    case ObjKind::TypeName:
      TypeDecl(obj, d);
      break;
    case ObjKind::Func:
      FuncDecl(obj, d);
      break;
    default:
      break;
  }
  obj_path_.pop_back();
  if (obj_path_.empty()) ResolvePendingUnderlying();
  decl_ = saved_decl;
  scope_ = saved_scope;
  sig_ = saved_sig;
  iota_ = saved_iota;
  obj->color = 2;
}

void Checker::ConstDecl(Object* obj, Expr* typ, Expr* init, int iota) {
  int saved = iota_;
  iota_ = iota;
  Type* t = nullptr;
  if (typ) {
    t = TypExpr(typ);
    if (!IsInvalid(t) && !IsConstType(t)) {
      Error(StartPos(typ), "invalid constant type " + TS(t));
      obj->type = u_->Basic(BasicKind::Invalid);
      iota_ = saved;
      return;
    }
  }
  if (!init) {
    obj->type = t ? t : u_->Basic(BasicKind::Invalid);
    obj->val = Value();
    iota_ = saved;
    return;
  }
  in_const_ = true;
  ExprValue(init);
  in_const_ = false;
  if (init->mode != Mode::Invalid && init->mode != Mode::Constant) {
    Error(StartPos(init), OperandString(init) + " is not constant");
    init->mode = Mode::Invalid;
  }
  if (init->mode != Mode::Invalid && t && !IsInvalid(t)) Assignment(init, t, "constant declaration");
  if (init->mode == Mode::Invalid) {
    obj->type = u_->Basic(BasicKind::Invalid);
  } else {
    obj->type = init->type;
    obj->val = init->val;
  }
  iota_ = saved;
}

void Checker::VarDecl(Object* obj, const std::vector<Object*>& lhs, Expr* typ, Expr* init) {
  Type* t = typ ? TypExpr(typ) : nullptr;
  if (t) {
    for (Object* o : lhs) o->type = t;
  }
  if (!init) {
    if (!t) obj->type = u_->Basic(BasicKind::Invalid);
    return;
  }
  if (lhs.size() == 1) {
    ExprValue(init, t);
    Assignment(init, t, "variable declaration");
    if (!t) obj->type = init->mode == Mode::Invalid ? u_->Basic(BasicKind::Invalid) : init->type;
    return;
  }
  InitVars(lhs, {init}, obj->pos, "variable declaration", false);
}

void Checker::TypeDecl(Object* obj, Decl* d) {
  if (d->alias) {
    obj->is_alias = true;
    obj->type = u_->Basic(BasicKind::Invalid);
    obj->type = TypExpr(d->type);
    return;
  }
  Type* named = NewType(TypeKind::Named);
  named->obj = obj;
  obj->type = named;
  Type* rhs = DefinedType(d->type, named);
  Type* under = Under(rhs);
  if (!under) {
    // The underlying type is still being computed (type T2 T1 while T1's
    // struct refers to *T2): resolved when the outermost declaration is
    // done (ResolvePendingUnderlying); still none then is a cycle.
    pending_under_.push_back({named, rhs});
    CollectMethods(obj);
    return;
  }
  named->underlying = under;
  CheckValidType(obj);
  CollectMethods(obj);
}

void Checker::ResolvePendingUnderlying() {
  // Later entries may depend on earlier ones: repeat while progress.
  for (bool progress = true; progress && !pending_under_.empty();) {
    progress = false;
    for (size_t i = 0; i < pending_under_.size(); i++) {
      auto [named, rhs] = pending_under_[i];
      if (Type* under = Under(rhs)) {
        named->underlying = under;
        pending_under_.erase(pending_under_.begin() + static_cast<long>(i));
        CheckValidType(named->obj);
        progress = true;
        break;
      }
    }
  }
  // What is left is a cycle of type names (type A B; type B A), reported
  // once per cycle from its first declaration in the source.
  std::map<Type*, Type*> next;
  for (auto& [named, rhs] : pending_under_) next[named] = rhs;
  std::set<Type*> done;
  for (auto& [named, rhs] : pending_under_) {
    if (done.count(named)) continue;
    std::vector<Type*> cycle;
    std::set<Type*> on_path;
    Type* t = named;
    while (t && t->kind == TypeKind::Named && next.count(t) && !on_path.count(t) && !done.count(t)) {
      on_path.insert(t);
      cycle.push_back(t);
      t = next[t];
    }
    for (Type* c : cycle) {
      done.insert(c);
      c->underlying = u_->Basic(BasicKind::Invalid);
    }
    if (!t || !on_path.count(t)) continue;
    cycle.erase(cycle.begin(), std::find(cycle.begin(), cycle.end(), t));
    size_t first = 0;
    for (size_t i = 1; i < cycle.size(); i++)
      if (cycle[i]->obj->pos.Before(cycle[first]->obj->pos)) first = i;
    std::rotate(cycle.begin(), cycle.begin() + static_cast<long>(first), cycle.end());
    Object* o = cycle[0]->obj;
    std::string msg = "invalid recursive type " + o->name;
    for (Type* c : cycle) msg += "\n\t" + diag_->Format(c->obj->pos) + ": " + c->obj->name + " refers to";
    msg += "\n\t" + diag_->Format(o->pos) + ": " + o->name;
    Error(o->pos, msg);
  }
  pending_under_.clear();
}

// Reports "invalid recursive type" when a type contains itself by value.
void Checker::CheckValidType(Object* obj) {
  Type* self = obj->type;
  std::vector<Type*> path;
  std::set<Type*> seen;
  std::function<bool(Type*)> walk = [&](Type* t) -> bool {
    if (!t) return false;
    switch (t->kind) {
      case TypeKind::Named:
        if (t == self && !path.empty()) return true;
        if (seen.count(t)) return false;
        seen.insert(t);
        path.push_back(t);
        if (walk(t->underlying)) return true;
        path.pop_back();
        return false;
      case TypeKind::Array:
        return walk(t->elem);
      case TypeKind::Struct:
        for (Object* f : t->fields)
          if (walk(f->type)) return true;
        return false;
      default:
        return false;
    }
  };
  path.push_back(self);
  seen.insert(self);
  if (walk(self->underlying)) {
    std::string msg = "invalid recursive type " + obj->name;
    {
      msg = "invalid recursive type " + obj->name;
      for (size_t i = 0; i < path.size(); i++)
        msg += "\n\t" + diag_->Format(path[i]->obj->pos) + ": " + path[i]->obj->name + " refers to";
      msg += "\n\t" + diag_->Format(obj->pos) + ": " + obj->name;
    }
    Error(obj->pos, msg);
    self->underlying = u_->Basic(BasicKind::Invalid);
  }
}

void Checker::CollectMethods(Object* type_obj) {
  auto it = methods_.find(type_obj->name);
  if (it == methods_.end() || type_obj->parent != pkg_->scope) return;
  Type* named = type_obj->type;
  for (Decl* d : it->second) {
    Object* m = d->objs[0];
    if (m->name == "_") continue;
    // Duplicate methods and field/method name clashes.
    bool dup = false;
    for (Object* o : named->named_methods) {
      if (o->name == m->name) {
        Error(m->pos, type_obj->name + "." + m->name + " redeclared in this block\n\t" +
                          diag_->Format(o->pos) + ": other declaration of " + m->name);
        dup = true;
      }
    }
    if (dup) continue;
    Type* u = Under(named);
    if (u && u->kind == TypeKind::Struct) {
      for (Object* f : u->fields)
        if (f->name == m->name) {
          Error(m->pos, "field and method with the same name " + m->name + "\n\t" +
                            diag_->Format(f->pos) + ": other declaration of " + m->name);
          dup = true;
        }
    }
    if (dup) continue;
    named->named_methods.push_back(m);
  }
}

void Checker::FuncDecl(Object* obj, Decl* d) {
  Scope* fscope = arena_->New<Scope>();
  fscope->parent = scope_;
  fscope->is_func = true;
  Type* sig = FuncSig(d->type, d->recv, fscope);
  obj->type = sig;
  if (d->recv) {
    // Validate the receiver base type.
    Object* r = sig->recv;
    Type* rt = r ? r->type : nullptr;
    Type* base = rt && rt->kind == TypeKind::Pointer ? rt->elem : rt;
    if (base && !IsInvalid(base)) {
      if (base->kind != TypeKind::Named || base->obj->pkg != pkg_) {
        Error(StartPos(d->recv->type), "cannot define new methods on non-local type " + TS(base));
      } else if (IsPointer(base) || IsInterface(base)) {
        Error(StartPos(d->recv->type), "invalid receiver type " + TS(rt) +
                                           (IsPointer(base) ? " (pointer or interface type)" : " (pointer or interface type)"));
      }
    }
  }
  if (!d->body) return;
  bodies_.push_back({obj, d, sig, fscope});
}

// ----------------------------------------------------------------------------
// Type expressions

Type* Checker::TypExpr(Expr* e) { return DefinedType(e, nullptr); }

int64_t Checker::ArrayLength(Expr* e) {
  ExprValue(e);
  if (e->mode == Mode::Invalid) return -1;
  if (e->mode != Mode::Constant) {
    if (e->mode != Mode::TypeExpr)
      Error(StartPos(e), "array length " + ExprString(e) + " (" +
                             (e->mode == Mode::Variable ? "variable" : "value") + " of type " +
                             TS(e->type) + ") must be constant");
    else
      Error(StartPos(e), "invalid array length " + ExprString(e));
    return -1;
  }
  if (IsUntyped(e->type) || IsInteger(e->type)) {
    Value v = e->val.ToInt();
    if (v.kind() == Value::Int) {
      bool ok;
      int64_t n = v.Int64Val(&ok);
      if (ok && n >= 0) return n;
    }
  }
  if (IsInteger(e->type) || (IsUntyped(e->type) && e->val.ToInt().kind() == Value::Int))
    Error(StartPos(e), "invalid array length " + ExprString(e));
  else
    Error(StartPos(e), "array length " + OperandString(e) + " must be integer");
  return -1;
}

Type* Checker::DefinedType(Expr* e, Type* def) {
  if (++expr_depth_ > 2000) {
    --expr_depth_;
    return u_->Basic(BasicKind::Invalid);
  }
  struct G { int* d; ~G() { --*d; } } g{&expr_depth_};
  Type* t = nullptr;
  switch (e->kind) {
    case ExprKind::Name: case ExprKind::Selector:
      ExprOrType(e);
      if (e->mode == Mode::TypeExpr) {
        t = e->type;
      } else if (e->mode != Mode::Invalid) {
        Error(StartPos(e), OperandString(e) + " is not a type");
      }
      break;
    case ExprKind::Paren:
      t = DefinedType(e->x, def);
      break;
    case ExprKind::Unary:
      if (e->op == Op::Mul) {
        t = NewType(TypeKind::Pointer);
        e->type = t;
        t->elem = TypExpr(e->x);
        break;
      }
      Error(StartPos(e), ExprString(e) + " is not a type");
      break;
    case ExprKind::ArrayType: {
      if (!e->y) {
        Error(e->pos, "invalid use of [...] array (outside a composite literal)");
        TypExpr(e->x);
        break;
      }
      t = NewType(TypeKind::Array);
      e->type = t;
      t->len = ArrayLength(e->y);
      t->elem = TypExpr(e->x);
      if (t->len < 0) t = nullptr;
      break;
    }
    case ExprKind::SliceType:
      t = NewType(TypeKind::Slice);
      e->type = t;
      t->elem = TypExpr(e->x);
      break;
    case ExprKind::DotsType:
      Error(e->pos, "invalid use of ...");
      TypExpr(e->x);
      break;
    case ExprKind::StructType:
      t = StructType(e);
      break;
    case ExprKind::FuncType: {
      Scope* s = arena_->New<Scope>();
      s->parent = scope_;
      t = FuncSig(e, nullptr, s);
      break;
    }
    case ExprKind::InterfaceType:
      t = InterfaceType(e, def);
      break;
    case ExprKind::MapType: {
      t = NewType(TypeKind::Map);
      e->type = t;
      t->key = TypExpr(e->y);
      t->elem = TypExpr(e->x);
      Type* k = t->key;
      if (!IsInvalid(k) && Under(k) && !Comparable(k)) {
        Error(StartPos(e->y), "invalid map key type " + TS(k));
      }
      break;
    }
    case ExprKind::ChanType:
      t = NewType(TypeKind::Chan);
      e->type = t;
      t->dir = e->dir;
      t->elem = TypExpr(e->x);
      break;
    case ExprKind::Bad:
      break;
    default:
      ExprOrType(e);
      if (e->mode == Mode::TypeExpr) {
        t = e->type;
      } else if (e->mode != Mode::Invalid) {
        Error(StartPos(e), ExprString(e) + " is not a type");
      }
      break;
  }
  if (!t) t = u_->Basic(BasicKind::Invalid);
  e->type = t;
  if (e->mode != Mode::Invalid || t->kind != TypeKind::Basic || t->basic != BasicKind::Invalid)
    e->mode = Mode::TypeExpr;
  return t;
}

Type* Checker::StructType(Expr* e) {
  Type* t = NewType(TypeKind::Struct);
  e->type = t;
  std::map<std::string, Object*> seen;
  for (Field* f : e->fields) {
    Type* ft = TypExpr(f->type);
    std::string name;
    Pos pos = f->pos;
    bool embedded = !f->name;
    if (f->name) {
      name = f->name->name;
      pos = f->name->pos;
    } else {
      // Embedded field: the name is the type name.
      Expr* x = f->type;
      if (x->kind == ExprKind::Unary && x->op == Op::Mul) x = x->x;
      if (x->kind == ExprKind::Selector) name = x->name;
      else if (x->kind == ExprKind::Name) name = x->name;
      pos = StartPos(f->type);
      Type* base = ft && ft->kind == TypeKind::Pointer ? ft->elem : ft;
      if (!IsInvalid(ft)) {
        if (ft->kind == TypeKind::Pointer && IsPointer(base)) {
          Error(pos, "embedded field type cannot be a pointer");
        } else if (ft->kind == TypeKind::Pointer && IsInterface(base)) {
          Error(pos, "embedded field type cannot be a pointer to an interface");
        } else if (IsBasic(base, BasicKind::UnsafePointer)) {
          Error(pos, "embedded field type cannot be unsafe.Pointer");
        }
      }
    }
    Object* fo = NewObj(ObjKind::Var, name, pos, ft);
    fo->is_field = true;
    fo->embedded = embedded;
    if (name != "_") {
      auto it = seen.find(name);
      if (it != seen.end()) {
        Error(pos, name + " redeclared\n\t" + diag_->Format(it->second->pos) +
                       ": other declaration of " + name);
      } else {
        seen[name] = fo;
      }
    }
    t->fields.push_back(fo);
    t->tags.push_back(f->tag);
  }
  return t;
}

Type* Checker::InterfaceType(Expr* e, Type* def) {
  Type* t = NewType(TypeKind::Interface);
  e->type = t;
  (void)def;
  for (Field* f : e->fields) {
    if (f->name) {
      Scope* s = arena_->New<Scope>();
      s->parent = scope_;
      Object* m = NewObj(ObjKind::Func, f->name->name, f->name->pos);
      t->methods.push_back(m);
      // The receiver is the interface itself.
      Type* sig = FuncSig(f->type, nullptr, s);
      m->type = sig;
      if (m->name == "_") Error(m->pos, "methods must have a unique non-blank name");
    } else {
      Type* et = TypExpr(f->type);
      if (IsInvalid(et)) continue;
      if (Under(et) && !IsInterface(et)) {
        Error(StartPos(f->type), "cannot use " + ExprString(f->type) +
                                     " as interface: type parameters are not supported");
        continue;
      }
      t->embeddeds.push_back(et);
    }
  }
  if (!def) CompleteInterface(t);
  else t->complete = false;
  return t;
}

void Checker::CompleteInterface(Type* t, int depth) {
  if (!t || t->complete || depth > 50) return;
  t->complete = true;
  std::map<std::string, Object*> all;
  for (Object* m : t->methods) {
    if (all.count(m->name)) {
      Error(m->pos, "duplicate method " + m->name);
      continue;
    }
    all[m->name] = m;
  }
  for (Type* e : t->embeddeds) {
    Type* u = Under(e);
    if (!u || u->kind != TypeKind::Interface) continue;
    if (u == t) continue;
    CompleteInterface(u, depth + 1);
    for (Object* m : u->all_methods) {
      auto it = all.find(m->name);
      if (it != all.end()) {
        if (!Identical(it->second->type, m->type))
          Error(StartPos(e->obj ? e->obj->decl_expr ? e->obj->decl_expr : nullptr : nullptr) , "duplicate method " + m->name);
        continue;
      }
      all[m->name] = m;
    }
  }
  t->all_methods.clear();
  for (auto& [n, m] : all) t->all_methods.push_back(m);
}

Type* Checker::FuncSig(Expr* ft, Field* recv, Scope* scope) {
  Type* sig = NewType(TypeKind::Func);
  ft->type = sig;
  Scope* saved = scope_;
  auto collect = [&](const std::vector<Field*>& fields, bool params) {
    std::vector<Object*> vars;
    for (size_t i = 0; i < fields.size(); i++) {
      Field* f = fields[i];
      Expr* te = f->type;
      Type* t;
      if (te->kind == ExprKind::DotsType) {
        if (!params || i + 1 != fields.size()) {
          Error(te->pos, params ? "can only use ... with final parameter in list"
                                : "can only use ... with final parameter in list");
          t = TypExpr(te->x);
        } else {
          sig->variadic = true;
          Type* s = NewType(TypeKind::Slice);
          s->elem = TypExpr(te->x);
          t = s;
          te->type = s;
          te->mode = Mode::TypeExpr;
        }
      } else {
        t = TypExpr(te);
      }
      Object* v = NewObj(ObjKind::Var, f->name ? f->name->name : "", f->name ? f->name->pos : f->pos, t);
      v->is_param = true;
      v->used = true;
      vars.push_back(v);
    }
    return vars;
  };
  std::vector<Object*> rv;
  if (recv) {
    std::vector<Field*> rf{recv};
    rv = collect(rf, true);
    sig->recv = rv[0];
  }
  std::vector<Object*> ps = collect(ft->fields, true);
  std::vector<Object*> rs = collect(ft->results, false);
  scope_ = saved;
  sig->params = NewTuple(ps);
  sig->results = NewTuple(rs);
  // Declare parameters in the function scope.
  auto declare = [&](const std::vector<Object*>& vars, const std::vector<Field*>& fields) {
    for (size_t i = 0; i < vars.size(); i++) {
      if (vars[i]->name.empty() || vars[i]->name == "_") continue;
      Declare(scope, fields[i]->name, vars[i]);
    }
  };
  if (recv) declare(rv, {recv});
  declare(ps, ft->fields);
  declare(rs, ft->results);
  return sig;
}

// ----------------------------------------------------------------------------
// Field and method lookup

bool Checker::SameName(const Object* o, const std::string& name, const Package* pkg) const {
  if (o->name != name) return false;
  if (!pkg) pkg = pkg_;
  return !o->pkg || o->pkg == pkg || o->exported();
}

Object* Checker::LookupFieldOrMethod(Type* t0, bool addressable, const std::string& name,
                                     std::vector<int>* path, bool* indirect, bool* ambiguous,
                                     Package* pkg) {
  (void)addressable;
  *ambiguous = false;
  *indirect = false;
  if (name == "_") return nullptr;
  Type* t = t0;
  bool is_ptr = false;
  // A defined pointer type (type P *S): the fields of S, not its methods.
  if (t && t->kind == TypeKind::Named && Under(t) && Under(t)->kind == TypeKind::Pointer) {
    Object* f = LookupFieldOrMethod(Under(t), addressable, name, path, indirect, ambiguous, pkg);
    if (f && f->kind == ObjKind::Func) return nullptr;
    return f;
  }
  if (t && t->kind == TypeKind::Pointer) {
    // *T: methods of T and fields of T's struct.
    Type* base = t->elem;
    if (base && base->kind == TypeKind::Named && Under(base) && Under(base)->kind != TypeKind::Interface) {
      t = base;
      is_ptr = true;
    } else if (base && Under(base) && Under(base)->kind == TypeKind::Struct) {
      t = base;
      is_ptr = true;
    }
  }
  struct Entry {
    Type* type;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<Entry> current{{t, {}, is_ptr}};
  std::set<Type*> seen;
  for (int depth = 0; !current.empty() && depth < 32; depth++) {
    Object* found = nullptr;
    std::vector<int> found_path;
    bool found_indirect = false;
    int count = 0;
    std::vector<Entry> next;
    for (Entry& e : current) {
      Type* typ = e.type;
      if (typ->kind == TypeKind::Named) {
        if (seen.count(typ)) continue;
        seen.insert(typ);
        for (Object* m : typ->named_methods) {
          if (SameName(m, name, pkg)) {
            ObjDecl(m);
            count++;
            found = m;
            found_path = e.path;
            found_indirect = e.indirect;
          }
        }
        typ = Under(typ);
        if (!typ) continue;
      }
      if (typ->kind == TypeKind::Struct) {
        for (size_t i = 0; i < typ->fields.size(); i++) {
          Object* f = typ->fields[i];
          if (SameName(f, name, pkg)) {
            count++;
            found = f;
            found_path = e.path;
            found_path.push_back(static_cast<int>(i));
            found_indirect = e.indirect;
          }
          if (f->embedded && f->type) {
            Type* ft = f->type;
            bool ind = e.indirect;
            if (ft->kind == TypeKind::Pointer) {
              ft = ft->elem;
              ind = true;
            }
            std::vector<int> p = e.path;
            p.push_back(static_cast<int>(i));
            if (ft) next.push_back({ft, p, ind});
          }
        }
      } else if (typ->kind == TypeKind::Interface) {
        CompleteInterface(typ);
        for (Object* m : typ->all_methods) {
          if (SameName(m, name, pkg)) {
            count++;
            found = m;
            found_path = e.path;
            found_indirect = e.indirect;
          }
        }
      }
    }
    if (count > 1) {
      *ambiguous = true;
      return nullptr;
    }
    if (found) {
      *path = found_path;
      *indirect = found_indirect;
      return found;
    }
    current = std::move(next);
  }
  return nullptr;
}

// Pointer receiver?
static bool PtrRecv(Object* m) {
  return m->type && m->type->recv && m->type->recv->type &&
         m->type->recv->type->kind == TypeKind::Pointer;
}

Object* Checker::MissingMethod(Type* t, Type* iface, bool static_check, bool* wrong_type,
                               bool* ptr_recv, Object** have) {
  (void)static_check;
  *wrong_type = false;
  *ptr_recv = false;
  Type* it = Under(iface);
  CompleteInterface(it);
  bool t_is_iface = IsInterface(t);
  for (Object* m : it->all_methods) {
    std::vector<int> path;
    bool indirect, amb;
    Object* f;
    if (t_is_iface) {
      Type* tu = Under(t);
      CompleteInterface(tu);
      f = nullptr;
      for (Object* mm : tu->all_methods)
        if (SameName(mm, m->name, m->pkg)) f = mm;
      if (!f) return m;
      if (!Identical(f->type, m->type)) {
        *wrong_type = true;
        *have = f;
        return m;
      }
      continue;
    }
    f = LookupFieldOrMethod(t, false, m->name, &path, &indirect, &amb, m->pkg);
    if (!f || f->kind != ObjKind::Func) {
      if (!f) {
        // Maybe a method with different case exists.
      }
      return m;
    }
    if (!Identical(f->type, m->type)) {
      // Compare signatures without receiver.
      Type a = *f->type;
      a.recv = nullptr;
      if (!Identical(&a, m->type)) {
        *wrong_type = true;
        *have = f;
        return m;
      }
    }
    // Method with pointer receiver not in the method set of a value type.
    if (PtrRecv(f) && !indirect && !(t->kind == TypeKind::Pointer)) {
      *ptr_recv = true;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::ImplementsCause(Type* t, Type* iface) {
  bool wrong, ptr;
  Object* have = nullptr;
  Object* m = MissingMethod(t, iface, true, &wrong, &ptr, &have);
  if (!m) return "";
  std::string ts = TS(t), is = TS(iface);
  if (ptr) return ts + " does not implement " + is + " (method " + m->name + " has pointer receiver)";
  if (wrong) {
    auto sig = [&](Object* o) {
      Type a = *o->type;
      a.recv = nullptr;
      std::string s = TypeString(&a, pkg_);
      return o->name + s.substr(4);
    };
    return ts + " does not implement " + is + " (wrong type for method " + m->name + ")\n\t\thave " +
           sig(have) + "\n\t\twant " + sig(m);
  }
  // A method with a different-case name?
  std::vector<int> path;
  bool ind, amb;
  Type* base = t->kind == TypeKind::Pointer ? t->elem : t;
  (void)base;
  for (char& c : std::string(m->name)) (void)c;
  std::string lower = m->name;
  if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
  std::string upper = m->name;
  if (!upper.empty()) upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
  std::string other = m->name == lower ? upper : lower;
  if (Object* f = LookupFieldOrMethod(t, false, other, &path, &ind, &amb)) {
    if (f->kind == ObjKind::Func)
      return ts + " does not implement " + is + " (missing " + m->name + " method)\n\t\thave " +
             other + TypeString(f->type, pkg_).substr(4) + "\n\t\twant " + m->name +
             TypeString(m->type, pkg_).substr(4);
  }
  return ts + " does not implement " + is + " (missing " + m->name + " method)";
}

}  // namespace gocc::compile
