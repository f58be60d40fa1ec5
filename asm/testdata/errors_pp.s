// Preprocessor errors.
#include "nonexistent.h"		// ERROR "#include: open nonexistent.h"
#define A 1
#define A 2				// ERROR "redefinition of macro: A"
#undef B				// ERROR "#undef for undefined macro: B"
#else					// ERROR "unmatched #else"
#endif					// ERROR "unmatched #endif"
#define F(x) x
TEXT ·f(SB), 4, $0
	F(1, 2)				// ERROR "wrong arg count for macro F"
	RET
#bogus					// ERROR "unexpected token after '#': bogus"
#ifdef A				// ERROR "unclosed #ifdef or #ifndef"
