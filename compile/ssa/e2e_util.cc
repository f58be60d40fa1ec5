// End-to-end test support (e2e_util.h).
#include "compile/ssa/e2e_util.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "compile/ssa/abi0.h"
#include "compile/ssa/emit.h"
#include "compile/ssa/passes.h"

namespace gocc::ssa::testing {

GoType GoInt(int size, bool is_signed) {
  return GoType{absl::StrCat(is_signed ? "int" : "uint", size * 8),
                types::Int(size, is_signed)};
}
const GoType kGoInt{"int", &types::kInt64};
const GoType kGoFloat64{"float64", &types::kFloat64};
const GoType kGoFloat32{"float32", &types::kFloat32};
const GoType kGoBool{"bool", &types::kBool};
const GoType kGoUintptr{"uintptr", &types::kUintptr};

void FnBuilder::Layout(const std::vector<GoType>& params,
                       const std::vector<GoType>& results,
                       std::vector<int64_t>* param_off,
                       std::vector<int64_t>* result_off, int64_t* size) {
  std::vector<SizeAlign> ps, rs;
  for (const GoType& p : params) ps.push_back({p.t->size, p.t->align});
  for (const GoType& r : results) rs.push_back({r.t->size, r.t->align});
  ArgFrame fr = LayoutABI0(ps, rs);
  *param_off = fr.param_off;
  *result_off = fr.result_off;
  *size = fr.size;
}

FnBuilder::FnBuilder(std::string n, std::vector<GoType> ps,
                     std::vector<GoType> rs)
    : name(std::move(n)), params(std::move(ps)), results(std::move(rs)) {
  f_ = std::make_unique<Func>();
  f_->pkg = "main";
  f_->name = name;
  f_->file = name + ".go";
  Layout(params, results, &param_off, &result_off, &f_->argsize);
  f_->cur_pos = Pos{1, 1};
  cur = f_->NewBlock(BlockKind::kPlain);
  mem = cur->NewValue(Op::kInitMem, &types::kMem);
  args_.assign(params.size(), nullptr);
}

Value* FnBuilder::Param(int i) {
  if (!args_[i]) {
    args_[i] = f_->entry->NewValue(Op::kArg, params[i].t, {}, param_off[i],
                                   absl::StrCat("a", i));
  }
  return args_[i];
}

Value* FnBuilder::V(Op op, const Type* t, std::initializer_list<Value*> args,
                    int64_t aux_int, std::string aux) {
  return cur->NewValue(op, t, args, aux_int, std::move(aux));
}

Value* FnBuilder::CF(const Type* t, double d) {
  if (t->size == 4) d = static_cast<float>(d);
  int64_t bits;
  std::memcpy(&bits, &d, 8);
  return V(t->size == 4 ? Op::kConst32F : Op::kConst64F, t, {}, bits);
}

void FnBuilder::Return(std::vector<Value*> rs) {
  for (size_t i = 0; i < rs.size(); i++) {
    Value* p = V(Op::kParamAddr, &types::kPtr, {}, result_off[i],
                 absl::StrCat("r", i));
    mem = V(Op::kStore, &types::kMem, {p, rs[i], mem});
  }
  cur->kind = BlockKind::kRet;
  cur->SetControl(mem);
}

void FnBuilder::StoreOut(int64_t off, Value* v) {
  Value* p = V(Op::kOffPtr, &types::kPtr, {f_->SPValue()}, off);
  mem = V(Op::kStore, &types::kMem, {p, v, mem});
}

Value* FnBuilder::LoadOut(int64_t off, const Type* t) {
  Value* p = V(Op::kOffPtr, &types::kPtr, {f_->SPValue()}, off);
  return V(Op::kLoad, t, {p, mem});
}

void FnBuilder::Call(const std::string& sym, int64_t argsize) {
  mem = V(Op::kStaticCall, &types::kMem, {mem}, argsize, sym);
}

std::vector<std::vector<std::string>> Cross(
    const std::vector<std::vector<std::string>>& lists, size_t limit) {
  std::vector<std::vector<std::string>> out{{}};
  for (const auto& l : lists) {
    std::vector<std::vector<std::string>> next;
    for (const auto& row : out) {
      for (const std::string& x : l) {
        auto r = row;
        r.push_back(x);
        next.push_back(std::move(r));
      }
    }
    out = std::move(next);
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<std::string> Interesting(const GoType& t) {
  const Type* ty = t.t;
  if (ty->IsFloat()) {
    std::string inf = ty->size == 4 ? "float32(math.Inf(1))" : "math.Inf(1)";
    std::string nan = ty->size == 4 ? "float32(math.NaN())" : "math.NaN()";
    return {"0",    "1", "-1", "0.5",      "-2.75",         "3e9", "-1e19",
            "1e30", inf, nan,  "1.5e-300", "123456789.125", "-0.0"};
  }
  if (ty->IsBool()) return {"false", "true"};
  int bits = ty->size * 8;
  std::vector<std::string> v = {"0", "1", "2", "3", "7", "100"};
  if (ty->IsSigned()) {
    std::string mx = absl::StrCat("math.MaxInt", bits);
    std::string mn = absl::StrCat("math.MinInt", bits);
    for (const char* s : {"-1", "-2", "-7", "-100"}) v.push_back(s);
    v.push_back(mx);
    v.push_back(mn);
    v.push_back(mn + "+1");
  } else {
    std::string mx = absl::StrCat("math.MaxUint", bits);
    v.push_back(mx);
    v.push_back(mx + "-1");
    v.push_back(mx + "/2+1");
  }
  if (bits >= 32) {
    v.push_back("31");
    v.push_back("32");
    v.push_back("63");
    v.push_back("64");
  }
  return v;
}

std::string AssembleWithOurAsm(const std::string& asm_tool,
                               const std::string& text) {
  char tmpl[] = "/tmp/gocc-ssa-asm-XXXXXX";
  if (!mkdtemp(tmpl)) return "mkdtemp failed";
  std::string dir = tmpl;
  {
    std::ofstream out(dir + "/f_amd64.s");
    out << text;
  }
  std::string cmd = absl::StrCat(asm_tool, " -p main -o ", dir, "/f.o ", dir,
                                 "/f_amd64.s > ", dir, "/log 2>&1");
  int rc = std::system(cmd.c_str());
  std::string log;
  {
    std::ifstream in(dir + "/log");
    std::stringstream ss;
    ss << in.rdbuf();
    log = ss.str();
  }
  std::system(absl::StrCat("rm -rf ", dir).c_str());
  if (rc != 0 && log.empty()) log = "asm failed";
  return rc == 0 ? "" : log;
}

bool HaveGo() { return std::system("go version >/dev/null 2>&1") == 0; }

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path);
  out << text;
}

std::string GoMain(const std::vector<GoCase>& cases) {
  std::string s =
      "// Code generated by the gocc SSA e2e test. DO NOT EDIT.\n"
      "package main\n\n"
      "import (\n\t\"fmt\"\n\t\"math\"\n\t\"os\"\n\t\"runtime/debug\"\n"
      "\t\"math/bits\"\n\t\"unsafe\"\n)\n\n"
      "var _ = bits.Mul64\n"
      "var _ = math.Pi\n"
      "var _ unsafe.Pointer\n\n"
      "// Stand-ins for the runtime helpers our code calls (gc's runtime has\n"
      "// no ABI0 entry points for them); each fails the way gc's code does.\n"
      "func panicdivide() {\n\tz := 0\n\t_ = 1 / z\n}\n\n"
      "func panicIndex(x int, y int) {\n\ts := make([]int, y)\n\t_ = "
      "s[x]\n}\n\n"
      "func panicSliceAlen(x int, y int) {\n\ts := make([]int, y)\n\t_ = "
      "s[:x]\n}\n\n"
      "func memmove(dst, src unsafe.Pointer, n uintptr) {\n"
      "\tcopy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), "
      "n))\n}\n\n"
      "func memclrNoHeapPointers(p unsafe.Pointer, n uintptr) {\n"
      "\tb := unsafe.Slice((*byte)(p), n)\n\tfor i := range b {\n\t\tb[i] = "
      "0\n\t}\n}\n\n"
      "var failures, checked int\n\n"
      "func try(f func() string) (s string) {\n"
      "\tdefer func() {\n"
      "\t\tif r := recover(); r != nil {\n"
      "\t\t\ts = fmt.Sprint(\"panic: \", r)\n"
      "\t\t}\n"
      "\t}()\n"
      "\treturn f()\n"
      "}\n\n"
      "func check(name, in, got, want string) {\n"
      "\tchecked++\n"
      "\tif got != want {\n"
      "\t\tfailures++\n"
      "\t\tif failures < 40 {\n"
      "\t\t\tfmt.Printf(\"FAIL %s(%s): got %s, want %s\\n\", name, in, got, "
      "want)\n"
      "\t\t}\n"
      "\t}\n"
      "}\n\n"
      "//go:noinline\n"
      "func growStack(n int) int {\n"
      "\tvar buf [128]byte\n"
      "\tif n == 0 {\n\t\treturn int(buf[0])\n\t}\n"
      "\treturn growStack(n-1) + int(buf[n%128])\n"
      "}\n\n";
  std::string body;
  for (const GoCase& c : cases) {
    std::vector<std::string> ps, names, fields;
    for (size_t i = 0; i < c.params.size(); i++) {
      ps.push_back(absl::StrCat("a", i, " ", c.params[i].go));
      names.push_back(absl::StrCat("in.a", i));
      fields.push_back(absl::StrCat("a", i, " ", c.params[i].go));
    }
    std::string res = c.results.empty() ? "" : " " + c.results[0].go;
    absl::StrAppend(&s, "func ", c.name, "(", absl::StrJoin(ps, ", "), ")", res,
                    "\n\n");
    absl::StrAppend(&s, "func ", c.name, "_ref(", absl::StrJoin(ps, ", "), ")",
                    res, " {\n", c.go_body, "\n}\n\n");
    if (!c.extra_go.empty()) absl::StrAppend(&s, c.extra_go, "\n\n");
    std::string call = absl::StrCat("(", absl::StrJoin(names, ", "), ")");
    std::string show = c.results.empty() ? "\"\"" : "";
    auto wrap = [&](const std::string& fn) {
      if (c.results.empty()) {
        return absl::StrCat("try(func() string { ", fn, call,
                            "; return \"done\" })");
      }
      return absl::StrCat("try(func() string { return fmt.Sprint(", fn, call,
                          ") })");
    };
    if (c.inputs.empty()) continue;  // only called indirectly
    std::vector<std::string> rows;
    for (const auto& in : c.inputs) {
      rows.push_back("{" + absl::StrJoin(in, ", ") + "}");
    }
    absl::StrAppend(
        &body, "\tfor _, in := range []struct{ ", absl::StrJoin(fields, "; "),
        " }{\n\t\t", absl::StrJoin(rows, ",\n\t\t"), ",\n\t} {\n\t\t_ = in\n",
        "\t\tcheck(\"", c.name, "\", fmt.Sprint(",
        absl::StrJoin(names, ", \", \", "), names.empty() ? "\"\"" : "", "), ",
        wrap(c.name), ", ", wrap(c.name + "_ref"), ")\n\t}\n");
  }
  absl::StrAppend(&s, "func main() {\n",
                  "\tdebug.SetGCPercent(-1)\n"
                  "\tgrowStack(4000)\n",
                  body,
                  "\tfmt.Println(\"checked\", checked)\n"
                  "\tif failures > 0 {\n\t\tos.Exit(1)\n\t}\n}\n");
  return s;
}

}  // namespace

