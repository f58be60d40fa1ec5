// run

// strconv formatting through our std: FormatInt/FormatUint in every base,
// Itoa, AppendInt, FormatBool, Quote family and IsPrint.
package main

import "strconv"

func main() {
	for _, v := range []int64{0, 1, -1, 7, -8, 255, 1000000, -9223372036854775808, 9223372036854775807} {
		println(strconv.Itoa(int(v)), strconv.FormatInt(v, 2), strconv.FormatInt(v, 8), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36))
		println(strconv.FormatUint(uint64(v), 10), strconv.FormatUint(uint64(v), 16))
	}
	println(string(strconv.AppendInt([]byte("n="), -42, 10)), string(strconv.AppendUint(nil, 42, 2)))
	println(strconv.FormatBool(true), strconv.FormatBool(false), string(strconv.AppendBool([]byte("b:"), true)))
	for _, s := range []string{"", "hello", "tab\there", "quote\"s", `back\slash`, "nl\n", "\x00\x07\x7f", "héllo 世界", "\xff\xfe", "\u00a0\u2003", "\U0001F600", "\ufeff"} {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 'é', '世', 0x10ffff, 0xd800, -1, 0x7f, 0xa0} {
		println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
}
