// Differential random testing: a seeded generator writes the same random
// function twice, as SSA (through FnBuilder) and as Go source. Functions
// mix int64 arithmetic (including division, shifts by any count), int32
// arithmetic through truncation/extension, diamonds with phis, counted
// loops with loop-carried phis, and calls that force spills. Each one is
// compiled by our back end (optimized and -N), linked with gc's Go and
// compared with gc's compilation of the Go text on a set of inputs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <random>

#include "absl/strings/str_cat.h"
#include "compile/ssa/e2e_util.h"

namespace gocc::ssa {
namespace {

using namespace testing;  // NOLINT

class Gen {
 public:
  Gen(uint64_t seed, FnBuilder& b, std::string* go) : rng_(seed), b_(b), go_(go) {}

  void Function() {
    for (int i = 0; i < 3; i++) {
      vals_.push_back({b_.Param(i), absl::StrCat("a", i)});
    }
    Steps(45, 0);
    // Return a combination of the last values.
    Value* r = vals_.back().v;
    std::string gr = vals_.back().go;
    for (int i = 0; i < 4 && i + 1 < static_cast<int>(vals_.size()); i++) {
      const Val& x = vals_[vals_.size() - 2 - i];
      r = b_.V(Op::kXor64, I(), {r, x.v});
      gr = absl::StrCat("(", gr, " ^ ", x.go, ")");
    }
    absl::StrAppend(go_, "\treturn ", gr, "\n");
    b_.Return({r});
  }

 private:
  struct Val {
    Value* v;
    std::string go;
  };
  static const Type* I() { return &types::kInt64; }
  int R(int n) { return static_cast<int>(rng_() % n); }
  const Val& Pick() { return vals_[vals_.size() - 1 - R(std::min<int>(16, vals_.size()))]; }
  std::string Ind(int depth) { return std::string(depth + 1, '\t'); }
  std::string NewName() { return absl::StrCat("v", next_++); }

  void Define(Value* v, const std::string& expr, int depth) {
    std::string n = NewName();
    absl::StrAppend(go_, Ind(depth), n, " := ", expr, "\n",
                    Ind(depth), "_ = ", n, "\n");
    vals_.push_back({v, n});
  }

  void Binary(int depth) {
    static const struct {
      Op op;
      const char* go;
    } kOps[] = {{Op::kAdd64, "+"}, {Op::kSub64, "-"}, {Op::kMul64, "*"},
                {Op::kAnd64, "&"}, {Op::kOr64, "|"},  {Op::kXor64, "^"},
                {Op::kDiv64, "/"}, {Op::kMod64, "%"}, {Op::kLsh64, "<<"},
                {Op::kRsh64, ">>"}, {Op::kRsh64U, ">>"}};
    const auto& o = kOps[R(11)];
    Val x = Pick(), y = Pick();
    std::string expr;
    if (o.op == Op::kLsh64 || o.op == Op::kRsh64) {
      expr = absl::StrCat(x.go, " ", o.go, " uint64(", y.go, ")");
    } else if (o.op == Op::kRsh64U) {
      expr = absl::StrCat("int64(uint64(", x.go, ") >> uint64(", y.go, "))");
    } else {
      expr = absl::StrCat(x.go, " ", o.go, " ", y.go);
    }
    Define(b_.V(o.op, I(), {x.v, y.v}), expr, depth);
  }

  void Narrow(int depth) {
    Val x = Pick(), y = Pick();
    const Type* T32 = &types::kInt32;
    Value* a = b_.V(Op::kTrunc64to32, T32, {x.v});
    Value* c = b_.V(Op::kTrunc64to32, T32, {y.v});
    Op op = R(2) ? Op::kMul32 : Op::kSub32;
    Value* m = b_.V(op, T32, {a, c});
    Define(b_.V(Op::kSignExt32to64, I(), {m}),
           absl::StrCat("int64(int32(", x.go, ") ", op == Op::kMul32 ? "*" : "-",
                        " int32(", y.go, "))"),
           depth);
  }

  void Const(int depth) {
    int64_t c = static_cast<int64_t>(rng_()) >> R(64);
    Define(b_.C(I(), c), absl::StrCat("int64(", c, ")"), depth);
  }

  void Call(int depth) {
    Val x = Pick(), y = Pick();
    b_.StoreOut(0, x.v);
    b_.StoreOut(8, y.v);
    b_.Call("main.mix", 24);
    Define(b_.LoadOut(16, I()), absl::StrCat("mix(", x.go, ", ", y.go, ")"),
           depth);
  }

  // if x < y { p = ...then... } else { p = ...else... }
  void Diamond(int depth) {
    Val x = Pick(), y = Pick();
    std::string p = NewName();
    absl::StrAppend(go_, Ind(depth), "var ", p, " int64\n", Ind(depth), "if ",
                    x.go, " < ", y.go, " {\n");
    Block* head = b_.cur;
    head->kind = BlockKind::kIf;
    head->SetControl(b_.V(Op::kLess64, &types::kBool, {x.v, y.v}));
    Block* th = b_.NewBlock(BlockKind::kPlain);
    Block* el = b_.NewBlock(BlockKind::kPlain);
    Block* join = b_.NewBlock(BlockKind::kPlain);
    head->AddEdgeTo(th);
    head->AddEdgeTo(el);
    size_t mark = vals_.size();
    b_.cur = th;
    Steps(3, depth + 1);
    Val tv = Pick();
    absl::StrAppend(go_, Ind(depth + 1), p, " = ", tv.go, "\n", Ind(depth),
                    "} else {\n");
    th = b_.cur;  // nested control flow may have moved it
    th->AddEdgeTo(join);
    vals_.resize(mark);
    b_.cur = el;
    Steps(3, depth + 1);
    Val ev = Pick();
    absl::StrAppend(go_, Ind(depth + 1), p, " = ", ev.go, "\n", Ind(depth),
                    "}\n", Ind(depth), "_ = ", p, "\n");
    el = b_.cur;
    el->AddEdgeTo(join);
    vals_.resize(mark);
    b_.cur = join;
    Value* phi = b_.V(Op::kPhi, I());
    phi->AddArg(tv.v);
    phi->AddArg(ev.v);
    vals_.push_back({phi, p});
  }

