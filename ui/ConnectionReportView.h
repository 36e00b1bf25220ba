#pragma once

#include "net/ConnectionReport.h"

#include <QTreeWidget>

namespace leaselink {

// Test Connection results, one row per step: ✓ / ⚠ / ✗ / – with the step's sentence, and the
// technical detail as the row's tooltip.
class ConnectionReportView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ConnectionReportView(QWidget *parent = nullptr);

    void showRunning(const QString &target);
    void showReport(const ConnectionReport &report);

    static QString mark(ConnectionStep::Outcome outcome);
};

} // namespace leaselink
