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
  Gen(uint64_t seed, FnBuilder& b, std::string* go)
      : rng_(seed), b_(b), go_(go) {}

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
  const Val& Pick() {
    return vals_[vals_.size() - 1 - R(std::min<int>(16, vals_.size()))];
  }
  std::string Ind(int depth) { return std::string(depth + 1, '\t'); }
  std::string NewName() { return absl::StrCat("v", next_++); }

  void Define(Value* v, const std::string& expr, int depth) {
    std::string n = NewName();
    absl::StrAppend(go_, Ind(depth), n, " := ", expr, "\n", Ind(depth),
                    "_ = ", n, "\n");
    vals_.push_back({v, n});
  }

  void Binary(int depth) {
    static const struct {
      Op op;
      const char* go;
    } kOps[] = {{Op::kAdd64, "+"},  {Op::kSub64, "-"},  {Op::kMul64, "*"},
                {Op::kAnd64, "&"},  {Op::kOr64, "|"},   {Op::kXor64, "^"},
                {Op::kDiv64, "/"},  {Op::kMod64, "%"},  {Op::kLsh64, "<<"},
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
           absl::StrCat("int64(int32(", x.go, ") ",
                        op == Op::kMul32 ? "*" : "-", " int32(", y.go, "))"),
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

  // Float values: arithmetic, conversions from and to int64.
  void Float(int depth) {
    const Type* F = &types::kFloat64;
    if (fvals_.empty() || R(3) == 0) {
      Val x = Pick();
      std::string n = NewName();
      absl::StrAppend(go_, Ind(depth), n, " := float64(", x.go, ")\n",
                      Ind(depth), "_ = ", n, "\n");
      fvals_.push_back({b_.V(Op::kCvt64to64F, F, {x.v}), n});
      return;
    }
    const Val& x =
        fvals_[fvals_.size() - 1 - R(std::min<int>(6, fvals_.size()))];
    const Val& y =
        fvals_[fvals_.size() - 1 - R(std::min<int>(6, fvals_.size()))];
    static const struct {
      Op op;
      const char* go;
    } kOps[] = {{Op::kAdd64F, "+"},
                {Op::kSub64F, "-"},
                {Op::kMul64F, "*"},
                {Op::kDiv64F, "/"}};
    int k = R(5);
    if (k == 4) {
      Define(b_.V(Op::kCvt64Fto64, I(), {x.v}),
             absl::StrCat("int64(", x.go, ")"), depth);
      return;
    }
    std::string n = NewName();
    absl::StrAppend(go_, Ind(depth), n, " := ", x.go, " ", kOps[k].go, " ",
                    y.go, "\n", Ind(depth), "_ = ", n, "\n");
    fvals_.push_back({b_.V(kOps[k].op, F, {x.v, y.v}), n});
  }

  // if x < y { p = ...then... } else { p = ...else... } (and a float q).
  void Diamond(int depth) {
    Val x = Pick(), y = Pick();
    std::string p = NewName(), q = NewName();
    bool with_float = !fvals_.empty();
    absl::StrAppend(go_, Ind(depth), "var ", p, " int64\n");
    if (with_float) absl::StrAppend(go_, Ind(depth), "var ", q, " float64\n");
    absl::StrAppend(go_, Ind(depth), "if ", x.go, " < ", y.go, " {\n");
    Block* head = b_.cur;
    head->kind = BlockKind::kIf;
    head->SetControl(b_.V(Op::kLess64, &types::kBool, {x.v, y.v}));
    Block* th = b_.NewBlock(BlockKind::kPlain);
    Block* el = b_.NewBlock(BlockKind::kPlain);
    Block* join = b_.NewBlock(BlockKind::kPlain);
    head->AddEdgeTo(th);
    head->AddEdgeTo(el);
    size_t mark = vals_.size(), fmark = fvals_.size();
    Value* mem0 = b_.mem;
    Val arm_v[2], arm_f[2];
    Value* arm_mem[2];
    for (int arm = 0; arm < 2; arm++) {
      b_.cur = arm == 0 ? th : el;
      b_.mem = mem0;
      Steps(3, depth + 1);
      arm_v[arm] = Pick();
      absl::StrAppend(go_, Ind(depth + 1), p, " = ", arm_v[arm].go, "\n");
      if (with_float) {
        arm_f[arm] =
            fvals_[fvals_.size() - 1 - R(std::min<int>(3, fvals_.size()))];
        absl::StrAppend(go_, Ind(depth + 1), q, " = ", arm_f[arm].go, "\n");
      }
      absl::StrAppend(go_, Ind(depth), arm == 0 ? "} else {\n" : "}\n");
      b_.cur->AddEdgeTo(join);
      arm_mem[arm] = b_.mem;
      vals_.resize(mark);
      fvals_.resize(fmark);
    }
    absl::StrAppend(go_, Ind(depth), "_ = ", p, "\n");
    b_.cur = join;
    Value* phi = b_.V(Op::kPhi, I());
    phi->AddArg(arm_v[0].v);
    phi->AddArg(arm_v[1].v);
    vals_.push_back({phi, p});
    if (with_float) {
      absl::StrAppend(go_, Ind(depth), "_ = ", q, "\n");
      Value* fphi = b_.V(Op::kPhi, &types::kFloat64);
      fphi->AddArg(arm_f[0].v);
      fphi->AddArg(arm_f[1].v);
      fvals_.push_back({fphi, q});
    }
    b_.mem = mem0;
    if (arm_mem[0] != arm_mem[1]) {
      b_.mem = b_.V(Op::kPhi, &types::kMem);
      b_.mem->AddArg(arm_mem[0]);
      b_.mem->AddArg(arm_mem[1]);
    }
  }

  // acc, r1, r2 := x, y, z
  // for i := int64(0); i < n&7; i++ { ...body...; acc, r1, r2 = acc*3+w+i, r2,
  // r1 } (r1, r2 swap: a cycle of phi moves)
  void Loop(int depth) {
    Val x = Pick(), n = Pick(), y = Pick(), z = Pick();
    std::string acc = NewName(), i = NewName(), r1 = NewName(), r2 = NewName();
    absl::StrAppend(go_, Ind(depth), acc, ", ", r1, ", ", r2, " := ", x.go,
                    ", ", y.go, ", ", z.go, "\n", Ind(depth), "for ", i,
                    " := int64(0); ", i, " < ", n.go, "&7; ", i, "++ {\n");
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
    Value* p1 = b_.V(Op::kPhi, I());
    Value* p2 = b_.V(Op::kPhi, I());
    Value* pmem = b_.V(Op::kPhi, &types::kMem);
    Value* mem_pre = b_.mem;
    head->SetControl(b_.V(Op::kLess64, &types::kBool, {pi, lim}));
    head->AddEdgeTo(body);
    head->AddEdgeTo(exit);
    b_.cur = body;
    b_.mem = pmem;
    size_t mark = vals_.size(), fmark = fvals_.size();
    vals_.push_back({pi, i});
    vals_.push_back({pacc, acc});
    vals_.push_back({p1, r1});
    Steps(4, depth + 1);
    Val w = Pick();
    absl::StrAppend(go_, Ind(depth + 1), acc, ", ", r1, ", ", r2, " = ", acc,
                    "*3+", w.go, "+", i, ", ", r2, ", ", r1, "\n", Ind(depth),
                    "}\n", Ind(depth), "_, _, _ = ", acc, ", ", r1, ", ", r2,
                    "\n");
    Value* a3 = b_.V(Op::kMul64, I(), {pacc, b_.C(I(), 3)});
    Value* nacc = b_.V(Op::kAdd64, I(), {b_.V(Op::kAdd64, I(), {a3, w.v}), pi});
    Value* ni = b_.V(Op::kAdd64, I(), {pi, b_.C(I(), 1)});
    b_.cur->AddEdgeTo(head);
    for (auto [phi, init, next] :
         {std::tuple{pi, zero, ni}, std::tuple{pacc, x.v, nacc},
          std::tuple{p1, y.v, p2}, std::tuple{p2, z.v, p1},
          std::tuple{pmem, mem_pre, b_.mem}}) {
      phi->AddArg(init);
      phi->AddArg(next);
    }
    vals_.resize(mark);
    fvals_.resize(fmark);
    b_.cur = exit;
    b_.mem = pmem;
    vals_.push_back({pacc, acc});
    vals_.push_back({p1, r1});
    vals_.push_back({p2, r2});
  }

  void Steps(int n, int depth) {
    for (int s = 0; s < n; s++) {
      int k = R(22);
      if (k < 8)
        Binary(depth);
      else if (k < 10)
        Narrow(depth);
      else if (k < 12)
        Const(depth);
      else if (k < 14)
        Call(depth);
      else if (k < 16 && depth < 2)
        Diamond(depth);
      else if (k < 17 && depth < 2)
        Loop(depth);
      else if (k < 20)
        Float(depth);
      else
        Binary(depth);
    }
  }

  std::mt19937_64 rng_;
  FnBuilder& b_;
  std::string* go_;
  std::vector<Val> vals_;
  std::vector<Val> fvals_;
  int next_ = 0;
};

std::vector<GoCase> RandomCases(int n, uint64_t seed) {
  std::vector<GoCase> cases;
  for (int i = 0; i < n; i++) {
    GoType I64 = GoInt(8, true);
    GoCase c{absl::StrCat("rnd", i),
             {I64, I64, I64},
             {I64},
             "",
             nullptr,
             {{"0", "0", "0"},
              {"1", "2", "3"},
              {"-7", "5", "100"},
              {"math.MaxInt64", "-1", "63"},
              {"math.MinInt64", "-1", "2"},
              {"123456789", "-987654321", "7"},
              {"64", "65", "-64"}},
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
          "//go:noinline\nfunc mix(a, b int64) int64 { return a*31 ^ (b >> 3) "
          "}";
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
    if (const char* comma = std::strchr(e, ','))
      seed = std::strtoull(comma + 1, nullptr, 10);
  }
  std::vector<GoCase> cases = RandomCases(n, seed);
  for (bool opt : {true, false}) {
    RunResult r = RunGoCases(cases, opt);
    EXPECT_TRUE(r.ok) << (opt ? "optimized" : "-N") << ":\n" << r.output;
  }
}

}  // namespace
}  // namespace gocc::ssa
