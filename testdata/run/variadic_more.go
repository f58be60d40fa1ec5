// run

// Variadic functions with string and struct elements, forwarding a
// variadic slice, and calls with zero extra arguments.

package main

type kv struct {
	k string
	v int
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func total(items ...kv) (n int) {
	for _, it := range items {
		n += it.v
	}
	return
}

func forward(parts ...string) string { return join("+", parts...) }

func main() {
	println(join(","), join(",", "a"), join(", ", "a", "b", "c"))
	println(total(), total(kv{"x", 1}, kv{"y", 41}))
	println(forward("p", "q"), forward())
	s := []string{"1", "2", "3"}
	println(join("-", s...), len(s))
}
