#pragma once

#include "NetError.h"

#include <QByteArray>
#include <QString>

namespace leaselink {

// Builds NetErrors with their admin sentence, so every error of the layer reads the same way.
// The sentence is chosen from the kind, the service, the status and whether it was a write.
class NetErrorFactory
{
public:
    // The server's error text from a body: PSU {"error":…}, NetBox {"detail":…} or field errors,
    // or the visible text of an HTML/plain body, shortened to 300 characters and redacted.
    static QString serverErrorText(const QByteArray &body);

    // Fills adminMessage from the other fields (idempotent).
    static NetError finish(NetError error, const QString &host = {});

    static NetError httpStatus(RemoteService service, const QString &method, const QString &url,
                               int status, const QByteArray &body, bool write);
    static NetError decode(RemoteService service, const QString &method, const QString &url,
                           const QString &fieldPath, const QString &detail);
    static NetError configuration(RemoteService service, const QString &detail);
};

} // namespace leaselink
