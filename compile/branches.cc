// Branch and label checks (see branches.h).
#include "compile/branches.h"

#include <map>

namespace gocc::compile {
namespace {

struct BlockInfo {
  int parent;
  Pos start;
  const std::vector<Stmt*>* list;
};

struct LabelInfo {
  Stmt* stmt;
  int block;
  int index;
  bool used = false;
};

struct Goto {
  Stmt* stmt;
  std::vector<std::pair<int, int>> chain;  // (block, index) outermost first
};

class Checker {
 public:
  explicit Checker(Diag* d) : diag_(d) {}

  void Run(Stmt* body) {
    StmtList(body->list, body->pos, nullptr, nullptr, nullptr);
    for (Goto& g : gotos_) ResolveGoto(g);
    for (Stmt* b : pending_) {
      auto it = labels_.find(b->label);
      if (it == labels_.end()) {
        diag_->Error(b->label_pos, std::string(b->tok == Tok::Break ? "break" : "continue") +
                                       " label not defined: " + b->label);
      }
    }
    for (auto& [name, l] : labels_)
      if (!l.used)
        diag_->Error(l.stmt->label_pos, "label " + name + " defined and not used");
  }

 private:
  struct Ctx {
    Stmt* brk;       // innermost breakable statement
    Stmt* cont;      // innermost loop
    const Ctx* up;   // enclosing context (for labeled lookup)
    Stmt* labeled;   // the labeled statement owning this construct, if any
  };

  void StmtList(const std::vector<Stmt*>& list, Pos start, const Ctx* ctx,
                CaseClause* clause, Stmt* sw, bool last_clause = false,
                bool type_switch = false) {
    int id = static_cast<int>(blocks_.size());
    blocks_.push_back({cur_block_, start, &list});
    int saved = cur_block_;
    cur_block_ = id;
    for (size_t i = 0; i < list.size(); i++) {
      chain_.push_back({id, static_cast<int>(i)});
      Stmt* s = list[i];
      // Declare labels of this list first so forward references resolve.
      Statement(s, ctx, id, static_cast<int>(i));
      if (s->kind == StmtKind::Branch && s->tok == Tok::Fallthrough) {
        bool last = i + 1 == list.size() ||
                    (i + 2 == list.size() && list[i + 1]->kind == StmtKind::Empty);
        if (!clause || !last) {
          diag_->Error(s->pos, "fallthrough statement out of place");
        } else if (type_switch) {
          diag_->Error(s->pos, "cannot fallthrough in type switch");
        } else if (last_clause) {
          diag_->Error(s->pos, "cannot fallthrough final case in switch");
        } else {
          s->target = sw;
        }
      }
      chain_.pop_back();
    }
    cur_block_ = saved;
  }

  void DeclareLabel(Stmt* s, int block, int index) {
    auto it = labels_.find(s->label);
    if (it != labels_.end()) {
      diag_->Error(s->label_pos, "label " + s->label + " already defined at " +
                                     diag_->Format(it->second.stmt->label_pos));
      return;
    }
    if (s->label == "_") return;
    labels_[s->label] = LabelInfo{s, block, index};
  }

  void Statement(Stmt* s, const Ctx* ctx, int block, int index) {
    Stmt* labeled = nullptr;
    while (s->kind == StmtKind::Labeled) {
      DeclareLabel(s, block, index);
      labeled = s;
      s = s->then;
      if (!s) return;
    }
    switch (s->kind) {
      case StmtKind::Block:
        StmtList(s->list, s->pos, ctx, nullptr, nullptr);
        break;
      case StmtKind::If:
        if (s->then) StmtList(s->then->list, s->then->pos, ctx, nullptr, nullptr);
        if (s->els) {
          if (s->els->kind == StmtKind::If) {
            chain_.push_back({cur_block_, -1});
            Statement(s->els, ctx, block, index);
            chain_.pop_back();
          } else {
            StmtList(s->els->list, s->els->pos, ctx, nullptr, nullptr);
          }
        }
        break;
      case StmtKind::For:
      case StmtKind::Range: {
        Ctx c{s, s, ctx, labeled};
        if (labeled) labeled_targets_[labeled] = s;
        if (s->then) StmtList(s->then->list, s->then->pos, &c, nullptr, nullptr);
        break;
      }
      case StmtKind::Switch:
      case StmtKind::Select: {
        Ctx c{s, ctx ? ctx->cont : nullptr, ctx, labeled};
        if (labeled) labeled_targets_[labeled] = s;
        bool ts = s->kind == StmtKind::Switch && s->x && s->x->kind == ExprKind::TypeAssert &&
                  s->x->y == nullptr;
        for (size_t i = 0; i < s->clauses.size(); i++) {
          CaseClause* cc = s->clauses[i];
          StmtList(cc->body, cc->colon, &c, s->kind == StmtKind::Switch ? cc : nullptr, s,
                   i + 1 == s->clauses.size(), ts);
        }
        break;
      }
      case StmtKind::Branch:
        Branch(s, ctx);
        break;
      default:
        break;
    }
  }

