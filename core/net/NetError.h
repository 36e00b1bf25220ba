#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

namespace leaselink {

// Which remote service an error came from; the admin sentence depends on it (a 403 means "no
// DHCPWriter role" on PSU but "read-only token or missing permission" on NetBox).
enum class RemoteService
{
    Generic,
    Psu,
    NetBox
};

// One typed value for every failure of the network layer. Everything in it is already
// redacted: it may be logged, shown and stored as a server's last error.
struct NetError
{
    enum class Kind
    {
        Dns,                // host name did not resolve
        Refused,            // nothing listens on host:port
        Timeout,            // no progress within the transfer timeout
        Reset,              // connection dropped or body truncated
        Tls,                // handshake failed / certificate not trusted
        NotTls,             // the port answered, but not with TLS
        CertificateChanged, // the presented certificate differs from the trusted one
        CertificateExpired, // the stored trusted certificate has expired
        HttpStatus,         // the server answered with a non-2xx status
        Decode,             // the body is not what the contract says
        Cancelled,          // cancelled by the user or shutdown
        Protocol,           // redirect, bad HTTP, unexpected status class
        Network,            // any other transport failure
        Configuration,      // missing host, token, bad URL: nothing was sent
        Unsupported         // server version outside what LeaseLink supports
    };

    Kind kind = Kind::Network;
    RemoteService service = RemoteService::Generic;
    QString method;          // "GET"
    QString url;             // redacted URL
    int httpStatus = 0;      // 0 = no HTTP answer
    QString serverText;      // the server's own error text (redacted, shortened)
    QByteArray responseBody; // HttpStatus: the body (redacted, first 64 KiB) for structured errors
    QString detail;          // technical detail (Qt error text, decode reason)
    QString fieldPath;       // Decode: where in the body, e.g. "[3].start_ip"
    QString oldFingerprint;  // CertificateChanged: the trusted SHA-256
    QString newFingerprint;  // CertificateChanged: the presented SHA-256
    bool write = false;      // the failed request was a write (changes the 403 sentence)
    QString adminMessage;    // the sentence a network admin can act on

    // "GET https://h:8443/api/dhcp/scopes returned HTTP 500: boom" style technical summary.
    QString technicalSummary() const;
    // Admin sentence followed by the technical summary; what logs and the CLI print.
    QString toString() const;

    bool isTransient() const; // worth retrying for an idempotent read
    bool operator==(const NetError &) const = default;
    static QString kindName(Kind kind);
};

template <typename T> using NetResult = std::expected<T, NetError>;

inline std::unexpected<NetError> netFail(NetError error)
{
    return std::unexpected<NetError>(std::move(error));
}

} // namespace leaselink
