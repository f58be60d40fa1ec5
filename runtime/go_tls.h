// Access to the g slot in thread-local storage (runtime/README.md): g lives
// at -8(FS). `get_tls(r)` loads nothing on linux/amd64 and `g(r)` names the
// slot, so `get_tls(CX); MOVQ g(CX), AX` assembles to `MOVQ FS:-8, AX`.
#define get_tls(r) MOVQ TLS, r
#define g(r) 0(r)(TLS*1)
