// Little-endian byte-buffer helpers shared by the table builders (pclntab,
// moduledata, buildinfo, DWARF) and the ELF writer.
#ifndef GOCC_LINK_BYTES_H_
#define GOCC_LINK_BYTES_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace gocc::link {

using Bytes = std::vector<uint8_t>;

inline void PutU8(Bytes* b, uint8_t v) { b->push_back(v); }
inline void PutU16(Bytes* b, uint16_t v) {
  for (int i = 0; i < 2; i++) b->push_back(uint8_t(v >> (8 * i)));
}
inline void PutU32(Bytes* b, uint32_t v) {
  for (int i = 0; i < 4; i++) b->push_back(uint8_t(v >> (8 * i)));
}
inline void PutU64(Bytes* b, uint64_t v) {
  for (int i = 0; i < 8; i++) b->push_back(uint8_t(v >> (8 * i)));
}
inline void PutUleb(Bytes* b, uint64_t v) {
  do {
    uint8_t c = v & 0x7f;
    v >>= 7;
    if (v) c |= 0x80;
    b->push_back(c);
  } while (v);
}
inline void PutSleb(Bytes* b, int64_t v) {
  for (;;) {
    uint8_t c = v & 0x7f;
    v >>= 7;
    bool done = (v == 0 && !(c & 0x40)) || (v == -1 && (c & 0x40));
    if (!done) c |= 0x80;
    b->push_back(c);
    if (done) return;
  }
}
inline void PutStr(Bytes* b, const std::string& s) {  // NUL-terminated
  b->insert(b->end(), s.begin(), s.end());
  b->push_back(0);
}
inline void Pad(Bytes* b, size_t align) {
  while (b->size() % align) b->push_back(0);
}
inline void SetU32(Bytes* b, size_t off, uint32_t v) {
  for (int i = 0; i < 4; i++) (*b)[off + i] = uint8_t(v >> (8 * i));
}
inline void SetU64(Bytes* b, size_t off, uint64_t v) {
  for (int i = 0; i < 8; i++) (*b)[off + i] = uint8_t(v >> (8 * i));
}

}  // namespace gocc::link

#endif  // GOCC_LINK_BYTES_H_
