#pragma once

#include <QUrl>
#include <QWidget>

class QAction;
class QAbstractItemModel;
class QComboBox;
class QPushButton;

namespace leaselink {

class ListView;

// The Leases and Reservations views: a ListView over a cache model with a server and a state
// (or type) filter combo, a scope filter, Copy and "Open in NetBox" (the NetBox IP address search
// for the selected address). The combos are filled from the model's rows after every reset.
class DhcpCacheView : public QWidget
{
    Q_OBJECT

public:
    struct Columns
    {
        int address = 0;
        int server = 0;
        int state = 0;
        int scope = -1; // -1: no scope filter
    };

    DhcpCacheView(const QString &settingsKey, QAbstractItemModel *model, Columns columns,
                  const QString &stateLabel, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    QComboBox *serverFilter() const { return m_server; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *scopeFilter() const { return m_scope; } // null without a scope column
    QPushButton *openInNetBoxButton() const { return m_openInNetBox; }

    // Base URL of NetBox; empty = not configured (Open in NetBox is disabled).
    void setNetBoxUrl(const QUrl &url);
    // "<base>/ipam/ip-addresses/?q=<ip>"
    static QUrl netBoxAddressUrl(const QUrl &base, const QString &address);
    // The selected row's address, empty when nothing is selected.
    QString currentAddress() const;
    void openInNetBox();
    // Puts a row action (Make Reservation, Delete Reservation) beside the others: a button that
    // mirrors the action's text, enabled state and tooltip, and an entry in the rows' context
    // menu. The action's shortcut works while the view has focus.
    QPushButton *addRowAction(QAction *action, const QString &accessibleName);

private:
    void fillFilters();
    void updateButtons();

    QAbstractItemModel *m_model = nullptr;
    Columns m_columns;
    ListView *m_list = nullptr;
    QComboBox *m_server = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openInNetBox = nullptr;
    QAction *m_openAction = nullptr;
    QUrl m_netBoxUrl;
};

} // namespace leaselink