  // acc := x; for i := int64(0); i < (n & 7); i++ { acc = acc*3 + y + i }
  void Loop(int depth) {
    Val x = Pick(), n = Pick(), y = Pick();
    std::string acc = NewName(), i = NewName();
    absl::StrAppend(go_, Ind(depth), acc, " := ", x.go, "\n", Ind(depth),
                    "for ", i, " := int64(0); ", i, " < ", n.go, "&7; ", i,
                    "++ {\n", Ind(depth + 1), acc, " = ", acc, "*3 + ", y.go,
                    " + ", i, "\n", Ind(depth), "}\n", Ind(depth), "_ = ",
                    acc, "\n");
    Value* lim = b_.V(Op::kAnd64, I(), {n.v, b_.C(I(), 7)});
    Value* zero = b_.C(I(), 0);
    Block* pre = b_.cur;
    Block* head = b_.NewBlock(BlockKind::kIf);
    Block* body = b_.NewBlock(BlockKind::kPlain);
    Block* exit = b_.NewBlock(BlockKind::kPlain);
    pre->AddEdgeTo(head);
    b_.cur = head;
    Value* pi = b_.V(Op::kPhi, I());
    Value* pacc = b_.V(Op::kPhi, I());
    head->SetControl(b_.V(Op::kLess64, &types::kBool, {pi, lim}));
    head->AddEdgeTo(body);
    head->AddEdgeTo(exit);
    b_.cur = body;
    Value* a3 = b_.V(Op::kMul64, I(), {pacc, b_.C(I(), 3)});
    Value* nacc = b_.V(Op::kAdd64, I(), {b_.V(Op::kAdd64, I(), {a3, y.v}), pi});
    Value* ni = b_.V(Op::kAdd64, I(), {pi, b_.C(I(), 1)});
    body->AddEdgeTo(head);
    pi->AddArg(zero);
    pi->AddArg(ni);
    pacc->AddArg(x.v);
    pacc->AddArg(nacc);
    b_.cur = exit;
    vals_.push_back({pacc, acc});
  }

  void Steps(int n, int depth) {
    for (int s = 0; s < n; s++) {
      int k = R(20);
      if (k < 9) Binary(depth);
      else if (k < 11) Narrow(depth);
      else if (k < 13) Const(depth);
      else if (k < 15 && depth == 0) Call(depth);
      else if (k < 17 && depth < 2) Diamond(depth);
      else if (k < 18 && depth == 0) Loop(depth);
      else Binary(depth);
    }
  }

  std::mt19937_64 rng_;
  FnBuilder& b_;
  std::string* go_;
  std::vector<Val> vals_;
  int next_ = 0;
};

std::vector<GoCase> RandomCases(int n, uint64_t seed) {
  std::vector<GoCase> cases;
  for (int i = 0; i < n; i++) {
    GoType I64 = GoInt(8, true);
    GoCase c{absl::StrCat("rnd", i), {I64, I64, I64}, {I64}, "",
             nullptr,
             {{"0", "0", "0"}, {"1", "2", "3"}, {"-7", "5", "100"},
              {"math.MaxInt64", "-1", "63"}, {"math.MinInt64", "-1", "2"},
              {"123456789", "-987654321", "7"}, {"64", "65", "-64"}},
             ""};
    // Generate once to get the Go text; the builder reruns the same seed.
    uint64_t s = seed + i;
    {
      FnBuilder tmp(c.name, c.params, c.results);
      Gen g(s, tmp, &c.go_body);
      g.Function();
    }
    c.go_body.pop_back();  // the final newline
    c.build = [s](FnBuilder& b) {
      std::string ignored;
      Gen g(s, b, &ignored);
      g.Function();
    };
    if (i == 0) {
      c.extra_go =
          "//go:noinline\nfunc mix(a, b int64) int64 { return a*31 ^ (b >> 3) }";
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(E2E, RandomFunctions) {
  if (!HaveGo()) GTEST_SKIP() << "go is not installed";
  // GOCC_SSA_RANDOM=N,SEED runs a bigger or different batch locally.
  int n = 40;
  uint64_t seed = 1000;
  if (const char* e = std::getenv("GOCC_SSA_RANDOM")) {
    n = std::atoi(e);
    if (const char* comma = std::strchr(e, ',')) seed = std::strtoull(comma + 1, nullptr, 10);
  }
  std::vector<GoCase> cases = RandomCases(n, seed);
  for (bool opt : {true, false}) {
    RunResult r = RunGoCases(cases, opt);
    EXPECT_TRUE(r.ok) << (opt ? "optimized" : "-N") << ":\n" << r.output;
  }
}

}  // namespace
}  // namespace gocc::ssa
