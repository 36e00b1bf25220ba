// Issue 8 "Hostile input" through the decoders (labels unit and fuzz): deeply nested JSON,
// invalid UTF-8, NUL characters and 10,000-character host names in a PSU lease list, and a
// claimed huge count. Each gives a clear DecodeFailure or a bounded value, never a crash.
// Host names are kept raw by the decoder; the rules downstream report them as invalid for
// dns_name (C-11) and cut the side-info copy to 1,024 characters with the cut flag (O-12).
// Oversized bodies are stopped before decoding: tests/integration/net/tst_hostilebody.cpp.
#include "config/ConfigOverrides.h"
#include "net/CertificateInfo.h"
#include "net/DerSpki.h"
#include "net/netbox/NetBoxDecoder.h"
#include "net/psu/PsuDecoder.h"
#include "sync/IpAddressRules.h"
#include "sync/LeaseInfoRules.h"

#include <QFile>
#include <QSslCertificate>
#include <QTest>

using namespace leaselink;

namespace {

QByteArray leaseList(const QByteArray &hostnameJson)
{
    return R"([{"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":)" +
           hostnameJson +
           R"(,"scope_id":"10.0.1.0","lease_expiry":null,"address_state":"Active"}])";
}

QString describe(const DecodeFailure &f)
{
    return f.path + u' ' + f.reason;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deeplyNested_data()
    {
        QTest::addColumn<QByteArray>("body");
        const int depth = 10'000;
        const QByteArray lists = QByteArray(depth, '[') + QByteArray(depth, ']');
        QTest::newRow("lists") << lists;
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += R"({"a":)";
        objects += '1';
        objects += QByteArray(depth, '}');
        QTest::newRow("objects") << objects;
        const QByteArray nestedState = R"("address_state":)" + lists;
        QByteArray inLease = leaseList("\"h\"");
        inLease.replace(R"("address_state":"Active")", nestedState);
        QTest::newRow("inside a lease") << inLease;
    }

    void deeplyNested()
    {
        QFETCH(QByteArray, body);
        const auto leases = PsuDecoder::leases(body);
        QVERIFY(!leases);
        QVERIFY2(leases.error().reason.contains(QStringLiteral("not JSON")),
                 qPrintable(describe(leases.error())));
        QVERIFY2(leases.error().reason.contains(QStringLiteral("deeply nested")),
                 qPrintable(describe(leases.error())));
        QVERIFY(!PsuDecoder::groupedLeases(body));
        QVERIFY(!PsuDecoder::metrics(body));
        const auto page = NetBoxDecoder::page(body);
        QVERIFY(!page);
        QVERIFY(page.error().reason.contains(QStringLiteral("deeply nested")));
        const auto overrides = ConfigOverrides::parse(body, QStringLiteral("/tmp/leaselink.json"));
        QVERIFY(overrides.hasProblems());
        QVERIFY(!overrides.syncIpsFromDhcp().has_value());
    }

    // Windows reports names in UTF-16; the PSU script sends UTF-8. Bytes that are not UTF-8
    // make the whole body invalid JSON: a clear failure with the offset, nothing half-read.
    void invalidUtf8()
    {
        const QByteArray body = leaseList("\"DESKTOP-\xff\xfe\xc3(\"");
        const auto leases = PsuDecoder::leases(body);
        QVERIFY(!leases);
        QVERIFY2(leases.error().reason.contains(QStringLiteral("invalid UTF8 string")),
                 qPrintable(describe(leases.error())));
        QVERIFY2(leases.error().reason.contains(QStringLiteral("offset")),
                 qPrintable(describe(leases.error())));
        // An overlong encoding of '/' and a lone surrogate are refused the same way.
        QVERIFY(!PsuDecoder::leases(leaseList("\"a\xc0\xaf\"")));
        QVERIFY(!PsuDecoder::leases(leaseList("\"a\xed\xa0\x80\"")));
    }

    // A NUL written as \u0000 is a character like any other for the decoder; the name is not
    // a valid dns_name (C-11) and is stored raw in the side-info.
    void nulInHostname()
    {
        const auto leases = PsuDecoder::leases(leaseList(R"("pc\u0000-evil.example.com")"));
        QVERIFY2(leases, qPrintable(leases ? QString() : describe(leases.error())));
        QCOMPARE(leases->size(), qsizetype(1));
        const QString host = leases->first().hostname;
        QCOMPARE(host.size(), qsizetype(20));
        QCOMPARE(host.at(2), QChar(u'\0'));
        QVERIFY(!sync::validDnsName(host).has_value());

        // A raw NUL byte inside the string: whatever Qt makes of it, no crash and no overread.
        const QByteArray raw = leaseList(QByteArray("\"pc\0x\"", 6));
        const auto rawLeases = PsuDecoder::leases(raw);
        if (rawLeases)
            QVERIFY(rawLeases->first().hostname.startsWith(QStringLiteral("pc")));
        else
            QVERIFY(!rawLeases.error().reason.isEmpty());
    }

    // 10,000 characters: decoded raw, refused as dns_name (over 255, C-11), cut to 1,024 with
    // the cut flag in the side-info (O-12).
    void longHostname()
    {
        const QByteArray name(10'000, 'h');
        const auto leases = PsuDecoder::leases(leaseList('"' + name + '"'));
        QVERIFY2(leases, qPrintable(leases ? QString() : describe(leases.error())));
        const QString host = leases->first().hostname;
        QCOMPARE(host.size(), qsizetype(10'000));
        QVERIFY(!sync::validDnsName(host).has_value());

        sync::SideInfoObservation seen;
        seen.host = host;
        seen.active = true;
        const QDateTime now(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
        const sync::LeaseSideInfo info = sync::upsertedSideInfo(std::nullopt, seen, now);
        QCOMPARE(info.host.size(), sync::LeaseSideInfo::MaxHostLength);
        QCOMPARE(info.host.size(), qsizetype(1024));
        QVERIFY(info.hostCut);

        // 1,024 exactly is kept whole and not flagged.
        seen.host = host.left(1024);
        const sync::LeaseSideInfo exact = sync::upsertedSideInfo(std::nullopt, seen, now);
        QCOMPARE(exact.host.size(), qsizetype(1024));
        QVERIFY(!exact.hostCut);
    }

    // A count is only a claim: nothing is allocated for it, and the page holds what was sent.
    // NetBoxClient::listAll compares the claim with what it read and fails on a mismatch.
    void claimedHugeCount()
    {
        const QByteArray body =
            R"({"count":10000000,"next":"https://nb.example/api/ipam/ip-addresses/?limit=1000&offset=1000","previous":null,"results":[{"id":1}]})";
        const auto page = NetBoxDecoder::page(body);
        QVERIFY2(page, qPrintable(page ? QString() : describe(page.error())));
        QCOMPARE(*page->count, qint64(10'000'000));
        QCOMPARE(page->results.size(), qsizetype(1));

        const auto absurd =
            NetBoxDecoder::page(R"({"count":1e300,"next":null,"previous":null,"results":[]})");
        QVERIFY(!absurd);
        QCOMPARE(absurd.error().path, QStringLiteral("count"));
        const auto negative =
            NetBoxDecoder::page(R"({"count":-1,"next":null,"previous":null,"results":[]})");
        QVERIFY(!negative);

        // The PSU metrics claim 10 million addresses in use: a number, nothing more.
        const QByteArray metrics =
            R"({"schema_version":1,"generated_at":"2026-10-08T12:00:00Z","server":null,)"
            R"("scopes":[{"scope_id":"10.0.1.0","name":"A","state":"active",)"
            R"("addresses_total":10000000,"addresses_in_use":10000000,"addresses_free":0,)"
            R"("addresses_reserved":0,"percent_in_use":100.0}],"failover":[]})";
        const auto m = PsuDecoder::metrics(metrics);
        QVERIFY2(m, qPrintable(m ? QString() : describe(m.error())));
        QCOMPARE(m->scopes.first().addressesInUse, qint64(10'000'000));
    }

    // Many records are decoded one by one; a bad one deep in the list names its index.
    void manyLeasesOneBad()
    {
        QByteArray body = "[";
        const QByteArray one =
            R"({"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":"h",)"
            R"("scope_id":"10.0.1.0","lease_expiry":null,"address_state":"Active"})";
        for (int i = 0; i < 20'000; ++i)
            body += one + ',';
        body += QByteArray(one).replace("10.0.1.50", "10.0.1.500") + ']';
        const auto leases = PsuDecoder::leases(body);
        QVERIFY(!leases);
        QCOMPARE(leases.error().path, QStringLiteral("[20000].ip_address"));
    }

    // The certificate fuzz_certificate found: Qt parses it, OpenSSL cannot read its key, and
    // QSslCertificate::publicKey() crashed on it. The pin now comes from the DER itself.
    void certificateWithUnreadableKey()
    {
        QFile file(QStringLiteral(LEASELINK_FUZZ_DIR
                                  "/regressions/certificate/unreadable-public-key.pem"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
        QCOMPARE(certificates.size(), qsizetype(1));
        const CertificateInfo info = CertificateInfo::fromCertificate(certificates.first());
        QCOMPARE(info.sha256Fingerprint.size(), qsizetype(95));
        QVERIFY(!info.spkiSha256Pin.isEmpty());

        // Cut short anywhere, the DER walk finds nothing rather than reading past the end.
        const QByteArray der = certificates.first().toDer();
        QVERIFY(!subjectPublicKeyInfoDer(der).isEmpty());
        for (qsizetype n = 0; n < der.size(); n += 7)
            QVERIFY(subjectPublicKeyInfoDer(der.left(n)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
