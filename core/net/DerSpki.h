#pragma once

#include <QByteArray>

namespace leaselink {

// The DER SubjectPublicKeyInfo of an X.509 certificate, cut out of the certificate's own DER
// (Certificate → tbsCertificate → the 7th field, after the optional [0] version). Empty when the
// DER does not have that shape. Bounds are checked on every step; nothing is allocated but the
// result.
//
// Why not QSslCertificate::publicKey(): with Qt 6.4's OpenSSL backend it dereferences a null
// key for a certificate whose key OpenSSL cannot read, so a TLS server presenting such a
// certificate crashed the probe (found by tests/fuzz/fuzz_certificate; the input is kept in
// tests/fuzz/regressions/certificate/).
QByteArray subjectPublicKeyInfoDer(const QByteArray &certificateDer);

} // namespace leaselink
