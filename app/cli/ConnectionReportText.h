#pragma once

#include "net/ConnectionReport.h"

#include <QJsonObject>
#include <QString>

namespace leaselink::cli {

// Test Connection results on a terminal: one line per step with its outcome and sentence.
class ConnectionReportText
{
public:
    static QString render(const ConnectionReport &report);
    static QJsonObject toJson(const ConnectionReport &report);
};

} // namespace leaselink::cli