  void Branch(Stmt* s, const Ctx* ctx) {
    switch (s->tok) {
      case Tok::Break:
      case Tok::Continue: {
        bool brk = s->tok == Tok::Break;
        if (s->label.empty()) {
          Stmt* t = ctx ? (brk ? ctx->brk : ctx->cont) : nullptr;
          if (!t) {
            diag_->Error(s->pos, brk ? "break is not in a loop, switch, or select"
                                     : "continue is not in a loop");
          }
          s->target = t;
          return;
        }
        // Labeled: must name an enclosing statement of the right kind.
        for (const Ctx* c = ctx; c; c = c->up) {
          if (c->labeled && c->labeled->label == s->label) {
            Stmt* t = c->brk;
            if (!brk && (t->kind != StmtKind::For && t->kind != StmtKind::Range)) {
              diag_->Error(s->label_pos, "invalid continue label " + s->label);
            }
            s->target = t;
            labels_[s->label].used = true;
            return;
          }
        }
        auto it = labels_.find(s->label);
        if (it != labels_.end()) {
          it->second.used = true;
          diag_->Error(s->label_pos, std::string("invalid ") + (brk ? "break" : "continue") +
                                         " label " + s->label);
          return;
        }
        pending_.push_back(s);
        return;
      }
      case Tok::Goto:
        gotos_.push_back({s, chain_});
        return;
      default:
        return;
    }
  }

  void ResolveGoto(Goto& g) {
    Stmt* s = g.stmt;
    auto it = labels_.find(s->label);
    if (it == labels_.end()) {
      diag_->Error(s->label_pos, "label " + s->label + " not defined");
      return;
    }
    LabelInfo& l = it->second;
    l.used = true;
    s->target = l.stmt;
    // Is the label's block on the goto's chain?
    int b = l.block;
    int below = -1;
    for (;;) {
      for (auto& [blk, idx] : g.chain) {
        if (blk == b) {
          if (below >= 0) {
            diag_->Error(s->label_pos, "goto " + s->label + " jumps into block starting at " +
                                           diag_->Format(blocks_[below].start));
            return;
          }
          // Same block: a forward jump must not skip variable declarations.
          if (l.index > idx) {
            const auto& list = *blocks_[b].list;
            // gc names the last variable declared before the label: at its
            // name (var) or at the := (short variable declaration).
            for (int k = l.index - 1; k > idx; k--) {
              Stmt* d = list[k];
              while (d->kind == StmtKind::Labeled && d->then) d = d->then;
              Pos vp;
              std::string name;
              if (d->kind == StmtKind::Decl) {
                for (Decl* dd : d->decls)
                  if (dd->kind == DeclKind::Var && !dd->names.empty()) {
                    vp = dd->names[0]->pos;
                    name = dd->names[0]->name;
                  }
              } else if (d->kind == StmtKind::Assign && d->op == Op::Def && !d->lhs.empty()) {
                vp = d->pos;
                name = d->lhs.back()->name;
              }
              if (vp.IsKnown()) {
                diag_->Error(s->label_pos, "goto " + s->label + " jumps over declaration of " +
                                               name + " at " + diag_->Format(vp));
                return;
              }
            }
          }
          return;
        }
      }
      if (blocks_[b].parent < 0) break;
      below = b;
      b = blocks_[b].parent;
    }
    if (below >= 0)
      diag_->Error(s->label_pos, "goto " + s->label + " jumps into block starting at " +
                                     diag_->Format(blocks_[below].start));
  }

  Diag* diag_;
  std::vector<BlockInfo> blocks_;
  int cur_block_ = -1;
  std::vector<std::pair<int, int>> chain_;
  std::map<std::string, LabelInfo> labels_;
  std::map<Stmt*, Stmt*> labeled_targets_;
  std::vector<Goto> gotos_;
  std::vector<Stmt*> pending_;
};

}  // namespace

void CheckBranches(Stmt* body, Diag* diag) {
  if (!body) return;
  Checker c(diag);
  c.Run(body);
}

}  // namespace gocc::compile
