// Corpus replay for objreader_fuzz.cc without libFuzzer (any compiler):
// runs the fuzz target on every seed file named on the command line, on
// truncations of it, and on deterministic mutations (byte flips, 32-bit
// fields overwritten with boundary values). ctest runs it over
// testdata/link/fuzz; a crash or sanitizer report fails the test.
//
//   objreader_fuzz_replay [-n MUTATIONS] FILE...
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

uint64_t Next(uint64_t* s) {  // xorshift64*
  *s ^= *s >> 12;
  *s ^= *s << 25;
  *s ^= *s >> 27;
  return *s * 2685821657736338717ULL;
}

void Run(const std::vector<uint8_t>& b) {
  // A copy of exactly the input's size, so a sanitizer sees overreads.
  uint8_t* p = static_cast<uint8_t*>(std::malloc(b.empty() ? 1 : b.size()));
  if (!b.empty()) std::memcpy(p, b.data(), b.size());
  LLVMFuzzerTestOneInput(p, b.size());
  std::free(p);
}

}  // namespace

int main(int argc, char** argv) {
  int mutations = 2000;
  int runs = 0, files = 0;
  for (int i = 1; i < argc; i++) {
    if (std::string(argv[i]) == "-n" && i + 1 < argc) {
      mutations = std::atoi(argv[++i]);
      continue;
    }
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", argv[i]);
      return 1;
    }
    std::vector<uint8_t> seed((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    files++;
    Run(seed);
    runs++;
    size_t step = seed.size() / 256 + 1;
    for (size_t n = 0; n < seed.size(); n += step) {
      Run(std::vector<uint8_t>(seed.begin(), seed.begin() + n));
      runs++;
    }
    uint64_t state = 0x9e3779b97f4a7c15ULL ^ seed.size();
    static const uint32_t kValues[] = {0, 1, 0x7f, 0x80, 0xff, 0xffff,
                                       0x7fffffff, 0x80000000, 0xffffffff};
    for (int m = 0; m < mutations && !seed.empty(); m++) {
      std::vector<uint8_t> b = seed;
      int edits = 1 + int(Next(&state) % 4);
      for (int e = 0; e < edits; e++) {
        size_t off = Next(&state) % b.size();
        if (Next(&state) % 2 == 0) {
          b[off] ^= uint8_t(1u << (Next(&state) % 8));
        } else {
          uint32_t v = kValues[Next(&state) % 9];
          for (int k = 0; k < 4 && off + k < b.size(); k++)
            b[off + k] = uint8_t(v >> (8 * k));
        }
      }
      Run(b);
      runs++;
    }
  }
  std::printf("objreader_fuzz_replay: %d files, %d inputs, no crash\n", files,
              runs);
  return files > 0 ? 0 : 1;
}
