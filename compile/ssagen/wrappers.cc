// Functions the type descriptors need that no source declares (builder.h):
// the (*T).m wrapper that lets an itab call a value method with the
// interface's data word (a *T), promoted-method wrappers, the I.m function
// of an interface method expression, and type..eq.T, the equality function
// of a struct or array type that is not plain memory. The method wrappers
// are WRAPPER functions, as gc's: recover() sees through them and
// tracebacks hide them unless they panicked themselves (panicwrap, a
// fault); type..eq functions are ordinary frames, as gc's. Generate builds them
// after the package's own functions (they are DUPOK: every package that
// emits the descriptor emits them too).
#include "absl/strings/str_cat.h"
#include "compile/ssagen/builder.h"

namespace gocc::ssagen {

using compile::Type;
using ssa::Op;
namespace st = ssa::types;

void FuncBuilder::BeginSynthetic(int64_t argsize) {
  f_->argsize = argsize;
  Block* entry = NewBlock();
  Seal(entry);
  b_ = entry;
  var_types_[&mem_key_] = &st::kMem;
  init_mem_ = entry->NewValue(Op::kInitMem, &st::kMem);
  SetMem(init_mem_);
}

Slot FuncBuilder::ParamSlot(Type* t, int64_t off, size_t i) {
  std::string name = absl::StrCat("a", i);
  Value* v = IsSSAType(t) ? f_->entry->NewValue(Op::kArg, SSAType(t), {}, off, name)
                          : f_->entry->NewValue(Op::kParamAddr, &st::kPtr, {}, off, name);
  return {v, t};
}

void FuncBuilder::BuildPtrWrapper(Object* m) {
  Type* sig = m->type;
  Type* recv = sig->recv->type;
  std::vector<Type*> params{PointerTo(recv)}, results;
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o->type);
  if (sig->results)
    for (Object* o : sig->results->fields) results.push_back(o->type);
  FrameLayout l = LayoutTypes(params, results);
  BeginSynthetic(l.size);
  f_->wrapper = true;
  Value* p = b_->NewValue(Op::kArg, &st::kPtr, {}, 0, "recv");
  // The other arguments, read in the entry block (Args live only there).
  std::vector<Slot> rest;
  for (size_t i = 1; i < params.size(); i++) rest.push_back(ParamSlot(params[i], l.params[i], i));
  // A nil pointer: runtime.panicwrap's "value method main.T.m called
  // using nil *T pointer", as gc.
  Block* bad = NewBlock();
  Block* ok = NewBlock();
  If(b_->NewValue(Op::kEq64, &st::kBool, {p, f_->entry->NewValue(Op::kConstNil, &st::kPtr)}), bad,
     ok);
  Seal(bad);
  Seal(ok);
  b_ = bad;
  CallABI0("runtime.panicwrap", {}, {}, true);
  b_ = ok;
  std::vector<Slot> args{{Load(recv, p), recv}};
  args.insert(args.end(), rest.begin(), rest.end());
  std::vector<Value*> rs = CallABI0(ps_->SymName(m), args, results);
  for (size_t i = 0; i < rs.size(); i++) {
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[i], absl::StrCat("r", i));
    Store(results[i], slot, rs[i]);
  }
  EmitReturn();
  SealAll();
}

void FuncBuilder::BuildPromotedWrapper(const PromotedMethod& pm) {
  Type* sig = pm.method->type;
  Type* recv = sig->recv->type;
  FrameLayout l = LayoutSignature(sig);
  BeginSynthetic(l.size);
  f_->wrapper = true;
  Value* base = IsPtrType(recv) ? b_->NewValue(Op::kArg, &st::kPtr, {}, 0, "recv")
                                : b_->NewValue(Op::kParamAddr, &st::kPtr, {}, 0, "recv");
  Type* ft;
  Value* fa = FieldPath(base, recv, pm.path, &ft);
  std::vector<Type*> params, results;
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o->type);
  if (sig->results)
    for (Object* o : sig->results->fields) results.push_back(o->type);
  std::vector<Slot> args;
  Value* code = nullptr;
  if (!pm.target->type->recv) {
    // A method of an embedded interface: call through its itab.
    Value* iv = IsPtrType(ft) ? NilCheck(Load(ft, fa)) : fa;
    Type* it = IsPtrType(ft) ? compile::Under(ft)->elem : ft;
    code = ItabMethod(Load(UPtr(), iv), it, pm.target);
    args.push_back({Load(UPtr(), OffPtr(iv, 8)), UPtr()});
  } else {
    Type* rt = pm.target->type->recv->type;
    Value* r;
    if (IsPtrType(rt)) r = IsPtrType(ft) ? Load(ft, fa) : fa;
    else if (IsPtrType(ft)) r = Load(rt, NilCheck(Load(ft, fa)));
    else r = Load(rt, fa);
    args.push_back({r, rt});
  }
  for (size_t i = 0; i < params.size(); i++)
    args.push_back(ParamSlot(params[i], l.params[i + 1], i + 1));
  std::vector<Value*> rs = code ? CallIndirect(code, args, results)
                                : CallABI0(ps_->SymName(pm.target), args, results);
  for (size_t i = 0; i < rs.size(); i++) {
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[i], absl::StrCat("r", i));
    Store(results[i], slot, rs[i]);
  }
  EmitReturn();
  SealAll();
}

void FuncBuilder::BuildIfaceMethodExpr(Type* iface, Object* m) {
  f_->wrapper = true;
  Type* sig = m->type;
  std::vector<Type*> params{iface}, results;
  if (sig->params)
    for (Object* o : sig->params->fields) params.push_back(o->type);
  if (sig->results)
    for (Object* o : sig->results->fields) results.push_back(o->type);
  FrameLayout l = LayoutTypes(params, results);
  BeginSynthetic(l.size);
  Value* iv = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, 0, "recv");
  Value* code = ItabMethod(Load(UPtr(), iv), iface, m);
  std::vector<Slot> args{{Load(UPtr(), OffPtr(iv, 8)), UPtr()}};
  for (size_t i = 1; i < params.size(); i++) args.push_back(ParamSlot(params[i], l.params[i], i));
  std::vector<Value*> rs = CallIndirect(code, args, results);
  for (size_t i = 0; i < rs.size(); i++) {
    Value* slot = b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[i], absl::StrCat("r", i));
    Store(results[i], slot, rs[i]);
  }
  EmitReturn();
  SealAll();
}

void FuncBuilder::BuildEqFunc(Type* t) {
  Type* pt = PointerTo(t);
  Type* b = Bool();
  FrameLayout l = LayoutTypes({pt, pt}, {b});
  BeginSynthetic(l.size);
  Value* p = b_->NewValue(Op::kArg, &st::kPtr, {}, 0, "p");
  Value* q = b_->NewValue(Op::kArg, &st::kPtr, {}, 8, "q");
  Value* eq = EqualMem(t, p, q);
  Store(b, b_->NewValue(Op::kParamAddr, &st::kPtr, {}, l.results[0], "r0"), eq);
  EmitReturn();
  SealAll();
}

}  // namespace gocc::ssagen
