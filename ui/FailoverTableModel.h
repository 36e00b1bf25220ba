#pragma once

#include "domain/Failover.h"
#include "domain/Scope.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace leaselink {

class Database;

// The Failover view: relationships from FailoverRepository with their servers' names and scope
// counts. Sync Enabled is the only editable cell (a check box) and is saved through the
// repository at once; a failed save emits saveFailed() and leaves the row unchanged.
class FailoverTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Mode,
        Primary,
        Secondary,
        Scopes,
        SyncEnabled,
        Maintenance,
        ColumnCount
    };

    explicit FailoverTableModel(QObject *parent = nullptr);

    // Reads failovers, server names and scopes; the model keeps the database for Sync Enabled.
    StoreExpected<void> load(Database &database);
    const Failover &failoverAt(int row) const { return m_rows.at(row).failover; }
    QString detailHtml(int row) const; // the failover's scopes

    static QString modeText(FailoverMode mode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    struct Row
    {
        Failover failover;
        QString primary;
        QString secondary;
        QStringList scopes; // "name (network)"
        QString searchKey;
    };

    QVariant displayData(const Row &row, int column) const;

    Database *m_database = nullptr;
    QList<Row> m_rows;
};

} // namespace leaselink
