// Printing and position helpers for the syntax tree (see ast.h). The printer
// produces the short form gc uses inside diagnostics (composite literal and
// function bodies elided as {…}).
#include "compile/ast.h"

#include "compile/parser.h"

namespace gocc::compile {

Pos StartPos(const Expr* e) {
  for (;;) {
    switch (e->kind) {
      case ExprKind::CompositeLit:
        if (e->x) { e = e->x; continue; }
        return e->pos;
      case ExprKind::KeyValue: case ExprKind::Selector: case ExprKind::Index:
      case ExprKind::Slice: case ExprKind::TypeAssert: case ExprKind::Call:
      case ExprKind::Binary:
        if (e->x) { e = e->x; continue; }
        return e->pos;
      default:
        return e->pos;
    }
  }
}

static void Print(std::string* out, const Expr* e);

static void PrintFields(std::string* out, const std::vector<Field*>& fs, const char* sep) {
  for (size_t i = 0; i < fs.size(); i++) {
    if (i) *out += sep;
    const Field* f = fs[i];
    // Group consecutive names sharing a type: a, b int.
    if (f->name) {
      *out += f->name->name;
      if (i + 1 < fs.size() && fs[i + 1]->type == f->type && fs[i + 1]->name) {
        continue;
      }
      *out += " ";
    }
    Print(out, f->type);
  }
}

static void PrintSig(std::string* out, const Expr* ft) {
  *out += "(";
  PrintFields(out, ft->fields, ", ");
  *out += ")";
  if (ft->results.empty()) return;
  *out += " ";
  if (ft->results.size() == 1 && !ft->results[0]->name) {
    Print(out, ft->results[0]->type);
  } else {
    *out += "(";
    PrintFields(out, ft->results, ", ");
    *out += ")";
  }
}

static void Print(std::string* out, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case ExprKind::Bad: *out += "_"; return;
    case ExprKind::Name: case ExprKind::BasicLit: *out += e->name; return;
    case ExprKind::CompositeLit:
      Print(out, e->x);
      *out += e->list.empty() ? "{}" : "{…}";
      return;
    case ExprKind::KeyValue:
      Print(out, e->x);
      *out += ": ";
      Print(out, e->y);
      return;
    case ExprKind::FuncLit:
      *out += "func";
      PrintSig(out, e->x);
      *out += " {…}";
      return;
    case ExprKind::Paren:
      *out += "(";
      Print(out, e->x);
      *out += ")";
      return;
    case ExprKind::Selector:
      Print(out, e->x);
      *out += "." + e->name;
      return;
    case ExprKind::Index:
      Print(out, e->x);
      *out += "[";
      Print(out, e->y);
      *out += "]";
      return;
    case ExprKind::Slice:
      Print(out, e->x);
      *out += "[";
      Print(out, e->y);
      *out += ":";
      Print(out, e->z);
      if (e->full) {
        *out += ":";
        Print(out, e->w);
      }
      *out += "]";
      return;
    case ExprKind::TypeAssert:
      Print(out, e->x);
      *out += ".(";
      if (e->y) Print(out, e->y);
      else *out += "type";
      *out += ")";
      return;
    case ExprKind::Call:
      Print(out, e->x);
      *out += "(";
      for (size_t i = 0; i < e->list.size(); i++) {
        if (i) *out += ", ";
        Print(out, e->list[i]);
      }
      if (e->has_dots) *out += "...";
      *out += ")";
      return;
    case ExprKind::Unary:
      *out += OpString(e->op);
      Print(out, e->x);
      return;
    case ExprKind::Binary:
      Print(out, e->x);
      *out += " ";
      *out += OpString(e->op);
      *out += " ";
      Print(out, e->y);
      return;
    case ExprKind::ArrayType:
      *out += "[";
      if (e->y) Print(out, e->y);
      else *out += "...";
      *out += "]";
      Print(out, e->x);
      return;
    case ExprKind::SliceType:
      *out += "[]";
      Print(out, e->x);
      return;
    case ExprKind::DotsType:
      *out += "...";
      Print(out, e->x);
      return;
    case ExprKind::StructType:
      *out += "struct{";
      PrintFields(out, e->fields, "; ");
      *out += "}";
      return;
    case ExprKind::FuncType:
      *out += "func";
      PrintSig(out, e);
      return;
    case ExprKind::InterfaceType:
      *out += "interface{";
      for (size_t i = 0; i < e->fields.size(); i++) {
        if (i) *out += "; ";
        const Field* f = e->fields[i];
        if (f->name) {
          *out += f->name->name;
          PrintSig(out, f->type);
        } else {
          Print(out, f->type);
        }
      }
      *out += "}";
      return;
    case ExprKind::MapType:
      *out += "map[";
      Print(out, e->y);
      *out += "]";
      Print(out, e->x);
      return;
    case ExprKind::ChanType:
      if (e->dir == ChanDir::Recv) *out += "<-";
      *out += "chan";
      if (e->dir == ChanDir::Send) *out += "<-";
      *out += " ";
      Print(out, e->x);
      return;
  }
}

std::string ExprString(const Expr* e) {
  std::string s;
  Print(&s, e);
  return s;
}

static std::string ListString(const std::vector<Expr*>& l) {
  std::string s;
  for (size_t i = 0; i < l.size(); i++) {
    if (i) s += ", ";
    Print(&s, l[i]);
  }
  return s;
}

std::string StmtString(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::ExprS: return ExprString(s->x);
    case StmtKind::Send: return ExprString(s->x) + " <- " + ExprString(s->y);
    case StmtKind::Assign:
      if (s->inc) return ListString(s->lhs) + OpString(s->op) + OpString(s->op);
      if (s->op == Op::Def) return ListString(s->lhs) + " := " + ListString(s->rhs);
      if (s->op == Op::None) return ListString(s->lhs) + " = " + ListString(s->rhs);
      return ListString(s->lhs) + " " + OpString(s->op) + "= " + ListString(s->rhs);
    case StmtKind::Range:
      return (s->lhs.empty() ? "" : ListString(s->lhs) + (s->define ? " := " : " = ")) +
             "range " + ExprString(s->x);
    default:
      return "statement";
  }
}

}  // namespace gocc::compile
