#include "ReservationTableModel.h"

#include "ListView.h"

#include "store/DhcpCacheRepository.h"

namespace leaselink {

ReservationTableModel::ReservationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreExpected<void> ReservationTableModel::load(Database &database)
{
    const auto names = DhcpCacheNames::read(database);
    if (!names)
        return std::unexpected(names.error());
    const auto reservations = DhcpCacheRepository(database).reservations();
    if (!reservations)
        return std::unexpected(reservations.error());
    setReservations(*reservations, *names);
    return {};
}

void ReservationTableModel::setReservations(const QList<CachedReservation> &reservations,
                                            const DhcpCacheNames &names)
{
    QList<Row> rows;
    rows.reserve(reservations.size());
    for (const CachedReservation &reservation : reservations) {
        Row row;
        row.reservation = reservation;
        row.address = reservation.address.toString();
        row.server = names.servers.value(reservation.serverId);
        row.scope = names.scopeText(reservation.scopeId);
        row.searchKey = QStringList{row.address,
                                    reservation.clientId,
                                    ListFilterProxy::macHexDigits(reservation.clientId),
                                    reservation.name,
                                    reservation.description,
                                    row.server}
                            .join(QLatin1Char(' '))
                            .toLower();
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ReservationTableModel::detailHtml(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &entry = m_rows.at(row);
    return tr("<p><b>%1</b> %2</p><p>%3</p><p>Client id: %4<br>Server: %5<br>Scope: %6<br>"
              "Type: %7</p>")
        .arg(entry.address, entry.reservation.name.toHtmlEscaped(),
             entry.reservation.description.toHtmlEscaped(),
             entry.reservation.clientId.toHtmlEscaped(), entry.server.toHtmlEscaped(),
             entry.scope.toHtmlEscaped(), entry.reservation.type.toHtmlEscaped());
}

int ReservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ListFilterProxy::SearchKeyRole)
        return row.searchKey;
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Address:
        if (raw)
            return row.reservation.address.toUInt();
        return row.address;
    case Mac:
        return row.reservation.clientId;
    case Name:
        return row.reservation.name;
    case Description:
        return row.reservation.description;
    case Server:
        return row.server;
    case Scope:
        if (raw)
            return row.reservation.scopeId.toUInt();
        return row.scope;
    case Type:
        return row.reservation.type;
    }
    return {};
}

QVariant ReservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address:
        return tr("IP Address");
    case Mac:
        return tr("MAC Address");
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Server:
        return tr("Server");
    case Scope:
        return tr("Scope");
    case Type:
        return tr("Type");
    }
    return {};
}

} // namespace leaselink
