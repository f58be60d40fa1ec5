module gocc/testdata/runtime/typecheck

go 1.19
