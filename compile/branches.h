// Branch and label checks for one function body (run by the parser after a
// function body without syntax errors, as gc does): labels defined twice or
// never used, break/continue/goto/fallthrough out of place, gotos jumping
// into blocks or over variable declarations. Resolves Stmt::target.
#ifndef GOCC_COMPILE_BRANCHES_H_
#define GOCC_COMPILE_BRANCHES_H_

#include "compile/ast.h"

namespace gocc::compile {

void CheckBranches(Stmt* body, Diag* diag);

}  // namespace gocc::compile

#endif  // GOCC_COMPILE_BRANCHES_H_
