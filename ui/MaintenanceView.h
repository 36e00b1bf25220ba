#pragma once

#include <QWidget>

#include <functional>

class QPushButton;

namespace leaselink {

class Database;
class ListView;
class MaintenanceTableModel;

// Current Maintenance: everything in maintenance, with Resume (the current row) and Resume
// Selected (confirmed first, naming how many objects resume).
class MaintenanceView : public QWidget
{
    Q_OBJECT

public:
    using Confirm = std::function<bool(const QString &question)>;

    MaintenanceView(Database &database, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    MaintenanceTableModel *model() const { return m_model; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QString reload();

    void resumeCurrent();
    void resumeSelected();

Q_SIGNALS:
    void changed();

private:
    void resumeRows(const QList<int> &rows);
    void updateButtons();

    Database &m_database;
    ListView *m_list = nullptr;
    MaintenanceTableModel *m_model = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_resumeSelected = nullptr;
    Confirm m_confirm;
};

} // namespace leaselink
