// Selects the runtime's start-up path (runtime/README.md). The Go half
// (proc.go and the other .go files, behind the gocc_go_half build tag) is
// switched on by defining GOCC_GO_HALF here and dropping that tag, in one
// commit, once compile can build it. Until then rt0_go calls main·main.
// `go tool asm -D GOCC_GO_HALF` selects it for a build with gc's tools.
#ifndef GOCC_GO_HALF
#define GOCC_GO_HALF
#endif
