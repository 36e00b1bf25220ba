#pragma once

#include "LeaseTableModel.h"

namespace leaselink {

// The Reservations view over the DhcpCacheRepository cache; built like LeaseTableModel (display
// strings and search key once per load). The reservation type plays the role of the state.
class ReservationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Address,
        Mac,
        Name,
        Description,
        Server,
        Scope,
        Type,
        ColumnCount
    };

    explicit ReservationTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    void setReservations(const QList<CachedReservation> &reservations, const DhcpCacheNames &names);
    const CachedReservation &reservationAt(int row) const { return m_rows.at(row).reservation; }
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CachedReservation reservation;
        QString address;
        QString server;
        QString scope;
        QString searchKey;
    };

    QList<Row> m_rows;
};

} // namespace leaselink
