// Issue 6: "search in Leases over dataset L". The main window over a cache the size and shape of
// dataset L (4 servers, 500 scopes, 100,000 leases, 10,000 reservations; tests/bench/LCache):
// the Leases view finds an address, a MAC typed in each of its notations, a host name substring
// typed key by key (as you type), and combines the search with the server and scope filters.
// Every expected count follows from how LCache builds its rows (see the comments).
#include "DhcpCacheView.h"
#include "LCache.h"
#include "LeaseTableModel.h"
#include "ListView.h"
#include "MainWindow.h"

#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

class TestLeaseSearchL : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    static int searched(ListView *list, const QString &text)
    {
        list->searchBox()->setText(text);
        list->applySearchNow();
        return list->proxy()->rowCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkLeaseSearchL"));
        QVERIFY(m_dir.isValid());
        auto opened = Database::openInDataDir(m_dir.path());
        QVERIFY(opened.has_value());
        m_database = std::move(*opened);
        const QString error = bench::LCache::fill(*m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void searchesAndFiltersOverDatasetL()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        window.showView(MainWindow::LeasesView);
        ListView *list = window.listOf(MainWindow::LeasesView);
        QVERIFY(list);
        QAbstractItemModelTester tester(list->proxy()->sourceModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        constexpr int Leases = bench::LCache::Scopes * bench::LCache::LeasesPerScope;
        QCOMPARE(list->proxy()->rowCount(), Leases);

        // Scope 42 is 10.0.42.0/24; its leases are .20 – .219, host-42-H, MAC 00-15-5d-2a-HH-HH.
        QCOMPARE(searched(list, QStringLiteral("10.0.42.27")), 1);
        QCOMPARE(list->proxy()->index(0, LeaseTableModel::Hostname).data().toString(),
                 QStringLiteral("host-42-7.corp.example.net"));
        // The MAC's third byte is the scope number mod 256: scopes 42 and 298 share it.
        for (const QString &mac :
             {QStringLiteral("00:15:5d:2a:00:07"), QStringLiteral("00-15-5D-2A-00-07"),
              QStringLiteral("0015.5d2a.0007"), QStringLiteral("00155d2a0007")})
            QCOMPARE(searched(list, mac), 2);

        // Typed key by key: the list follows as you type (the box filters 150 ms after a key).
        list->searchBox()->clear();
        list->searchBox()->setFocus();
        QTest::keyClicks(list->searchBox(), QStringLiteral("host-42-1"));
        // host-42-1, host-42-10 … 19, host-42-100 … 199.
        QTRY_COMPARE_WITH_TIMEOUT(list->proxy()->rowCount(), 1 + 10 + 100, 5000);

        // Scope 42 belongs to server dhcp-3 (scope index mod 4).
        auto *view = window.leasesView();
        QComboBox *servers = view->serverFilter();
        servers->setCurrentIndex(servers->findData(QStringLiteral("dhcp-3")));
        QCOMPARE(list->proxy()->rowCount(), 111);
        servers->setCurrentIndex(servers->findData(QStringLiteral("dhcp-1")));
        QCOMPARE(list->proxy()->rowCount(), 0);
        servers->setCurrentIndex(0);

        QComboBox *scopes = view->scopeFilter();
        QVERIFY(scopes);
        QCOMPARE(scopes->count(), 1 + bench::LCache::Scopes);
        const int scope42 = scopes->findText(QStringLiteral("10.0.42.0"), Qt::MatchStartsWith);
        QVERIFY(scope42 > 0);
        scopes->setCurrentIndex(scope42);
        QCOMPARE(searched(list, QString()), bench::LCache::LeasesPerScope);
        QCOMPARE(searched(list, QStringLiteral("host-42-1")), 111);
        QCOMPARE(searched(list, QStringLiteral("host-43-1")), 0); // another scope's hosts
    }
};

QTEST_MAIN(TestLeaseSearchL)
#include "tst_leasesearch_l.moc"
