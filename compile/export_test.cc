// Unit tests of the export data (export.cc): round trips of every kind of
// type and object, named type identity across export files, and malformed
// input. The end-to-end test against gc is testdata/export/run.sh.
#include "compile/export.h"

#include <gtest/gtest.h>

#include "compile/test_util.h"

namespace gocc::compile {
namespace {

using testing::Check;
using testing::ExportOf;

constexpr char kPkgA[] = R"(package a

import "unsafe"

type T struct {
	X    int
	name string `json:"n"`
	*List
}

type List struct {
	Next *List
	Val  []byte
}

func (t T) Name() string      { return t.name }
func (t *T) Set(s string)     { t.name = s }
func (l *List) Len() (n int)  { return 0 }

type I interface {
	error
	M(x, y int) (bool, rune)
}

type (
	Ch    <-chan map[string][3]*T
	Fn    func(int, ...string) error
	Rec   func(Rec) Rec
	Alias = []I
	P     unsafe.Pointer
)

const (
	Big  = 1 << 100
	F    = 1.5
	S    = "a b\n\"c\""
	C    = 2i
	B    = true
	N T8 = 7
)

type T8 int8

var V, W = T{}, map[T8]chan<- struct{ a, B int }{}
var E error

func Variadic(format string, args ...interface{}) (int, error) { return 0, nil }
func unexported()                                              {}
)";

TEST(ExportTest, RoundTripIsStable) {
  auto a = Check(kPkgA, "example.com/a");
  ASSERT_TRUE(a->Errors().empty()) << a->Errors()[0];
  std::string data = ExportOf(*a);
  EXPECT_EQ(data.rfind("gocc-export 1\n", 0), 0u);
  EXPECT_EQ(data.find("unexported"), std::string::npos);
  // Importing and exporting again gives the same text.
  auto b = Check("package b\nimport \"example.com/a\"\nvar _ a.T\n", "b",
                 {{"example.com/a", data}});
  ASSERT_TRUE(b->Errors().empty()) << b->Errors()[0];
  Object* pn = b->file->scope->Lookup("a");
  ASSERT_NE(pn, nullptr);
  Package* imp = pn->imported;
  EXPECT_EQ(imp->path, "example.com/a");
  EXPECT_EQ(imp->name, "a");
  EXPECT_EQ(ExportDataString(imp, imp->scope->order), data);
}

TEST(ExportTest, ObjectsKeepTheirTypes) {
  auto a = Check(kPkgA, "example.com/a");
  ASSERT_TRUE(a->Errors().empty());
  auto b = Check("package b\nimport \"example.com/a\"\nvar _ = a.V\n", "b",
                 {{"example.com/a", ExportOf(*a)}});
  ASSERT_TRUE(b->Errors().empty());
  Package* imp = b->file->scope->Lookup("a")->imported;
  // Every exported object prints as it does in the exporting package
  // (types qualified from outside).
  for (Object* o : a->checker->Objects()) {
    if (!o->exported() || o->parent != a->pkg->scope) continue;
    Object* io = imp->scope->Lookup(o->name);
    ASSERT_NE(io, nullptr) << o->name;
    EXPECT_EQ(io->kind, o->kind) << o->name;
    EXPECT_EQ(TypeString(io->type, nullptr), TypeString(o->type, nullptr)) << o->name;
    if (o->kind == ObjKind::Const) {
      EXPECT_EQ(io->val.ExactString(), o->val.ExactString());
    }
  }
  // Struct layout, embedded fields, tags and methods.
  Type* t = imp->scope->Lookup("T")->type;
  ASSERT_EQ(t->kind, TypeKind::Named);
  Type* st = Under(t);
  ASSERT_EQ(st->fields.size(), 3u);
  EXPECT_TRUE(st->fields[2]->embedded);
  EXPECT_EQ(st->tags[1], "json:\"n\"");
  EXPECT_EQ(st->fields[1]->pkg, imp);
  EXPECT_EQ(Sizeof(t), 32);
  EXPECT_EQ(Offsetof(st, 2), 24);
  ASSERT_EQ(t->named_methods.size(), 2u);
  EXPECT_EQ(t->named_methods[1]->name, "Set");
  ASSERT_NE(t->named_methods[1]->type->recv, nullptr);
  EXPECT_EQ(TypeString(t->named_methods[1]->type->recv->type, nullptr), "*a.T");
  // Interface method sets are complete.
  Type* i = Under(imp->scope->Lookup("I")->type);
  ASSERT_EQ(i->all_methods.size(), 2u);
  EXPECT_EQ(i->all_methods[0]->name, "Error");
  EXPECT_TRUE(imp->scope->Lookup("Alias")->is_alias);
  EXPECT_TRUE(imp->scope->Lookup("Variadic")->type->variadic);
}

TEST(ExportTest, NamedTypesHaveOneIdentityAcrossPackages) {
  auto a = Check("package a\ntype T struct{ x int }\nfunc (T) M() {}\n", "a");
  ASSERT_TRUE(a->Errors().empty());
  std::string ea = ExportOf(*a);
  auto b = Check("package b\nimport \"a\"\nfunc Get() a.T { return a.T{} }\ntype U struct{ a.T }\n",
                 "b", {{"a", ea}});
  ASSERT_TRUE(b->Errors().empty()) << b->Errors()[0];
  std::string eb = ExportOf(*b);
  // b's data carries a.T in full; importing b first, then a, must not
  // create a second a.T.
  auto c = Check(
      "package c\nimport (\n\t\"b\"\n\t\"a\"\n)\nvar t a.T = b.Get()\nvar _ = b.U{t}\n"
      "func f() { b.U{}.M(); t.M() }\n",
      "c", {{"a", ea}, {"b", eb}});
  EXPECT_TRUE(c->Errors().empty()) << c->Errors()[0];
  auto d = Check("package d\nimport (\n\t\"b\"\n\t\"a\"\n)\nvar _ int = b.Get()\nvar _ a.T = 1\n",
                 "d", {{"a", ea}, {"b", eb}});
  std::vector<std::string> want = {
      "6:13: cannot use b.Get() (value of type a.T) as type int in variable declaration",
      "7:13: cannot use 1 (untyped int constant) as a.T value in variable declaration"};
  EXPECT_EQ(d->Errors(), want);
}

TEST(ExportTest, MalformedDataIsAnErrorNotACrash) {
  auto a = Check(kPkgA, "example.com/a");
  std::string data = ExportOf(*a);
  for (size_t n = 0; n < data.size(); n += 7) {
    Arena arena;
    Universe* u = MakeUniverse(&arena);
    ImportContext ctx;
    std::string err;
    std::string cut = data.substr(0, n);
    Package* p = ParseExportData(cut, "a", &arena, u, &ctx, &err);
    if (!p) {
      EXPECT_FALSE(err.empty());
    }
    // Corrupt one byte too.
    std::string bad = data;
    bad[n] = bad[n] == '1' ? 'x' : '1';
    ParseExportData(bad, "a", &arena, u, &ctx, &err);
  }
  Arena arena;
  Universe* u = MakeUniverse(&arena);
  ImportContext ctx;
  std::string err;
  EXPECT_EQ(ParseExportData("gocc-export 0\n", "a", &arena, u, &ctx, &err), nullptr);
  EXPECT_NE(err.find("not a gocc export data file"), std::string::npos);
}

}  // namespace
}  // namespace gocc::compile
