// The reusable list piece every desktop view is built on: raw-value sorting, search over a
// precomputed key (also over 110k rows, timed with qInfo only), copy to the clipboard, CSV export
// with RFC 4180 quoting, and the proxy checked with QAbstractItemModelTester.
#include "JobsTableModel.h"
#include "ListView.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace leaselink;

namespace {

// Leases-shaped rows: IP, MAC, host name; the search key is built once, as the views do.
class RowsModel : public QAbstractTableModel
{
public:
    struct Row
    {
        QString ip;
        QString mac;
        QString host;
        quint32 ipValue = 0;
        QString key;
    };

    explicit RowsModel(QList<Row> rows)
        : m_rows(std::move(rows))
    {
        for (Row &row : m_rows)
            row.key = (row.ip + QLatin1Char(' ') + row.mac + QLatin1Char(' ') + row.host).toLower();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == ListFilterProxy::SearchKeyRole)
            return row.key;
        if (role == Qt::UserRole && index.column() == 0)
            return row.ipValue;
        if (role != Qt::DisplayRole && role != Qt::UserRole)
            return {};
        switch (index.column()) {
        case 0:
            return row.ip;
        case 1:
            return row.mac;
        default:
            return row.host;
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char *names[] = {"IP Address", "MAC Address", "Host Name"};
        return QString::fromLatin1(names[section]);
    }

private:
    QList<Row> m_rows;
};

RowsModel::Row makeRow(quint32 ip, const QString &host)
{
    RowsModel::Row row;
    row.ipValue = ip;
    row.ip = QStringLiteral("%1.%2.%3.%4")
                 .arg(ip >> 24)
                 .arg((ip >> 16) & 0xff)
                 .arg((ip >> 8) & 0xff)
                 .arg(ip & 0xff);
    row.mac = QStringLiteral("00-11-22-%1-%2-%3")
                  .arg((ip >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                  .arg((ip >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                  .arg(ip & 0xff, 2, 16, QLatin1Char('0'))
                  .toUpper();
    row.host = host;
    return row;
}

} // namespace

class TestListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkUiTest")); }

    void modelTester()
    {
        RowsModel model(
            {makeRow(0x0a000002, QStringLiteral("b")), makeRow(0x0a000001, QStringLiteral("a"))});
        ListView view(QString(), &model);
        QAbstractItemModelTester tester(view.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.searchBox()->setText(QStringLiteral("a"));
        view.applySearchNow();
        QCOMPARE(view.proxy()->rowCount(), 1);
    }

    void sortsOnRawValue()
    {
        // 10.0.0.10 sorts after 10.0.0.9 numerically, before it as text.
        RowsModel model({makeRow(0x0a00000a, QStringLiteral("ten")),
                         makeRow(0x0a000009, QStringLiteral("nine"))});
        ListView view(QString(), &model);
        view.table()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("10.0.0.9"));
        QCOMPARE(view.proxy()->index(1, 0).data().toString(), QStringLiteral("10.0.0.10"));
    }

    void csvExport()
    {
        RowsModel model({makeRow(0x0a000001, QStringLiteral("host, \"one\""))});
        ListView view(QString(), &model);
        const QString expected =
            QStringLiteral("IP Address,MAC Address,Host Name\r\n"
                           "10.0.0.1,00-11-22-00-00-01,\"host, \"\"one\"\"\"\r\n");
        QCOMPARE(view.csvText(), expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(view.exportCsv(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(in.readAll()), expected);
        view.table()->setColumnHidden(1, true);
        QCOMPARE(view.csvText(), QStringLiteral("IP Address,Host Name\r\n"
                                                "10.0.0.1,\"host, \"\"one\"\"\"\r\n"));
    }

    void copyToClipboard()
    {
        RowsModel model(
            {makeRow(0x0a000001, QStringLiteral("a")), makeRow(0x0a000002, QStringLiteral("b"))});
        ListView view(QString(), &model);
        view.table()->selectRow(1);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("IP Address\tMAC Address\tHost Name\n"
                                "10.0.0.2\t00-11-22-00-00-02\tb\n"));
        QCOMPARE(view.selectedSourceRows(), QList<int>{1});
    }

    void detailPane()
    {
        RowsModel model({makeRow(0x0a000001, QStringLiteral("a"))});
        ListView view(QString(), &model);
        view.setDetailProvider([](const QModelIndex &source) {
            return QStringLiteral("<b>%1</b>").arg(source.siblingAtColumn(2).data().toString());
        });
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        auto *browser = view.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QCOMPARE(browser->toPlainText(), QStringLiteral("a"));
    }

    void searchOver110kRows()
    {
        QList<RowsModel::Row> rows;
        const int count = 110000;
        rows.reserve(count);
        for (int i = 0; i < count; ++i)
            rows.append(
                makeRow(0x0a000000u + quint32(i), QStringLiteral("pc-%1.corp.example").arg(i)));
        RowsModel model(std::move(rows));
        ListView view(QString(), &model);
        view.table()->sortByColumn(0, Qt::AscendingOrder);

        QElapsedTimer timer;
        timer.start();
        view.searchBox()->setText(QStringLiteral("PC-10999"));
        view.applySearchNow();
        qInfo("host name search over %d rows: %lld ms", count, timer.elapsed());
        // pc-10999 and pc-109990 … pc-109999.
        QCOMPARE(view.proxy()->rowCount(), 11);
        QCOMPARE(view.proxy()->index(0, 2).data().toString(),
                 QStringLiteral("pc-10999.corp.example"));

        timer.restart();
        view.searchBox()->setText(QStringLiteral("00-11-22-01-00-00"));
        view.applySearchNow();
        qInfo("MAC search over %d rows: %lld ms", count, timer.elapsed());
        QCOMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("10.1.0.0"));

        view.searchBox()->clear();
        view.applySearchNow();
        QCOMPARE(view.proxy()->rowCount(), count);
    }

    void jobsHistory()
    {
        JobRecord done;
        done.id = 1;
        done.kind = QStringLiteral("sync");
        done.servers = {QStringLiteral("dhcp1"), QStringLiteral("dhcp2")};
        done.startedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        done.finishedAt = done.startedAt.addSecs(30);
        done.status = JobStatus::Partial;
        done.counts = QJsonObject{{QStringLiteral("created"), 3}, {QStringLiteral("failed"), 1}};
        done.log = QStringLiteral("line one\n<error> line two");
        JobRecord running = done;
        running.id = 2;
        running.status = JobStatus::Running;
        running.finishedAt = QDateTime();
        running.startedAt = done.startedAt.addSecs(60);

        JobsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs({running, done});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, JobsTableModel::Outcome).data().toString(),
                 QStringLiteral("Partly failed"));
        QCOMPARE(model.index(1, JobsTableModel::Counts).data().toString(),
                 QStringLiteral("created: 3 · failed: 1"));
        QCOMPARE(model.index(1, JobsTableModel::Servers).data().toString(),
                 QStringLiteral("dhcp1, dhcp2"));
        QCOMPARE(model.index(0, JobsTableModel::Finished).data().toString(), QString());
        // An import's counts are per category.
        const QJsonObject imported{
            {QStringLiteral("scopes"),
             QJsonObject{{QStringLiteral("created"), 20}, {QStringLiteral("errors"), 0}}}};
        QCOMPARE(JobsTableModel::countsText(imported), QStringLiteral("scopes: 20 created"));

        ListView view(QString(), &model);
        view.setDetailProvider(
            [&model](const QModelIndex &source) { return model.detailHtml(source.row()); });
        view.table()->sortByColumn(JobsTableModel::Started, Qt::AscendingOrder);
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        auto *browser = view.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(QStringLiteral("<error> line two")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Partly failed")));
    }

    void searchIsDebounced()
    {
        RowsModel model(
            {makeRow(0x0a000001, QStringLiteral("a")), makeRow(0x0a000002, QStringLiteral("b"))});
        ListView view(QString(), &model);
        view.searchBox()->setText(QStringLiteral("b"));
        QCOMPARE(view.proxy()->rowCount(), 2); // not yet applied
        QTRY_COMPARE(view.proxy()->rowCount(), 1);
    }
};

QTEST_MAIN(TestListView)
#include "tst_listview.moc"