bool CompileCases(const std::vector<GoCase>& cases, bool optimize,
                  std::string* text, std::string* err) {
  *text = AsmFileHeader();
  Config cfg;
  cfg.optimize = optimize;
  cfg.verify = true;
  cfg.dump_after.clear();
  for (const GoCase& c : cases) {
    FnBuilder fb(c.name, c.params, c.results);
    c.build(fb);
    std::unique_ptr<Func> f = fb.Take();
    if (absl::Status s = Compile(*f, cfg); !s.ok()) {
      *err = absl::StrCat(c.name, ": ", s.ToString());
      return false;
    }
    EmitOptions eo;
    eo.runtime_pkg = "main";
    absl::StatusOr<std::string> out = EmitFunc(*f, eo);
    if (!out.ok()) {
      *err = absl::StrCat(c.name, ": ", out.status().ToString());
      return false;
    }
    absl::StrAppend(text, *out, "\n");
  }
  return true;
}

RunResult RunGoCases(const std::vector<GoCase>& cases, bool optimize) {
  RunResult res;
  std::string text;
  if (!CompileCases(cases, optimize, &text, &res.output)) return res;
  res.asm_text = text;
  char tmpl[] = "/tmp/gocc-ssa-e2e-XXXXXX";
  if (!mkdtemp(tmpl)) {
    res.output = "mkdtemp failed";
    return res;
  }
  std::string dir = tmpl;
  WriteFile(dir + "/go.mod", "module e2e\n\ngo 1.19\n");
  WriteFile(dir + "/main.go", GoMain(cases));
  WriteFile(dir + "/f_amd64.s", text);
  std::string env = std::getenv("HOME")
                        ? ""
                        : "GOCACHE=/tmp/gocc-gocache GOPATH=/tmp/gocc-gopath ";
  std::string cmd = absl::StrCat(
      "cd ", dir, " && ", env,
      "GOFLAGS=-mod=mod go build -o prog . > build.log 2>&1 && ",
      "GODEBUG=asyncpreemptoff=1 timeout 120 ./prog > run.log 2>&1");
  int rc = std::system(cmd.c_str());
  res.output = ReadFile(dir + "/build.log") + ReadFile(dir + "/run.log");
  res.ok = rc == 0;
  if (res.ok) {
    std::system(absl::StrCat("rm -rf ", dir).c_str());
  } else {
    absl::StrAppend(&res.output, "\n(kept ", dir, ")");
  }
  return res;
}

}  // namespace gocc::ssa::testing
