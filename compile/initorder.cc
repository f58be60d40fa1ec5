// Type checker, last step: package initialization order (Go spec, "Package
// initialization"). While checking, every package-level const, var and
// func records the package-level consts, vars, funcs and methods its
// declaration or body refers to (DeclInfo::deps). Here the graph is reduced
// to consts and vars (a function's dependencies pass to its users), and the
// variables are ordered: repeatedly the earliest-declared one that is ready.
// A variable or constant that depends on itself is gc's
// "initialization loop for x" error with the path of references.
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "compile/check.h"

namespace gocc::compile {
namespace {

struct Node {
  Object* obj;
  int order;  // declaration order
  std::set<Node*> succ;  // nodes this one depends on
  std::set<Node*> pred;  // nodes depending on this one
  int ndeps = 0;
};

}  // namespace

void Checker::AddDep(Object* obj) {
  if (!decl_ || !obj->decl) return;
  if (obj->kind != ObjKind::Const && obj->kind != ObjKind::Var && obj->kind != ObjKind::Func) return;
  if (decl_->dep_set.insert(obj).second) decl_->deps.push_back(obj);
}

// The path of dependencies from `from` to `to`, last step first (as the
// report prints it), or empty.
static bool FindPath(Object* from, Object* to, std::set<Object*>* seen, std::vector<Object*>* path) {
  if (!seen->insert(from).second || !from->decl) return false;
  for (Object* d : from->decl->deps) {
    if (d == to) {
      path->push_back(d);
      return true;
    }
    if (FindPath(d, to, seen, path)) {
      path->push_back(d);
      return true;
    }
  }
  return false;
}

void Checker::ReportInitCycle(const std::vector<Object*>& cycle) {
  Object* obj = cycle[0];
  std::string msg = "initialization loop for " + obj->name;
  for (size_t i = cycle.size(); i-- > 0;) {
    msg += "\n\t" + diag_->Format(obj->pos) + ": " + obj->name + " refers to";
    obj = cycle[i];
  }
  msg += "\n\t" + diag_->Format(obj->pos) + ": " + obj->name;
  Error(cycle[0]->pos, msg);
}

void Checker::InitOrderPass() {
  // The dependency graph of every package-level const, var and func.
  std::vector<std::unique_ptr<Node>> nodes;
  std::map<Object*, Node*> index;
  for (Object* o : pkg_objs_) {
    if (!o->decl || index.count(o)) continue;
    if (o->kind != ObjKind::Const && o->kind != ObjKind::Var && o->kind != ObjKind::Func) continue;
    nodes.push_back(std::make_unique<Node>(Node{o, static_cast<int>(nodes.size()), {}, {}, 0}));
    index[o] = nodes.back().get();
  }
  for (auto& n : nodes) {
    for (Object* d : n->obj->decl->deps) {
      auto it = index.find(d);
      if (it == index.end()) continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n.get());
    }
  }
  // Remove function nodes, cheapest first: their users depend on what they
  // depend on.
  std::vector<Node*> fnodes;
  for (auto& n : nodes)
    if (n->obj->kind == ObjKind::Func) fnodes.push_back(n.get());
  std::stable_sort(fnodes.begin(), fnodes.end(), [](Node* a, Node* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (Node* n : fnodes) {
    for (Node* p : n->pred) {
      if (p == n) continue;
      for (Node* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (Node* s : n->succ) s->pred.erase(n);
    n->pred.clear();
    n->succ.clear();
  }
  // Ready queue ordered by (number of dependencies, declaration order).
  std::set<std::pair<int, int>> queue;
  std::vector<Node*> by_order;
  for (auto& n : nodes) {
    by_order.push_back(n.get());
    if (n->obj->kind == ObjKind::Func) continue;
    n->ndeps = static_cast<int>(n->succ.size());
    queue.insert({n->ndeps, n->order});
  }
  std::set<DeclInfo*> emitted;
  init_order_.clear();
  var_inits_.clear();
  while (!queue.empty()) {
    Node* n = by_order[queue.begin()->second];
    queue.erase(queue.begin());
    if (n->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> path;
      // path = [obj, last step, ..., first step].
      if (FindPath(n->obj, n->obj, &seen, &path)) ReportInitCycle(path);
    }
    for (Node* p : n->pred) {
      if (p->obj->kind == ObjKind::Func || !queue.count({p->ndeps, p->order})) continue;
      queue.erase({p->ndeps, p->order});
      p->ndeps--;
      queue.insert({p->ndeps, p->order});
    }
    Object* v = n->obj;
    if (v->kind != ObjKind::Var) continue;
    DeclInfo* di = v->decl;
    Decl* d = di->decl;
    Expr* init = nullptr;
    if (!di->lhs.empty()) init = d->values.empty() ? nullptr : d->values[0];
    else if (di->index < static_cast<int>(d->values.size())) init = d->values[di->index];
    if (!init) continue;
    DeclInfo* key = di->lhs.empty() ? di : di->lhs[0]->decl;
    if (!emitted.insert(key).second) continue;
    Initializer in;
    in.lhs = di->lhs.empty() ? std::vector<Object*>{v} : di->lhs;
    in.rhs = init;
    for (Object* o : in.lhs) init_order_.push_back(o);
    var_inits_.push_back(std::move(in));
  }
}

}  // namespace gocc::compile
