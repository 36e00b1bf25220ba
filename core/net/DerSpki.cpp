#include "DerSpki.h"

namespace leaselink {

namespace {

constexpr quint8 Sequence = 0x30;
constexpr quint8 ExplicitVersion = 0xA0; // [0] EXPLICIT Version

struct Tlv
{
    quint8 tag = 0;
    qsizetype start = 0;  // of the tag
    qsizetype header = 0; // tag + length bytes
    qsizetype length = 0; // of the content
    qsizetype end() const { return start + header + length; }
    qsizetype contentStart() const { return start + header; }
};

// One DER element starting at `at` that must end by `limit`. Multi-byte tags, the indefinite
// length and lengths over 4 bytes never occur in a certificate's outer structure: refused.
bool readTlv(const QByteArray &der, qsizetype at, qsizetype limit, Tlv *out)
{
    if (at < 0 || limit > der.size() || at + 2 > limit)
        return false;
    const auto byte = [&der](qsizetype i) { return quint8(der.at(i)); };
    Tlv t;
    t.start = at;
    t.tag = byte(at);
    if ((t.tag & 0x1f) == 0x1f)
        return false;
    const quint8 first = byte(at + 1);
    if (first < 0x80) {
        t.header = 2;
        t.length = first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || at + 2 + count > limit)
            return false;
        qsizetype length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byte(at + 2 + i);
        t.header = 2 + count;
        t.length = length;
    }
    if (t.length > limit - at - t.header)
        return false;
    *out = t;
    return true;
}

} // namespace

QByteArray subjectPublicKeyInfoDer(const QByteArray &der)
{
    Tlv certificate;
    if (!readTlv(der, 0, der.size(), &certificate) || certificate.tag != Sequence)
        return {};
    Tlv tbs;
    if (!readTlv(der, certificate.contentStart(), certificate.end(), &tbs) || tbs.tag != Sequence)
        return {};
    qsizetype at = tbs.contentStart();
    Tlv field;
    if (!readTlv(der, at, tbs.end(), &field))
        return {};
    if (field.tag == ExplicitVersion)
        at = field.end();
    // serialNumber, signature, issuer, validity, subject
    for (int skipped = 0; skipped < 5; ++skipped) {
        if (!readTlv(der, at, tbs.end(), &field))
            return {};
        at = field.end();
    }
    if (!readTlv(der, at, tbs.end(), &field) || field.tag != Sequence)
        return {};
    return der.mid(field.start, field.header + field.length);
}

} // namespace leaselink
