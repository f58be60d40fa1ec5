// Pass 5c, the build identity of the binary:
//  - go.buildinfo, the first symbol of the data segment, which `go version`
//    reads (go-binary-format.md §3): magic, pointer size, flags (inline
//    strings), the Go version string and the sentinel-framed modinfo;
//  - the .note.go.buildid ELF note (§2): -buildid, or one derived from a
//    SHA-256 of the inputs and flags, formatted like cmd/go's
//    (four 20-character base64url parts).
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "link/buildinfo.h"
#include "link/bytes.h"
#include "link/context.h"

namespace gocc::link {
namespace {

constexpr uint8_t kMagic[14] = {0xff, ' ', 'G', 'o', ' ', 'b', 'u',
                                'i',  'l', 'd', 'i', 'n', 'f', ':'};
constexpr uint8_t kModinfoStart[16] = {0x30, 0x77, 0xaf, 0x0c, 0x92, 0x74,
                                       0x08, 0x02, 0x41, 0xe1, 0xc1, 0x07,
                                       0xe6, 0xd6, 0x18, 0xe6};
constexpr uint8_t kModinfoEnd[16] = {0xf9, 0x32, 0x43, 0x31, 0x86, 0x18,
                                     0x20, 0x72, 0x00, 0x82, 0x42, 0x10,
                                     0x41, 0x16, 0xd8, 0xf2};

// SHA-256 (FIPS 180-4), small and self-contained.
class Sha256 {
 public:
  void Update(const uint8_t* p, size_t n) {
    for (size_t i = 0; i < n; i++) {
      buf_[len_++ % 64] = p[i];
      if (len_ % 64 == 0) Block();
    }
  }
  std::array<uint8_t, 32> Final() {
    uint64_t bits = len_ * 8;
    uint8_t one = 0x80, zero = 0;
    Update(&one, 1);
    while (len_ % 64 != 56) Update(&zero, 1);
    for (int i = 7; i >= 0; i--) {
      uint8_t b = uint8_t(bits >> (8 * i));
      Update(&b, 1);
    }
    std::array<uint8_t, 32> out;
    for (int i = 0; i < 8; i++)
      for (int j = 0; j < 4; j++) out[4 * i + j] = uint8_t(h_[i] >> (24 - 8 * j));
    return out;
  }

 private:
  static uint32_t Rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
  void Block() {
    static constexpr uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
        0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
        0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
        0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
        0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
      w[i] = uint32_t(buf_[4 * i]) << 24 | uint32_t(buf_[4 * i + 1]) << 16 |
             uint32_t(buf_[4 * i + 2]) << 8 | buf_[4 * i + 3];
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = Rotr(w[i - 15], 7) ^ Rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = Rotr(w[i - 2], 17) ^ Rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4], f = h_[5],
             g = h_[6], h = h_[7];
    for (int i = 0; i < 64; i++) {
      uint32_t t1 = h + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) +
                    ((e & f) ^ (~e & g)) + k[i] + w[i];
      uint32_t t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) +
                    ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h_[0] += a;
    h_[1] += b;
    h_[2] += c;
    h_[3] += d;
    h_[4] += e;
    h_[5] += f;
    h_[6] += g;
    h_[7] += h;
  }
  uint32_t h_[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  uint8_t buf_[64] = {};
  uint64_t len_ = 0;
};

std::string Base64Url(const uint8_t* p, size_t n) {
  static const char kChars[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  for (size_t i = 0; i + 2 < n; i += 3) {
    uint32_t v = uint32_t(p[i]) << 16 | uint32_t(p[i + 1]) << 8 | p[i + 2];
    for (int j = 3; j >= 0; j--) out += kChars[(v >> (6 * j)) & 63];
  }
  return out;
}

}  // namespace

std::array<uint8_t, 32> Sha256Sum(const uint8_t* data, size_t size) {
  Sha256 h;
  h.Update(data, size);
  return h.Final();
}

std::string DefaultModinfo(const std::string& go_version) {
  (void)go_version;
  return "path\tcommand-line-arguments\n"
         "build\t-compiler=gocc\n"
         "build\tCGO_ENABLED=0\n"
         "build\tGOARCH=amd64\n"
         "build\tGOOS=linux\n"
         "build\tGOAMD64=v1\n";
}

std::vector<uint8_t> BuildinfoBytes(const std::string& version,
                                    const std::string& modinfo) {
  Bytes b(kMagic, kMagic + sizeof kMagic);
  PutU8(&b, 8);     // pointer size
  PutU8(&b, 0x02);  // little-endian, inline strings
  b.resize(32, 0);
  PutUleb(&b, version.size());
  b.insert(b.end(), version.begin(), version.end());
  std::string framed;
  if (!modinfo.empty()) {
    framed.assign(reinterpret_cast<const char*>(kModinfoStart), 16);
    framed += modinfo;
    framed.append(reinterpret_cast<const char*>(kModinfoEnd), 16);
  }
  PutUleb(&b, framed.size());
  b.insert(b.end(), framed.begin(), framed.end());
  Pad(&b, 16);
  return b;
}

std::vector<uint8_t> BuildIDNote(const std::string& id) {
  Bytes b;
  PutU32(&b, 4);  // namesz
  PutU32(&b, uint32_t(id.size()));
  PutU32(&b, 4);  // ELF_NOTE_GOBUILDID_TAG
  b.insert(b.end(), {'G', 'o', 0, 0});
  b.insert(b.end(), id.begin(), id.end());
  Pad(&b, 4);
  return b;
}

void BuildBuildinfo(Context& ctx) {
  std::string modinfo = DefaultModinfo(ctx.opts.go_version);
  for (const auto& [name, value] : ctx.opts.xdefs)
    if (name == "runtime.modinfo") modinfo = value;
  Symbol* s = ctx.Find("go.buildinfo");
  s->data = BuildinfoBytes(ctx.opts.go_version, modinfo);
  s->size = s->data.size();
  s->align = 16;
}

void BuildBuildID(Context& ctx) {
  std::string id = ctx.opts.buildid;
  if (!ctx.opts.have_buildid) {
    Sha256 h;
    std::string flags = absl::StrCat(ctx.opts.strip_all, ctx.opts.strip_dwarf,
                                     ctx.opts.entry, ctx.opts.text_addr,
                                     ctx.opts.go_version);
    for (const auto& [k, v] : ctx.opts.xdefs) flags += k + "=" + v + "\n";
    h.Update(reinterpret_cast<const uint8_t*>(flags.data()), flags.size());
    for (const auto& b : ctx.input_bytes) {
      std::array<uint8_t, 32> d = Sha256Sum(b.data(), b.size());
      h.Update(d.data(), d.size());
    }
    std::array<uint8_t, 32> sum = h.Final();
    // Four parts like cmd/go's action/content IDs, each from its own hash.
    for (uint8_t part = 0; part < 4; part++) {
      Sha256 ph;
      ph.Update(&part, 1);
      ph.Update(sum.data(), sum.size());
      std::array<uint8_t, 32> d = ph.Final();
      if (part) id += "/";
      id += Base64Url(d.data(), 15);
    }
  }
  ctx.buildid_note = BuildIDNote(id);
}

}  // namespace gocc::link
