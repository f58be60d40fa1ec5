// Compares our unicode category functions and range tables
// (stdcheck/unicode) with gc's on every code point and a few outside the
// range. Run by compare.sh.
package main

import (
	"fmt"
	"os"
	"reflect"
	mine "stdcheck/unicode"
	"unicode"
)

var fails int

func fail(what string, args ...interface{}) {
	fmt.Println(append([]interface{}{what}, args...)...)
	if fails++; fails > 20 {
		os.Exit(1)
	}
}

type pred struct {
	name     string
	mine, gc func(rune) bool
}

var preds = []pred{
	{"IsLetter", mine.IsLetter, unicode.IsLetter}, {"IsUpper", mine.IsUpper, unicode.IsUpper},
	{"IsLower", mine.IsLower, unicode.IsLower}, {"IsTitle", mine.IsTitle, unicode.IsTitle},
	{"IsDigit", mine.IsDigit, unicode.IsDigit}, {"IsNumber", mine.IsNumber, unicode.IsNumber},
	{"IsMark", mine.IsMark, unicode.IsMark}, {"IsPunct", mine.IsPunct, unicode.IsPunct},
	{"IsSymbol", mine.IsSymbol, unicode.IsSymbol}, {"IsControl", mine.IsControl, unicode.IsControl},
	{"IsGraphic", mine.IsGraphic, unicode.IsGraphic}, {"IsPrint", mine.IsPrint, unicode.IsPrint},
	{"IsSpace", mine.IsSpace, unicode.IsSpace},
}

type tab struct {
	name string
	mine *mine.RangeTable
	gc   *unicode.RangeTable
}

var tabs = []tab{
	{"L", mine.L, unicode.L}, {"Letter", mine.Letter, unicode.Letter}, {"Lu", mine.Lu, unicode.Lu},
	{"Upper", mine.Upper, unicode.Upper}, {"Ll", mine.Ll, unicode.Ll}, {"Lower", mine.Lower, unicode.Lower},
	{"Lt", mine.Lt, unicode.Lt}, {"Title", mine.Title, unicode.Title}, {"M", mine.M, unicode.M},
	{"Mark", mine.Mark, unicode.Mark}, {"N", mine.N, unicode.N}, {"Number", mine.Number, unicode.Number},
	{"Nd", mine.Nd, unicode.Nd}, {"Digit", mine.Digit, unicode.Digit}, {"P", mine.P, unicode.P},
	{"Punct", mine.Punct, unicode.Punct}, {"S", mine.S, unicode.S}, {"Symbol", mine.Symbol, unicode.Symbol},
	{"Z", mine.Z, unicode.Z}, {"Space", mine.Space, unicode.Space}, {"Zs", mine.Zs, unicode.Zs},
	{"Cc", mine.Cc, unicode.Cc},
	{"White_Space", mine.White_Space, unicode.White_Space}, {"Latin", mine.Latin, unicode.Latin},
	{"Greek", mine.Greek, unicode.Greek}, {"Cyrillic", mine.Cyrillic, unicode.Cyrillic}, {"Han", mine.Han, unicode.Han},
}

func main() {
	for _, t := range tabs {
		if fmt.Sprint(t.mine.R16) != fmt.Sprint(t.gc.R16) || fmt.Sprint(t.mine.R32) != fmt.Sprint(t.gc.R32) ||
			t.mine.LatinOffset != t.gc.LatinOffset {
			fail("table", t.name)
		}
	}
	if len(mine.GraphicRanges) != len(unicode.GraphicRanges) || len(mine.PrintRanges) != len(unicode.PrintRanges) {
		fail("GraphicRanges/PrintRanges")
	}
	_ = reflect.TypeOf
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		for _, p := range preds {
			if p.mine(r) != p.gc(r) {
				fail(p.name, r)
			}
		}
		if r&0xF == 0 || r < 0x3000 {
			for _, t := range tabs[:6] {
				if mine.Is(t.mine, r) != unicode.Is(t.gc, r) {
					fail("Is", t.name, r)
				}
			}
			if mine.In(r, mine.Han, mine.Latin) != unicode.In(r, unicode.Han, unicode.Latin) ||
				mine.IsOneOf([]*mine.RangeTable{mine.Greek, mine.Cyrillic}, r) != unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Cyrillic}, r) {
				fail("In", r)
			}
		}
	}
	if fails > 0 {
		os.Exit(1)
	}
}
