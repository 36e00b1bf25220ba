#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <functional>

class QAction;
class QAbstractItemModel;
class QHBoxLayout;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace leaselink {

// Filters on a precomputed search key per source row so typing never re-reads every cell:
// the source model answers SearchKeyRole with one lower-case string per row (built once when
// the model is loaded); models without that role fall back to the display text of every column.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Role a source model may answer (column 0) with the row's lower-case search text.
    static constexpr int SearchKeyRole = Qt::UserRole + 100;
    // Role a source model may answer (column 0) with a stable identity of the row (e.g. the
    // database id), so a reload keeps the selection; without it the column 0 text is the key.
    static constexpr int RowKeyRole = Qt::UserRole + 101;

    explicit ListFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }

    // Keeps only rows whose display text in the column equals value; an empty value clears that
    // column's filter (the server and state combos of the Leases and Reservations views).
    void setColumnFilter(int column, const QString &value);

    // The needle a MAC address typed in any of its forms ("00:11:22", "00-11-22", "0011.2233",
    // "001122") reduces to: its hex digits, lower-case. Empty when the text is not MAC-shaped,
    // so IP addresses and host names are never rewritten. Models put the hex-only form of each
    // MAC into their search key so all four forms find the row.
    static QString macNeedle(const QString &text);
    // The hex-only form of a MAC or client id for a search key ("00-11-22-aa" -> "001122aa").
    static QString macHexDigits(const QString &mac);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
    QString m_macNeedle;
    QHash<int, QString> m_columnFilters;
};

// One list as every view of the desktop shows it: a sortable table (sorting on Qt::UserRole,
// the raw value), a debounced search box (Ctrl+F), a column chooser on the header's context menu,
// copy (Ctrl+C), CSV export and an optional detail pane. The header state is remembered in
// QSettings under the given key.
class ListView : public QWidget
{
    Q_OBJECT

public:
    using DetailProvider = std::function<QString(const QModelIndex &sourceIndex)>;

    ListView(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~ListView() override;

    QTableView *table() const { return m_table; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    // Ctrl+F inside this list; a window that owns a global Ctrl+F clears its shortcut so the
    // two never make the key ambiguous.
    QAction *findAction() const { return m_find; }

    // Puts a view's own button or filter combo in the row beside the search box.
    void addToolWidget(QWidget *widget);

    // Rich text for the selected row; without a provider the detail pane stays hidden.
    void setDetailProvider(DetailProvider provider);

    // Source rows of the selection, ascending.
    QList<int> selectedSourceRows() const;

    // Selected rows (or all visible rows when nothing is selected) as tab-separated text, with a
    // header line, as a spreadsheet pastes it.
    QString selectionText() const;
    void copySelection() const;

    // Every visible row in view order, visible columns only, RFC 4180 quoting.
    QString csvText() const;
    bool exportCsv(const QString &fileName) const;

    // Applies the search text now instead of after the debounce.
    void applySearchNow();

    void saveState() const;
    void restoreState();

    // The row key of a source row: RowKeyRole as text, else the first two columns' text.
    QString rowKey(int sourceRow) const;
    // Selects the rows with these keys (current row: currentKey, null for none) in the table;
    // keys no longer present are dropped. Called after every model reset with what was
    // selected before it.
    void restoreSelection(const QStringList &keys, const QString &currentKey);

Q_SIGNALS:
    void currentSourceRowChanged(int sourceRow);

private:
    void chooseColumns(const QPoint &globalPos);
    void exportCsvInteractive();
    void updateDetail(bool keepScroll = false);
    QList<int> visibleColumns() const;
    QList<int> rowsForCopy() const;
    void rememberSelection();
    void restoreRememberedSelection();

    QString m_settingsKey;
    ListFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTimer *m_debounce = nullptr;
    QHBoxLayout *m_tools = nullptr;
    QAction *m_find = nullptr;
    DetailProvider m_detailProvider;
    // What was selected when the source model began a reset (F5, any action's reload).
    QStringList m_keptKeys;
    QString m_keptCurrentKey; // null: no current row
    int m_keptCurrentColumn = 0;
};

// RFC 4180 field quoting, shared with any exporter.
QString csvField(const QString &value);

} // namespace leaselink
