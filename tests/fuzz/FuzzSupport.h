#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by every fuzz target: the same LLVMFuzzerTestOneInput runs under libFuzzer (clang,
// LEASELINK_FUZZ=ON) and under the plain replay main (FuzzReplayMain.cpp) that CTest runs over
// the committed corpus and the regression inputs.
namespace leaselink::fuzz {

// One QCoreApplication for the process (QSslCertificate needs the TLS plugin loaded through it)
// and no log output: millions of executions must not spend their time formatting warnings.
void initialise();

// The input without a copy and without a terminating NUL, so AddressSanitizer sees any read
// past its end.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as the parsers get it from JSON or the UI: UTF-8 decoded (invalid sequences become
// U+FFFD), plus the raw Latin-1 view so embedded NULs and high bytes reach the parser too.
inline QString utf8(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void propertyFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace leaselink::fuzz

// A property the target checks besides "no crash" (round trips, bounds). abort() makes libFuzzer
// keep the input as a crash.
#define LEASELINK_FUZZ_REQUIRE(condition)                                                          \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::leaselink::fuzz::propertyFailed(#condition, __FILE__, __LINE__);                     \
    } while (false)
