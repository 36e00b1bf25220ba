#!/usr/bin/env bash
# Installs the build dependencies, builds LeaseLink and runs every test:
#   1. the normal build (GUI, core, lab) with the whole CTest suite, then the .deb made from it
#      and smoke-checked from its installed files (packaging/check-package.sh);
#   2. an AddressSanitizer + UndefinedBehaviorSanitizer build of core and the lab with
#      LEASELINK_BUILD_GUI=OFF (which also proves core needs no Widgets), running the unit and
#      integration tests again under the sanitizers;
#   3. the libFuzzer targets built with clang 16 (ASan + UBSan) and a 60-second smoke run of
#      them over the committed corpora (tests/fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
jobs=$(nproc)

echo "== normal build =="
cmake --preset default >/dev/null
cmake --build --preset default -j"$jobs"
ctest --preset default -j"$jobs"

echo "== .deb package from the normal build =="
bash packaging/check-package.sh build/default

echo "== ASan + UBSan build, no GUI =="
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
ctest --preset asan -j"$jobs" -L 'unit|integration'

echo "== fuzz smoke: libFuzzer targets, clang 16 with ASan + UBSan =="
CC=clang-16 CXX=clang++-16 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEASELINK_BUILD_GUI=OFF -DLEASELINK_BUILD_TESTS=ON -DLEASELINK_FUZZ=ON >/dev/null
cmake --build build/fuzz -j"$jobs" --target leaselink_fuzzers
bash tests/fuzz/run-smoke.sh build/fuzz 60
