#pragma once

#include "NetError.h"

#include "domain/StoredCertificate.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

namespace leaselink {

// Everything one HttpSession needs for one remote service.
struct HttpSessionConfig
{
    RemoteService service = RemoteService::Generic;
    QString serviceName; // shown in messages, e.g. the server's name
    QUrl baseUrl;        // scheme://host:port/base/path; requests append to its path
    // Full Authorization header value ("Bearer …" / "Token …"), sent only to baseUrl's
    // scheme, host and port. Empty: no header.
    QByteArray authorization;
    std::chrono::milliseconds timeout{30000};      // per transfer, without progress
    int maxReadRetries = 2;                        // decisions.md C-19: at most twice
    std::chrono::milliseconds retryBaseDelay{500}; // doubled per retry
    bool verifyTls = true;
    StoredCertificate trustedCertificate;
    QByteArray contentTypeOnGet = "application/json"; // PSU sends it even on GET
    // Issue 8 "Hostile input": a body larger than this is refused while it arrives (at the
    // headers when Content-Length announces it), so a broken or hostile server cannot make the
    // client buffer and decode hundreds of megabytes. 128 MiB holds well over half a million
    // leases in one grouped 2.x read; decoding a body takes about four times its size. 0: no limit.
    static constexpr qint64 DefaultMaxResponseBytes = qint64(128) * 1024 * 1024;
    qint64 maxResponseBytes = DefaultMaxResponseBytes;
};

} // namespace leaselink
