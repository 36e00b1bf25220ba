#include "ScopeTableModel.h"

#include "ListView.h"
#include "ViewFormat.h"

#include "store/FailoverRepository.h"
#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QHash>

namespace leaselink {

ScopeTableModel::ScopeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreExpected<void> ScopeTableModel::load(Database &database)
{
    m_database = &database;
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());
    const auto servers = ServerRepository(database).list();
    if (!servers)
        return std::unexpected(servers.error());
    const auto failovers = FailoverRepository(database).list();
    if (!failovers)
        return std::unexpected(failovers.error());
    QHash<std::int64_t, QString> serverNames;
    for (const Server &server : *servers)
        serverNames.insert(server.id, server.name);
    QHash<std::int64_t, QString> failoverNames;
    for (const Failover &failover : *failovers)
        failoverNames.insert(failover.id, failover.name);

    QList<Row> rows;
    rows.reserve(scopes->size());
    for (const Scope &scope : *scopes) {
        Row row;
        row.scope = scope;
        if (scope.failoverId)
            row.source = failoverNames.value(*scope.failoverId);
        else if (scope.serverId)
            row.source = serverNames.value(*scope.serverId);
        row.searchKey = QStringList{scope.name,
                                    scope.prefix.toString(),
                                    scope.startIp.toString(),
                                    scope.endIp.toString(),
                                    row.source,
                                    scope.description}
                            .join(QLatin1Char(' '))
                            .toLower();
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QString ScopeTableModel::detailHtml(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_database)
        return {};
    const Scope &scope = m_rows.at(row).scope;
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(scope.name.toHtmlEscaped(), scope.description.toHtmlEscaped());

    html += QStringLiteral("<p>%1</p>").arg(tr("Exclusions:"));
    const auto exclusions = ScopeRepository(*m_database).exclusions(scope.id);
    if (!exclusions)
        html += QStringLiteral("<p>%1</p>").arg(exclusions.error().message.toHtmlEscaped());
    else if (exclusions->isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("None"));
    else {
        html += QStringLiteral("<ul>");
        for (const ExclusionRange &range : *exclusions)
            html += QStringLiteral("<li>%1 – %2</li>")
                        .arg(range.startIp.toString(), range.endIp.toString());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<p>%1</p>").arg(tr("Option values:"));
    const auto values = OptionValueRepository(*m_database).listForScope(scope.id);
    if (!values) {
        html += QStringLiteral("<p>%1</p>").arg(values.error().message.toHtmlEscaped());
        return html;
    }
    if (values->isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(tr("None"));
    OptionCodeRepository codes(*m_database);
    html += QStringLiteral("<ul>");
    for (const OptionValue &value : *values) {
        const auto definition = codes.get(value.optionDefinitionId);
        const QString option = definition ? definition->displayName() : tr("Unknown option");
        html += QStringLiteral("<li>%1 = %2</li>")
                    .arg(option.toHtmlEscaped(), value.value.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

int ScopeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeTableModel::displayData(const Row &row, int column) const
{
    const Scope &scope = row.scope;
    switch (column) {
    case Name:
        return scope.name;
    case Network:
        return scope.prefix.toString();
    case Range:
        return tr("%1 – %2").arg(scope.startIp.toString(), scope.endIp.toString());
    case LeaseTime:
        return scope.leaseLifetime.toDisplayString();
    case Router:
        return scope.router ? scope.router->toString() : QString();
    case Source:
        return row.source;
    case State:
        return scope.active ? tr("Active") : tr("Inactive");
    case Maintenance:
        return viewformat::maintenance(scope.maintenance);
    case LastSync:
        return viewformat::dateTime(scope.lastSyncAt);
    }
    return {};
}

QVariant ScopeTableModel::sortData(const Row &row, int column) const
{
    const Scope &scope = row.scope;
    switch (column) {
    case Network:
        // Network first, then length, as one number: 10.0.0.0/8 before 10.0.0.0/24.
        return (qulonglong(scope.prefix.network().toUInt()) << 8) | quint8(scope.prefix.length());
    case Range:
        return (qulonglong(scope.startIp.toUInt()) << 32) | scope.endIp.toUInt();
    case LeaseTime:
        return qlonglong(scope.leaseLifetime.seconds());
    case Router:
        return scope.router ? qlonglong(scope.router->toUInt()) : qlonglong(-1);
    case State:
        return scope.active;
    case Maintenance:
        return scope.maintenance.enabled;
    case LastSync:
        return scope.lastSyncAt;
    }
    return displayData(row, column);
}

QVariant ScopeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::UserRole:
        return sortData(row, index.column());
    case ListFilterProxy::SearchKeyRole:
        return row.searchKey;
    case ListFilterProxy::RowKeyRole:
        return qlonglong(row.scope.id);
    }
    return {};
}

QVariant ScopeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Network:
        return tr("Network");
    case Range:
        return tr("Range");
    case LeaseTime:
        return tr("Lease Time");
    case Router:
        return tr("Router");
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case Maintenance:
        return tr("Maintenance");
    case LastSync:
        return tr("Last Sync");
    }
    return {};
}

} // namespace leaselink
