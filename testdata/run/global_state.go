// run

// Package-level arrays, structs and slices modified by functions and
// methods.

package main

type Config struct {
	name  string
	level int
	tags  []string
}

var cfg = Config{name: "default", level: 1}
var counts [5]int
var log []string

func record(s string) {
	log = append(log, s)
	counts[len(s)%5]++
}

func (c *Config) raise() { c.level *= 2 }

func main() {
	record("a")
	record("bb")
	record("ccccc")
	record("dddddddddd")
	cfg.raise()
	cfg.raise()
	cfg.tags = append(cfg.tags, "x", "y")
	println(len(log), log[3], counts[0], counts[1], counts[2])
	println(cfg.name, cfg.level, len(cfg.tags), cfg.tags[1])
}
