#pragma once

// PEM text of the committed lab certificates (lab/certs), generated into the build tree by
// lab/common/CMakeLists.txt so the library needs no files or resources at run time.
namespace leaselink::lab::certdata {
extern const char localhostPem[];
extern const char localhostKey[];
extern const char rotatedPem[];
extern const char rotatedKey[];
extern const char expiredPem[];
extern const char expiredKey[];
extern const char wrongNamePem[];
extern const char wrongNameKey[];
} // namespace leaselink::lab::certdata
