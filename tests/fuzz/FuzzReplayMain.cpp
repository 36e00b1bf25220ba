// The main() of the replay executables (plain g++ builds, CTest label "fuzz"): every file in the
// directories or paths given runs once through LLVMFuzzerTestOneInput, so the seed corpus and
// every input that once crashed stay regression tests in the normal and the asan suites.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path &root)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_regular_file(root)) {
        files.push_back(root);
    } else if (std::filesystem::is_directory(root)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
            if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end()); // a stable order makes a failure reproducible
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        std::size_t here = 0;
        for (const auto &path : inputsUnder(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "replay %s (%zu bytes)\n", path.c_str(), bytes.size());
            // A copy of exactly the input's size, so an overread is caught under ASan.
            std::vector<std::uint8_t> exact(bytes.begin(), bytes.end());
            LLVMFuzzerTestOneInput(exact.empty() ? nullptr : exact.data(), exact.size());
            ++here;
        }
        std::printf("%s: %zu inputs\n", argv[i], here);
        total += here;
    }
    std::printf("replayed %zu inputs, all passed\n", total);
    // No input at all means a wrong path: fail rather than pass vacuously.
    return total == 0 ? 1 : 0;
}
