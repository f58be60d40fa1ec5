// run

// for-range over strings decodes UTF-8: valid runes of 1-4 bytes, invalid
// bytes give U+FFFD and advance by one.

package main

func main() {
	for i, r := range "aé世𝄞" {
		println(i, r)
	}
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		println(i, r)
	}
	n := 0
	for range "hello" {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i, " ")
	}
	println()
	cnt := 0
	for _, r := range "ñandú" {
		if r > 127 {
			cnt++
		}
	}
	println(cnt)
}
