#include "ListView.h"

#include "Icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace leaselink {

namespace {

// Long enough to skip intermediate keystrokes, short enough to feel immediate.
constexpr int SearchDebounceMs = 150;

} // namespace

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

ListFilterProxy::ListFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ListFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_macNeedle = macNeedle(needle);
    // Only the filter changes: the proxy keeps its sort and filters the already-sorted mapping.
    invalidateRowsFilter();
}

void ListFilterProxy::setColumnFilter(int column, const QString &value)
{
    if (m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    invalidateRowsFilter();
}

QString ListFilterProxy::macHexDigits(const QString &mac)
{
    QString hex;
    hex.reserve(mac.size());
    for (QChar c : mac) {
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex.append(c.toLower());
    }
    return hex;
}

QString ListFilterProxy::macNeedle(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return {};
    bool colonOrHyphen = false;
    for (QChar c : needle) {
        const bool hex = c.isDigit() || (c >= u'a' && c <= u'f');
        if (c == u':' || c == u'-')
            colonOrHyphen = true;
        else if (!hex && c != u'.')
            return {}; // a host name or anything else: no MAC reading
    }
    if (needle.contains(u'.')) {
        // Only the Cisco form (groups of four hex digits) counts: "10.0.0.5" stays an address.
        if (colonOrHyphen)
            return {};
        const QStringList groups = needle.split(u'.');
        for (qsizetype i = 0; i + 1 < groups.size(); ++i) {
            if (groups.at(i).size() != 4)
                return {};
        }
        if (groups.last().size() > 4)
            return {};
    } else if (!colonOrHyphen) {
        return {}; // plain hex already matches the hex-only form in the key
    }
    const QString hex = macHexDigits(needle);
    return hex == needle ? QString() : hex;
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        if (source->index(sourceRow, it.key(), sourceParent).data().toString() != it.value())
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    const QVariant key = source->index(sourceRow, 0, sourceParent).data(SearchKeyRole);
    if (key.isValid()) {
        const QString text = key.toString();
        return text.contains(m_needle) || (!m_macNeedle.isEmpty() && text.contains(m_macNeedle));
    }
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QString text = source->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ListView::ListView(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
{
    m_proxy = new ListFilterProxy(this);
    m_proxy->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);

    auto *exportButton = new QPushButton(icon(IconName::ExportCsv), tr("Export CSV…"), this);
    exportButton->setAccessibleName(tr("Export as CSV"));
    // The header's context menu is mouse-only; this button reaches the same chooser by keyboard.
    auto *columnsButton = new QToolButton(this);
    columnsButton->setObjectName(QStringLiteral("chooseColumns"));
    columnsButton->setIcon(icon(IconName::Columns));
    columnsButton->setText(tr("Columns"));
    columnsButton->setToolTip(tr("Choose the columns to show"));
    columnsButton->setAccessibleName(tr("Choose columns"));

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    // Ascending on the first column until the user (or the saved state) picks another order.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Compact single-line rows, as admins expect of a list of thousands: the full text of a
    // long cell is in the detail pane and in copies.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setMinimumSectionSize(1);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("List"));

    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Details"));
    m_detail->setOpenExternalLinks(false);
    m_detail->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    m_tools = new QHBoxLayout;
    top->addLayout(m_tools);
    top->addWidget(exportButton);
    top->addWidget(columnsButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, exportButton);
    setTabOrder(exportButton, columnsButton);
    setTabOrder(columnsButton, m_table);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ListView::applySearchNow);

    auto *find = new QAction(icon(IconName::Find), tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_find = find;

    auto *copy = new QAction(icon(IconName::Copy), tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ListView::copySelection);
    m_table->addAction(copy);

    connect(exportButton, &QPushButton::clicked, this, &ListView::exportCsvInteractive);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                chooseColumns(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    connect(columnsButton, &QToolButton::clicked, this, [this, columnsButton] {
        chooseColumns(columnsButton->mapToGlobal(QPoint(0, columnsButton->height())));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateDetail();
                const QModelIndex source = m_proxy->mapToSource(current);
                Q_EMIT currentSourceRowChanged(source.isValid() ? source.row() : -1);
            });
    // A row that changes while shown (a running job's growing log) refreshes the detail pane.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentIndex().row();
                if (m_table->currentIndex().isValid() && row >= topLeft.row() &&
                    row <= bottomRight.row())
                    updateDetail(true);
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateDetail(); });

    // A reload (F5, or the refresh after any action) resets the source model, which would clear
    // the selection: the admin's rows are remembered by key and selected again.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ListView::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &ListView::restoreRememberedSelection);

    restoreState();
}

ListView::~ListView()
{
    saveState();
}

void ListView::addToolWidget(QWidget *widget)
{
    widget->setParent(this);
    m_tools->addWidget(widget);
}

void ListView::setDetailProvider(DetailProvider provider)
{
    m_detailProvider = std::move(provider);
    m_detail->setVisible(static_cast<bool>(m_detailProvider));
    updateDetail();
}

void ListView::updateDetail(bool keepScroll)
{
    if (!m_detailProvider)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    QScrollBar *bar = m_detail->verticalScrollBar();
    const int position = bar->value();
    const bool atEnd = position > 0 && position == bar->maximum();
    m_detail->setHtml(m_detailProvider(m_proxy->mapToSource(current)));
    // The same row again: stay where the reader was, and follow a growing log at its end.
    if (!keepScroll)
        return;
    if (atEnd) {
        m_detail->moveCursor(QTextCursor::End);
        m_detail->ensureCursorVisible();
    } else {
        bar->setValue(position);
    }
}

void ListView::applySearchNow()
{
    m_debounce->stop();
    m_proxy->setSearchText(m_search->text());
}

QList<int> ListView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> ListView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QList<int> ListView::rowsForCopy() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ListView::selectionText() const
{
    const QList<int> columns = visibleColumns();
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines.append(cells.join(QLatin1Char('\t')));
    for (int row : rowsForCopy()) {
        cells.clear();
        for (int column : columns)
            cells.append(m_proxy->index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ListView::copySelection() const
{
    QApplication::clipboard()->setText(selectionText());
}

QString ListView::csvText() const
{
    const QList<int> columns = visibleColumns();
    QString out;
    QStringList cells;
    for (int column : columns)
        cells.append(csvField(m_proxy->headerData(column, Qt::Horizontal).toString()));
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        cells.clear();
        for (int column : columns)
            cells.append(csvField(m_proxy->index(row, column).data().toString()));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool ListView::exportCsv(const QString &fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = csvText().toUtf8();
    return file.write(bytes) == bytes.size();
}

void ListView::exportCsvInteractive()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    if (!exportCsv(fileName))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1.").arg(fileName));
}

void ListView::chooseColumns(const QPoint &globalPos)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            // Never hide the last visible column: the view would become unusable.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(globalPos);
    saveState();
}

QString ListView::rowKey(int sourceRow) const
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    const QModelIndex index = source->index(sourceRow, 0);
    const QVariant key = index.data(ListFilterProxy::RowKeyRole);
    if (key.isValid())
        return key.toString();
    // Without a key role the first two columns' text stands in (an address and its server).
    QString text = index.data(Qt::DisplayRole).toString();
    if (source->columnCount() > 1)
        text += QChar(0x1f) + source->index(sourceRow, 1).data(Qt::DisplayRole).toString();
    return text;
}

void ListView::rememberSelection()
{
    m_keptKeys.clear();
    m_keptCurrentKey.clear();
    m_keptCurrentColumn = 0;
    for (int row : selectedSourceRows())
        m_keptKeys.append(rowKey(row));
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid()) {
        m_keptCurrentKey = rowKey(current.row());
        m_keptCurrentColumn = current.column();
    }
}

void ListView::restoreRememberedSelection()
{
    const QStringList keys = std::exchange(m_keptKeys, {});
    const QString currentKey = std::exchange(m_keptCurrentKey, QString());
    if (keys.isEmpty() && currentKey.isNull())
        return;
    restoreSelection(keys, currentKey);
}

void ListView::restoreSelection(const QStringList &keys, const QString &currentKey)
{
    const QAbstractItemModel *source = m_proxy->sourceModel();
    // A set: Ctrl+A on the 110k-row lease list must not make this quadratic.
    const QSet<QString> wantedKeys(keys.cbegin(), keys.cend());
    QList<int> proxyRows;
    QModelIndex current;
    const qsizetype wanted = wantedKeys.size() + (currentKey.isNull() ? 0 : 1);
    qsizetype found = 0;
    for (int row = 0; row < source->rowCount() && found < wanted; ++row) {
        const QString key = rowKey(row);
        const bool selected = wantedKeys.contains(key);
        const bool isCurrent = !currentKey.isNull() && key == currentKey;
        if (!selected && !isCurrent)
            continue;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(source->index(row, 0));
        if (selected)
            ++found;
        if (isCurrent)
            ++found;
        if (!proxyIndex.isValid())
            continue; // filtered out by the search box
        if (selected)
            proxyRows.append(proxyIndex.row());
        if (isCurrent) {
            const int column = std::clamp(m_keptCurrentColumn, 0, m_proxy->columnCount() - 1);
            current = m_proxy->index(proxyIndex.row(), column);
        }
    }
    // Consecutive rows become one range, so a large selection stays cheap to select.
    std::sort(proxyRows.begin(), proxyRows.end());
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype i = 0; i < proxyRows.size();) {
        qsizetype j = i;
        while (j + 1 < proxyRows.size() && proxyRows.at(j + 1) == proxyRows.at(j) + 1)
            ++j;
        selection.select(m_proxy->index(proxyRows.at(i), 0),
                         m_proxy->index(proxyRows.at(j), lastColumn));
        i = j + 1;
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    if (current.isValid())
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        m_table->scrollTo(current);
}

void ListView::saveState() const
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("views/%1/header").arg(m_settingsKey),
                      m_table->horizontalHeader()->saveState());
}

void ListView::restoreState()
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    const QByteArray state =
        settings.value(QStringLiteral("views/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace leaselink
