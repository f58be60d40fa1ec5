// .go.funcinfo serialization and the pclntab pc-value encoding. The format is
// specified in objfile/README.md.
#include "objfile/funcinfo.h"

#include <cstring>

namespace gocc::objfile {
namespace {

constexpr char kMagic[8] = {'G', 'O', 'F', 'U', 'N', 'C', '1', '\0'};

void PutU32(std::vector<uint8_t>* out, uint32_t v) {
  for (int i = 0; i < 4; i++) out->push_back(uint8_t(v >> (8 * i)));
}
void PutU64(std::vector<uint8_t>* out, uint64_t v) {
  for (int i = 0; i < 8; i++) out->push_back(uint8_t(v >> (8 * i)));
}
void PutBlob(std::vector<uint8_t>* out, const uint8_t* p, size_t n) {
  PutU32(out, uint32_t(n));
  out->insert(out->end(), p, p + n);
}

// Bounds-checked cursor over the section bytes.
class Reader {
 public:
  Reader(const uint8_t* p, size_t n) : p_(p), n_(n) {}
  bool ok() const { return ok_; }
  uint8_t U8() {
    if (!Need(1)) return 0;
    return p_[off_++];
  }
  uint32_t U32() {
    if (!Need(4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= uint32_t(p_[off_ + i]) << (8 * i);
    off_ += 4;
    return v;
  }
  uint64_t U64() {
    if (!Need(8)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= uint64_t(p_[off_ + i]) << (8 * i);
    off_ += 8;
    return v;
  }
  std::vector<uint8_t> Blob() {
    uint32_t n = U32();
    if (!Need(n)) return {};
    std::vector<uint8_t> v(p_ + off_, p_ + off_ + n);
    off_ += n;
    return v;
  }
  bool Bytes(void* dst, size_t n) {
    if (!Need(n)) return false;
    std::memcpy(dst, p_ + off_, n);
    off_ += n;
    return true;
  }
  // A count of items that each take at least min_size bytes cannot exceed
  // what is left; this keeps a corrupt count from allocating gigabytes.
  bool PlausibleCount(uint32_t count, size_t min_size) {
    if (!ok_ || count > (n_ - off_) / min_size) ok_ = false;
    return ok_;
  }

 private:
  bool Need(size_t k) {
    if (!ok_ || k > n_ - off_) ok_ = false;
    return ok_;
  }
  const uint8_t* p_;
  size_t n_;
  size_t off_ = 0;
  bool ok_ = true;
};

}  // namespace

void AppendUvarint(std::vector<uint8_t>* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(uint8_t(v) | 0x80);
    v >>= 7;
  }
  out->push_back(uint8_t(v));
}

std::vector<uint8_t> EncodeFuncInfo(const FuncInfoSection& s) {
  std::vector<uint8_t> out(kMagic, kMagic + 8);
  PutU32(&out, uint32_t(s.files.size()));
  for (const std::string& f : s.files)
    PutBlob(&out, reinterpret_cast<const uint8_t*>(f.data()), f.size());
  PutU32(&out, uint32_t(s.funcs.size()));
  for (const FuncInfo& f : s.funcs) {
    PutU32(&out, f.sym);
    PutU32(&out, uint32_t(f.args));
    PutU32(&out, uint32_t(f.frame));
    PutU32(&out, f.textflag);
    out.push_back(f.funcid);
    out.push_back(f.funcflag);
    out.push_back(0);
    out.push_back(0);
    PutU32(&out, f.deferreturn);
    PutBlob(&out, f.pcsp.data(), f.pcsp.size());
    PutBlob(&out, f.pcfile.data(), f.pcfile.size());
    PutBlob(&out, f.pcln.data(), f.pcln.size());
    PutU32(&out, uint32_t(f.pcdata.size()));
    for (const auto& t : f.pcdata) PutBlob(&out, t.data(), t.size());
    PutU32(&out, uint32_t(f.funcdata.size()));
    for (const FuncDataRef& r : f.funcdata) {
      PutU32(&out, r.sym);
      PutU64(&out, uint64_t(r.offset));
    }
  }
  return out;
}

bool DecodeFuncInfo(const uint8_t* data, size_t size, FuncInfoSection* out,
                    std::string* error) {
  Reader r(data, size);
  char magic[8];
  if (!r.Bytes(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) {
    *error = "bad .go.funcinfo magic";
    return false;
  }
  *out = FuncInfoSection();
  uint32_t nfiles = r.U32();
  if (!r.PlausibleCount(nfiles, 4)) {
    *error = "truncated .go.funcinfo";
    return false;
  }
  for (uint32_t i = 0; i < nfiles && r.ok(); i++) {
    std::vector<uint8_t> b = r.Blob();
    out->files.emplace_back(b.begin(), b.end());
  }
  uint32_t nfuncs = r.U32();
  if (!r.PlausibleCount(nfuncs, 44)) {
    *error = "truncated .go.funcinfo";
    return false;
  }
  for (uint32_t i = 0; i < nfuncs && r.ok(); i++) {
    FuncInfo f;
    f.sym = r.U32();
    f.args = int32_t(r.U32());
    f.frame = int32_t(r.U32());
    f.textflag = r.U32();
    f.funcid = r.U8();
    f.funcflag = r.U8();
    r.U8();
    r.U8();
    f.deferreturn = r.U32();
    f.pcsp = r.Blob();
    f.pcfile = r.Blob();
    f.pcln = r.Blob();
    uint32_t npcdata = r.U32();
    if (!r.PlausibleCount(npcdata, 4)) break;
    for (uint32_t j = 0; j < npcdata && r.ok(); j++) f.pcdata.push_back(r.Blob());
    uint32_t nfuncdata = r.U32();
    if (!r.PlausibleCount(nfuncdata, 12)) break;
    for (uint32_t j = 0; j < nfuncdata && r.ok(); j++) {
      FuncDataRef ref;
      ref.sym = r.U32();
      ref.offset = int64_t(r.U64());
      f.funcdata.push_back(ref);
    }
    out->funcs.push_back(std::move(f));
  }
  if (!r.ok()) {
    *error = "truncated .go.funcinfo";
    return false;
  }
  return true;
}

void PCValueEncoder::Set(uint32_t pc, int32_t value) {
  if (!runs_.empty() && runs_.back().value == value) return;
  if (!runs_.empty() && runs_.back().pc == pc) {
    runs_.back().value = value;
    // Setting a value back to the previous run's merges the two.
    if (runs_.size() >= 2 && runs_[runs_.size() - 2].value == value)
      runs_.pop_back();
    return;
  }
  runs_.push_back({pc, value});
}

std::vector<uint8_t> PCValueEncoder::Finish(uint32_t size) {
  std::vector<uint8_t> out;
  if (runs_.empty()) return out;
  int64_t prev = -1;
  for (size_t i = 0; i < runs_.size(); i++) {
    uint32_t end = i + 1 < runs_.size() ? runs_[i + 1].pc : size;
    if (end <= runs_[i].pc) continue;  // empty run at the very end
    int64_t delta = int64_t(runs_[i].value) - prev;
    uint64_t zz = delta < 0 ? (uint64_t(-delta - 1) << 1) | 1 : uint64_t(delta) << 1;
    AppendUvarint(&out, zz);
    AppendUvarint(&out, end - runs_[i].pc);
    prev = runs_[i].value;
  }
  out.push_back(0);
  runs_.clear();
  return out;
}

bool DecodePCValue(const std::vector<uint8_t>& t, std::vector<PCValueRun>* out) {
  out->clear();
  size_t i = 0;
  auto uvarint = [&](uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (i >= t.size()) return false;
      uint8_t b = t[i++];
      *v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  };
  int64_t value = -1;
  uint32_t pc = 0;
  bool first = true;
  for (;;) {
    uint64_t u, d;
    if (!uvarint(&u)) return false;
    if (u == 0 && !first) return true;
    first = false;
    value += (u & 1) ? -int64_t(u >> 1) - 1 : int64_t(u >> 1);
    if (!uvarint(&d)) return false;
    out->push_back({pc, uint32_t(pc + d), int32_t(value)});
    pc += uint32_t(d);
  }
}

}  // namespace gocc::objfile
