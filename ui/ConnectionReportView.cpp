#include "ConnectionReportView.h"

#include <QHeaderView>

namespace leaselink {

ConnectionReportView::ConnectionReportView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({QString(), tr("Step"), tr("Result")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setWordWrap(true);
    setMinimumHeight(170);
}

QString ConnectionReportView::mark(ConnectionStep::Outcome outcome)
{
    switch (outcome) {
    case ConnectionStep::Outcome::Ok:
        return QStringLiteral("✓");
    case ConnectionStep::Outcome::Warning:
        return QStringLiteral("⚠");
    case ConnectionStep::Outcome::Failed:
        return QStringLiteral("✗");
    case ConnectionStep::Outcome::Skipped:
        break;
    }
    return QStringLiteral("–");
}

void ConnectionReportView::showRunning(const QString &target)
{
    clear();
    addTopLevelItem(new QTreeWidgetItem({QStringLiteral("…"), tr("Testing"), target}));
}

void ConnectionReportView::showReport(const ConnectionReport &report)
{
    clear();
    for (const ConnectionStep &step : report.steps) {
        auto *item = new QTreeWidgetItem({mark(step.outcome), step.name, step.message});
        if (!step.detail.isEmpty())
            item->setToolTip(2, step.detail);
        item->setData(0, Qt::UserRole, int(step.outcome));
        addTopLevelItem(item);
    }
}

} // namespace leaselink
