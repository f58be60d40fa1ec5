// Export data writer and reader (see export.h). Constants of basic type are
// exported exactly; other declarations are exported by name and kind only,
// and imported with an invalid type, which the checker treats as "no further
// errors" (a use of an unknown member is still reported as undefined).
#include "compile/export.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace gocc::compile {

bool WriteExportData(const std::string& path, Package* pkg, const std::vector<Object*>& objs,
                     std::string* err) {
  std::ostringstream out;
  out << "gocc-export 0\npackage " << pkg->name << " " << pkg->path << "\n";
  for (Object* o : objs) {
    if (!o->exported() || o->parent != pkg->scope) continue;
    switch (o->kind) {
      case ObjKind::Const:
        if (o->type && o->type->kind == TypeKind::Basic)
          out << "const " << o->name << " " << static_cast<int>(o->type->basic) << " "
              << o->val.ExactString() << "\n";
        break;
      case ObjKind::TypeName: out << "type " << o->name << "\n"; break;
      case ObjKind::Var: out << "var " << o->name << "\n"; break;
      case ObjKind::Func: out << "func " << o->name << "\n"; break;
      default: break;
    }
  }
  // Write to a temporary file in the same directory, then rename.
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    if (!f) {
      *err = "open " + path + ": cannot create file";
      return false;
    }
    f << out.str();
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    *err = "rename " + path + " failed";
    return false;
  }
  return true;
}

Package* ReadExportData(const std::string& file, const std::string& path, Arena* arena,
                        Universe* u, std::string* err) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    *err = "open " + file + ": no such file or directory";
    return nullptr;
  }
  std::string line;
  if (!std::getline(in, line) || line != "gocc-export 0") {
    *err = file + ": not a gocc export data file";
    return nullptr;
  }
  Package* p = arena->New<Package>();
  p->path = path;
  p->scope = arena->New<Scope>();
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string kind, name;
    ls >> kind >> name;
    if (kind == "package") {
      p->name = name;
      continue;
    }
    Object* o = arena->New<Object>();
    o->name = name;
    o->pkg = p;
    o->type = u->Basic(BasicKind::Invalid);
    if (kind == "const") {
      int bk = 0;
      std::string val;
      ls >> bk;
      std::getline(ls, val);
      if (!val.empty() && val[0] == ' ') val = val.substr(1);
      o->kind = ObjKind::Const;
      if (bk >= 0 && bk <= static_cast<int>(BasicKind::UntypedNil))
        o->type = u->Basic(static_cast<BasicKind>(bk));
      o->val = Value::FromExactString(val);
    } else if (kind == "type") {
      o->kind = ObjKind::TypeName;
    } else if (kind == "var") {
      o->kind = ObjKind::Var;
    } else if (kind == "func") {
      o->kind = ObjKind::Func;
    } else {
      continue;
    }
    p->scope->Insert(o);
  }
  return p;
}

}  // namespace gocc::compile
