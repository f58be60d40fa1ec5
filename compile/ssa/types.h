// SSA-level types: what a Value holds, independent of the front end's Go
// types. The AST -> SSA builder maps each Go type onto one of these (int ->
// Int64, *T -> Ptr, float32 -> Float32, ...). Passes use size, alignment and
// signedness; the register allocator uses the register class.
#ifndef GOCC_COMPILE_SSA_TYPES_H_
#define GOCC_COMPILE_SSA_TYPES_H_

#include <cstdint>
#include <string>

namespace gocc::ssa {

enum class TypeKind : uint8_t {
  kVoid,     // no value (NilCheck, a nil result)
  kInt,      // signed integer of size 1/2/4/8
  kUint,     // unsigned integer of size 1/2/4/8
  kUintptr,  // uintptr (unsigned, 8 bytes, not a pointer for the GC)
  kPtr,      // a pointer (unsafe.Pointer, *T, map, chan, func value)
  kBool,     // 1 byte, 0 or 1
  kFloat,    // float32 (size 4) or float64 (size 8)
  kMem,      // the memory state threaded through loads, stores and calls
  kFlags,    // condition flags (reserved; the amd64 lowering does not use it)
  kTuple,    // a pair of types (first, second), taken apart by Select0/1
};

enum class RegClass : uint8_t { kNone, kGP, kFP };

// A Type is an immutable interned object; compare types by pointer.
struct Type {
  TypeKind kind;
  int size;                      // bytes in memory
  int align;                     // bytes
  const Type* first = nullptr;   // kTuple
  const Type* second = nullptr;  // kTuple

  bool IsInteger() const {
    return kind == TypeKind::kInt || kind == TypeKind::kUint ||
           kind == TypeKind::kUintptr;
  }
  // Integers, pointers and bools: everything that lives in a GP register.
  bool IsIntLike() const { return IsInteger() || IsPtr() || IsBool(); }
  bool IsSigned() const { return kind == TypeKind::kInt; }
  bool IsFloat() const { return kind == TypeKind::kFloat; }
  bool IsPtr() const { return kind == TypeKind::kPtr; }
  bool IsBool() const { return kind == TypeKind::kBool; }
  bool IsMem() const { return kind == TypeKind::kMem; }
  bool IsVoid() const { return kind == TypeKind::kVoid; }
  bool IsTuple() const { return kind == TypeKind::kTuple; }
  RegClass Class() const {
    if (IsIntLike()) return RegClass::kGP;
    if (IsFloat()) return RegClass::kFP;
    return RegClass::kNone;
  }
  std::string String() const;  // "int64", "uint8", "float32", "mem", ...
};

namespace types {
extern const Type kVoid, kBool, kMem, kFlags, kPtr, kUintptr;
extern const Type kInt8, kInt16, kInt32, kInt64;
extern const Type kUint8, kUint16, kUint32, kUint64;
extern const Type kFloat32, kFloat64;
// Signed or unsigned integer type of `size` bytes.
const Type* Int(int size, bool is_signed);
// The interned tuple (a, b).
const Type* Tuple(const Type* a, const Type* b);
}  // namespace types

}  // namespace gocc::ssa

#endif  // GOCC_COMPILE_SSA_TYPES_H_
