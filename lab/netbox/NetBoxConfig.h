#pragma once

#include "NetBoxModels.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <tuple>

namespace leaselink::lab {

// Server-side settings of the simulated NetBox (what an admin configures in configuration.py, plus
// the emulated release). Tests switch these to exercise version-dependent client behaviour.
struct NetBoxConfig
{
    QString version = QStringLiteral("4.6.8"); // netbox-version, X.Y.Z
    QString fullVersion;                       // netbox-full-version; empty = version
    QString hostname = QStringLiteral("netbox01");
    QString scheme = QStringLiteral("http"); // for url fields; the transport knows it
    int paginateCount = 50;
    int maxPageSize = 1000; // 0 = unlimited (limit=0 returns everything)
    bool enforceGlobalUnique = true;
    bool loginRequired = true;
    bool strictBulkDuplicates = false; // not NetBox: reject duplicates inside a batch
    qint64 maxBodyBytes = 0;           // 0 = no limit (DRF 3.17.1 checks none)
    int maxRequestLineBytes = 0;       // 0 = no limit (gunicorn's is 4094)
    QList<NbChoice> ipStatusChoices = builtInIpStatuses();
    QList<NbChoice> prefixStatusChoices = builtInPrefixStatuses();

    // Whether the emulated release is at least major.minor.patch (feature gates of §16).
    bool atLeast(int major, int minor, int patch = 0) const
    {
        const QStringList parts = version.split(u'.');
        const auto part = [&](int i) { return parts.size() > i ? parts.at(i).toInt() : 0; };
        return std::tuple(part(0), part(1), part(2)) >= std::tuple(major, minor, patch);
    }
    QString apiVersion() const { return version.section(u'.', 0, 1); }

    // "4.5" / "4.6" (as leaselink-lab --netbox-version takes them) → the newest patch release the
    // spec describes; a full "X.Y.Z" is kept. Empty for anything else.
    static QString releaseFor(const QString &text)
    {
        const QString trimmed = text.trimmed();
        if (trimmed == QLatin1String("4.5"))
            return QStringLiteral("4.5.10");
        if (trimmed == QLatin1String("4.6"))
            return QStringLiteral("4.6.8");
        static const QRegularExpression full(QStringLiteral("^4\\.[56]\\.\\d+$"));
        return full.match(trimmed).hasMatch() ? trimmed : QString();
    }

    static QList<NbChoice> builtInIpStatuses()
    {
        return {{QStringLiteral("active"), QStringLiteral("Active")},
                {QStringLiteral("reserved"), QStringLiteral("Reserved")},
                {QStringLiteral("deprecated"), QStringLiteral("Deprecated")},
                {QStringLiteral("dhcp"), QStringLiteral("DHCP")},
                {QStringLiteral("slaac"), QStringLiteral("SLAAC")}};
    }
    static QList<NbChoice> builtInPrefixStatuses()
    {
        return {{QStringLiteral("container"), QStringLiteral("Container")},
                {QStringLiteral("active"), QStringLiteral("Active")},
                {QStringLiteral("reserved"), QStringLiteral("Reserved")},
                {QStringLiteral("deprecated"), QStringLiteral("Deprecated")}};
    }
};

} // namespace leaselink::lab
