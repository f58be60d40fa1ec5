// Tokens and the preprocessor: the first stage of the assembler. The
// tokenizer turns one file's bytes into tokens (comments dropped, `\` line
// continuations joined); the preprocessor runs the # directives (#include,
// #define, #undef, #ifdef/#ifndef/#else/#endif, #line) and expands macros,
// handing the parser a flat token stream in which kNewline ends a line.
#ifndef GOCC_ASM_LEX_H_
#define GOCC_ASM_LEX_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "asm/diag.h"
#include "asm/prog.h"

namespace gocc::assembler {

struct Token {
  enum Kind : uint8_t {
    kIdent,    // runtime·rt0_go, AX, NOSPLIT (UTF-8 letters, _, ·, ∕, digits)
    kNumber,   // 123, 0x1f, 1.5e3
    kString,   // "abc" or `abc` (text keeps the quotes)
    kChar,     // 'a'
    kOp,       // punctuation: ( ) , $ + - * / ...; << >> &^ are one token
    kHash,     // '#' that starts a directive line
    kNewline,  // end of a line (also ';' is reported by the parser, not here)
    kEscNewline,  // "\" + newline: a line break inside a #define body
                  // (gc's multi-line macros); whitespace anywhere else
    kEOF,
  };
  Kind kind = kEOF;
  std::string text;
  Pos pos;
  bool space_before = false;  // whitespace precedes it (for #define f(x) vs f (x))
};

// Splits a whole file into tokens. Never fails: a stray byte becomes a kOp
// token that the parser rejects; an unterminated string or comment is
// reported through diag.
std::vector<Token> Tokenize(const std::string& src, int file, Diag* diag);

// Joins tokens back into operand text ("x-8(SP)", "$\"hi\"") with a space
// only where two words would otherwise merge.
std::string JoinTokens(const std::vector<Token>& toks);

class Preprocessor {
 public:
  // include_dirs: -I directories, searched after the including file's own
  // directory, in order; the built-in include dir goes last.
  Preprocessor(Diag* diag, std::vector<std::string> include_dirs);

  // Defines a macro from -D name[=value]. Returns false if name is not an
  // identifier.
  bool Define(const std::string& name, const std::string& value);

  // Starts reading path. Returns false (error reported) if it cannot be read.
  bool Open(const std::string& path);

  // Returns the next macro-expanded token. kNewline ends each line; kEOF
  // comes at the end of the main file (forever after).
  Token Next();

 private:
  struct Macro {
    std::string name;
    bool function_like = false;
    std::vector<std::string> params;
    std::vector<Token> body;
  };
  struct Source {
    std::vector<Token> toks;
    size_t i = 0;
    std::string macro;  // non-empty for a macro expansion: hidden while active
    std::string dir;    // for files: directory, for #include "x"
    bool is_file = false;
    int line_delta = 0;  // #line adjustment for tokens of this file
    int line_file = -1;  // #line file override
    size_t cond_base = 0;  // conds_ size when the file was pushed
    bool barrier = false;  // a macro argument being pre-expanded: Raw()
                           // reports kEOF at its end instead of going on
  };

  Token Raw();        // next token from the source stack, no expansion
  Token PeekRaw();
  void Directive(const Token& hash);
  void DoDefine(const std::vector<Token>& line, Pos pos);
  bool Enabled() const;
  bool MacroActive(const std::string& name) const;
  bool Expand(const Token& name, const Macro& m);
  std::vector<Token> ExpandArg(std::vector<Token> arg);
  bool PushFile(const std::string& path, Pos pos);
  std::vector<Token> RestOfLine();

  Diag* diag_;
  std::vector<std::string> include_dirs_;
  std::map<std::string, Macro> macros_;
  std::vector<Source> stack_;
  struct Cond {
    bool active;      // this branch is being assembled
    bool parent;      // the enclosing region is being assembled
    bool seen_else;
    Pos pos;
  };
  std::vector<Cond> conds_;
  bool at_bol_ = true;
  long expanded_ = 0;  // tokens produced by macro expansion (bounded)
  bool dead_ = false;  // a fatal preprocessing error stopped input
};

}  // namespace gocc::assembler

#endif  // GOCC_ASM_LEX_H_
