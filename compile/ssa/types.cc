// SSA-level types (types.h): the interned singletons and their names.
#include "compile/ssa/types.h"

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace gocc::ssa {
namespace types {
const Type kVoid{TypeKind::kVoid, 0, 1};
const Type kBool{TypeKind::kBool, 1, 1};
const Type kMem{TypeKind::kMem, 0, 1};
const Type kFlags{TypeKind::kFlags, 0, 1};
const Type kPtr{TypeKind::kPtr, 8, 8};
const Type kUintptr{TypeKind::kUintptr, 8, 8};
const Type kInt8{TypeKind::kInt, 1, 1};
const Type kInt16{TypeKind::kInt, 2, 2};
const Type kInt32{TypeKind::kInt, 4, 4};
const Type kInt64{TypeKind::kInt, 8, 8};
const Type kUint8{TypeKind::kUint, 1, 1};
const Type kUint16{TypeKind::kUint, 2, 2};
const Type kUint32{TypeKind::kUint, 4, 4};
const Type kUint64{TypeKind::kUint, 8, 8};
const Type kFloat32{TypeKind::kFloat, 4, 4};
const Type kFloat64{TypeKind::kFloat, 8, 8};

const Type* Int(int size, bool is_signed) {
  switch (size) {
    case 1:
      return is_signed ? &kInt8 : &kUint8;
    case 2:
      return is_signed ? &kInt16 : &kUint16;
    case 4:
      return is_signed ? &kInt32 : &kUint32;
    default:
      return is_signed ? &kInt64 : &kUint64;
  }
}

const Type* Tuple(const Type* a, const Type* b) {
  static std::mutex mu;
  static std::map<std::pair<const Type*, const Type*>, std::unique_ptr<Type>>
      tuples;
  std::lock_guard<std::mutex> lock(mu);
  auto& t = tuples[{a, b}];
  if (!t) t.reset(new Type{TypeKind::kTuple, 0, 1, a, b});
  return t.get();
}
}  // namespace types

std::string Type::String() const {
  switch (kind) {
    case TypeKind::kVoid:
      return "void";
    case TypeKind::kInt:
      return "int" + std::to_string(size * 8);
    case TypeKind::kUint:
      return "uint" + std::to_string(size * 8);
    case TypeKind::kUintptr:
      return "uintptr";
    case TypeKind::kPtr:
      return "ptr";
    case TypeKind::kBool:
      return "bool";
    case TypeKind::kFloat:
      return "float" + std::to_string(size * 8);
    case TypeKind::kMem:
      return "mem";
    case TypeKind::kFlags:
      return "flags";
    case TypeKind::kTuple:
      return "(" + first->String() + "," + second->String() + ")";
  }
  return "?";
}

}  // namespace gocc::ssa
