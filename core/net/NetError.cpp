#include "NetError.h"

namespace leaselink {

QString NetError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dns:
        return QStringLiteral("dns");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Reset:
        return QStringLiteral("reset");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::NotTls:
        return QStringLiteral("not-tls");
    case Kind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case Kind::CertificateExpired:
        return QStringLiteral("certificate-expired");
    case Kind::HttpStatus:
        return QStringLiteral("http-status");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("network");
}

QString NetError::technicalSummary() const
{
    const QString target = method.isEmpty() ? url : method % u' ' % url;
    switch (kind) {
    case Kind::HttpStatus: {
        QString s = target % QStringLiteral(" returned HTTP ") % QString::number(httpStatus);
        if (!serverText.isEmpty())
            s += QStringLiteral(": ") % serverText;
        return s;
    }
    case Kind::Decode:
        return QStringLiteral("Invalid response from ") % target %
               (fieldPath.isEmpty() ? QString() : QStringLiteral(" at ") % fieldPath) %
               QStringLiteral(": ") % detail;
    case Kind::Configuration:
    case Kind::Unsupported:
        return detail;
    default:
        if (target.isEmpty())
            return detail;
        return QStringLiteral("Network error calling ") % target % QStringLiteral(": ") % detail;
    }
}

QString NetError::toString() const
{
    const QString summary = technicalSummary();
    if (adminMessage.isEmpty())
        return summary;
    if (summary.isEmpty() || summary == adminMessage)
        return adminMessage;
    return adminMessage % QStringLiteral(" (") % summary % u')';
}

bool NetError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Reset:
        return true;
    case Kind::HttpStatus:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

} // namespace leaselink
