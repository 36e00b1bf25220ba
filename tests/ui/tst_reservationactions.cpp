// Issue 6, the desktop side of Make Reservation and Delete Reservation: the two DhcpCacheViews
// over a real cache, ReservationActions with its prompts replaced (so the test sees every
// question and report), and the lab's PSU server. Make Reservation through its button with the
// dialog's choice → PsuSim has it, the Reservations view lists it and the lease row shows
// ActiveReservation; reader/unknown tokens disable the actions with a tooltip saying why;
// maintenance declined sends nothing; Delete through the Delete key names IP, MAC, name, scope
// and server and says it removes it from the DHCP server; a MAC reserved in two scopes of a
// 1.0.2 server disables Delete; a 404 offers to drop the row; a server error is reported and
// the cache is unchanged. The dialog itself: the facts, the name prefilled from the host name,
// type Dhcp by default. Both models run under QAbstractItemModelTester.
#include "DhcpCacheView.h"
#include "LeaseTableModel.h"
#include "ListView.h"
#include "MakeReservationDialog.h"
#include "ReservationActions.h"
#include "ReservationTableModel.h"

#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "secrets/InMemorySecretStore.h"
#include "secrets/SecretKey.h"
#include "store/Database.h"
#include "store/DhcpCacheRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

const QString MacPc = QStringLiteral("00-11-22-33-44-50");
const QString MacPrinter = QStringLiteral("aa-bb-cc-dd-ee-01");

} // namespace

class TestReservationActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InMemorySecretStore m_secrets;
    std::unique_ptr<lab::PsuSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_http;
    std::int64_t m_server = 0;

    std::unique_ptr<QWidget> m_window;
    LeaseTableModel *m_leaseModel = nullptr;
    ReservationTableModel *m_reservationModel = nullptr;
    DhcpCacheView *m_leases = nullptr;
    DhcpCacheView *m_reservations = nullptr;
    ReservationActions *m_actions = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_leaseTester;
    std::unique_ptr<QAbstractItemModelTester> m_reservationTester;

    // What the prompts saw and answered.
    std::optional<MakeReservationFacts> m_facts;
    QStringList m_deleteTexts;
    QStringList m_questions;
    QList<std::pair<bool, QString>> m_reports;
    bool m_answer = true;

    void addScope(const char *cidr, const char *name)
    {
        Scope s;
        s.name = QString::fromLatin1(name);
        s.netboxPrefixId = 1;
        s.prefix = *Ipv4Prefix::parse(QString::fromLatin1(cidr));
        s.startIp = Ipv4Address(s.prefix.network().toUInt() + 10);
        s.endIp = Ipv4Address(s.prefix.network().toUInt() + 254);
        s.serverId = m_server;
        QVERIFY(ScopeRepository(*m_db).create(s, ValidationMode::Import).has_value());
    }

    // SRV-A (script `version`, stored access `access`): scope 10.0.1.0 with PC50's lease and the
    // printer's reservation, scope 10.0.2.0; the cache as a sync would have left it.
    void start(const QString &version, AccessLevel access)
    {
        lab::PsuSimOptions options;
        options.hostname = QStringLiteral("srv-a.example.com");
        options.scriptVersion = version;
        m_sim = std::make_unique<lab::PsuSim>(options);
        lab::PsuScope one;
        one.scopeId = ip("10.0.1.0");
        one.name = QStringLiteral("Building A");
        one.startIp = ip("10.0.1.10");
        one.endIp = ip("10.0.1.254");
        one.subnetMask = ip("255.255.255.0");
        one.leases << lab::PsuLease{ip("10.0.1.50"), MacPc, QStringLiteral("PC50"),
                                    QDateTime::currentDateTimeUtc().addDays(1),
                                    QStringLiteral("Active")};
        one.reservations << lab::PsuReservation{ip("10.0.1.100"), MacPrinter,
                                                QStringLiteral("printer"), QString(),
                                                QStringLiteral("Dhcp")};
        m_sim->model().addScope(one);
        lab::PsuScope two = one;
        two.scopeId = ip("10.0.2.0");
        two.name = QStringLiteral("Lab");
        two.startIp = ip("10.0.2.10");
        two.endIp = ip("10.0.2.254");
        two.leases.clear();
        two.reservations.clear();
        m_sim->model().addScope(two);
        m_http = std::make_unique<lab::LabHttpServer>(m_sim.get());
        QVERIFY(m_http->start().has_value());

        Server s;
        s.name = QStringLiteral("SRV-A");
        s.hostname = QStringLiteral("127.0.0.1");
        s.port = m_http->port();
        s.useHttps = false;
        s.timeoutSeconds = 5;
        const auto created = ServerRepository(*m_db).create(s);
        QVERIFY(created.has_value());
        m_server = created->id;
        QVERIFY(ServerRepository(*m_db)
                    .recordAccessLevel(m_server, access, QDateTime::currentDateTimeUtc())
                    .has_value());
        QVERIFY(ServerRepository(*m_db).setScriptVersion(m_server, version).has_value());
        const SecretKey key = SecretKey::psuAppToken(m_server, s.name);
        QVERIFY(QCoro::waitFor(m_secrets.write(key, m_sim->writerToken())).has_value());
        addScope("10.0.1.0/24", "Building A");
        addScope("10.0.2.0/24", "Lab");

        CachedLease lease;
        lease.serverId = m_server;
        lease.scopeId = ip("10.0.1.0");
        lease.address = ip("10.0.1.50");
        lease.clientId = MacPc;
        lease.hostname = QStringLiteral("PC50");
        lease.state = QStringLiteral("Active");
        CachedReservation printer;
        printer.serverId = m_server;
        printer.scopeId = ip("10.0.1.0");
        printer.address = ip("10.0.1.100");
        printer.clientId = MacPrinter;
        printer.name = QStringLiteral("printer");
        printer.type = QStringLiteral("Dhcp");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(DhcpCacheRepository(*m_db)
                    .replaceScopes({{m_server, ip("10.0.1.0"), {lease}}},
                                   {{m_server, ip("10.0.1.0"), {printer}}}, now)
                    .has_value());
        buildViews();
    }

    void buildViews()
    {
        m_window = std::make_unique<QWidget>();
        m_leaseModel = new LeaseTableModel(m_window.get());
        m_reservationModel = new ReservationTableModel(m_window.get());
        m_leaseTester = std::make_unique<QAbstractItemModelTester>(
            m_leaseModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_reservationTester = std::make_unique<QAbstractItemModelTester>(
            m_reservationModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_leases = new DhcpCacheView(
            QStringLiteral("leases"), m_leaseModel,
            {LeaseTableModel::Address, LeaseTableModel::Server, LeaseTableModel::State},
            QStringLiteral("state"), m_window.get());
        m_reservations =
            new DhcpCacheView(QStringLiteral("reservations"), m_reservationModel,
                              {ReservationTableModel::Address, ReservationTableModel::Server,
                               ReservationTableModel::Type},
                              QStringLiteral("type"), m_window.get());
        auto *layout = new QHBoxLayout(m_window.get());
        layout->addWidget(m_leases);
        layout->addWidget(m_reservations);
        m_actions =
            new ReservationActions(*m_db, &m_secrets, ConfigOverrides(), m_leases, m_leaseModel,
                                   m_reservations, m_reservationModel, m_window.get());
        ReservationActions::Prompts prompts;
        prompts.makeReservation =
            [this](const MakeReservationFacts &facts) -> std::optional<MakeReservationChoice> {
            m_facts = facts;
            if (!m_answer)
                return std::nullopt;
            MakeReservationChoice choice;
            choice.name = QStringLiteral("pc50-desk");
            choice.type = PsuReservationType::Both;
            return choice;
        };
        prompts.confirmDelete = [this](const QString &text) {
            m_deleteTexts << text;
            return m_answer;
        };
        prompts.confirm = [this](const QString &question) {
            m_questions << question;
            return m_answer;
        };
        prompts.report = [this](bool error, const QString &, const QString &text) {
            m_reports.append({error, text});
        };
        m_actions->setPrompts(prompts);
        QVERIFY(m_leaseModel->load(*m_db).has_value());
        QVERIFY(m_reservationModel->load(*m_db).has_value());
        m_window->show();
    }

    void select(DhcpCacheView *view, int row)
    {
        QTableView *table = view->list()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
    }

    int rowOf(DhcpCacheView *view, const QString &address)
    {
        const QAbstractItemModel *model = view->list()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == address)
                return row;
        }
        return -1;
    }

    int requests() const { return int(m_http->requestLog().entries().size()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("leaselink.sqlite3")));
        auto opened = Database::open(m_dir.filePath(QStringLiteral("leaselink.sqlite3")));
        QVERIFY(opened.has_value());
        m_db = std::move(*opened);
        m_facts.reset();
        m_deleteTexts.clear();
        m_questions.clear();
        m_reports.clear();
        m_answer = true;
    }

    void cleanup()
    {
        m_leaseTester.reset();
        m_reservationTester.reset();
        m_window.reset();
        m_http.reset();
        m_sim.reset();
    }

    void makeReservationThroughTheButton()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        QPushButton *button = m_actions->makeReservationButton();
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->isEnabled()); // nothing selected
        select(m_leases, rowOf(m_leases, QStringLiteral("10.0.1.50")));
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QCOMPARE(m_actions->makeReservationAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_M));
        QVERIFY(m_leases->list()->table()->actions().contains(m_actions->makeReservationAction()));

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(m_reports.size(), 1);
        QVERIFY2(!m_reports[0].first, qPrintable(m_reports[0].second));
        QVERIFY(m_reports[0].second.contains(QStringLiteral("NetBox follows at the next sync")));
        QVERIFY(m_facts);
        QCOMPARE(m_facts->lease.address, ip("10.0.1.50"));
        QCOMPARE(m_facts->target.server->name, QStringLiteral("SRV-A"));
        QCOMPARE(m_facts->scopeText, QStringLiteral("10.0.1.0 (Building A)"));

        const lab::PsuReservation *made =
            m_sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.50"));
        QVERIFY(made);
        QCOMPARE(made->name, QStringLiteral("pc50-desk"));
        QCOMPARE(made->type, QStringLiteral("Both"));
        // At once in both views: a new reservation row, the lease shown reserved.
        QCOMPARE(m_reservationModel->rowCount(), 2);
        const int leaseRow = rowOf(m_leases, QStringLiteral("10.0.1.50"));
        QCOMPARE(m_leases->list()
                     ->table()
                     ->model()
                     ->index(leaseRow, LeaseTableModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("ActiveReservation"));
        // Reserved now: the action explains why it is off.
        select(m_leases, leaseRow);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("already reserved")),
                 qPrintable(button->toolTip()));
    }

    void cancelledDialogSendsNothing()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        m_answer = false;
        select(m_leases, rowOf(m_leases, QStringLiteral("10.0.1.50")));
        m_actions->makeReservationAction()->trigger();
        QTRY_VERIFY(m_facts.has_value());
        QTest::qWait(50);
        QCOMPARE(requests(), 0);
        QVERIFY(m_reports.isEmpty());
    }

    void tokenGateDisablesWithReason_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("reason");
        QTest::newRow("reader") << int(AccessLevel::Reader) << "read-only App Token";
        QTest::newRow("unknown") << int(AccessLevel::Unknown) << "run Test Connection";
    }
    void tokenGateDisablesWithReason()
    {
        QFETCH(int, access);
        QFETCH(QString, reason);
        start(QStringLiteral("1.0.2"), AccessLevel(access));
        select(m_leases, rowOf(m_leases, QStringLiteral("10.0.1.50")));
        QVERIFY(!m_actions->makeReservationButton()->isEnabled());
        QVERIFY2(m_actions->makeReservationButton()->toolTip().contains(reason),
                 qPrintable(m_actions->makeReservationButton()->toolTip()));
        select(m_reservations, rowOf(m_reservations, QStringLiteral("10.0.1.100")));
        QVERIFY(!m_actions->deleteReservationAction()->isEnabled());
        QVERIFY(m_actions->deleteReservationAction()->toolTip().contains(reason));
        QTest::keyClick(m_reservations->list()->table(), Qt::Key_Delete);
        QTest::qWait(50);
        QVERIFY(m_deleteTexts.isEmpty());
        QCOMPARE(requests(), 0);
    }

    void maintenanceDeclinedSendsNothing()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        QVERIFY(ServerRepository(*m_db).setMaintenance(m_server, true).has_value());
        m_actions->refresh();
        select(m_leases, rowOf(m_leases, QStringLiteral("10.0.1.50")));
        QVERIFY(m_actions->makeReservationAction()->isEnabled()); // allowed, but asks
        // Yes to the dialog, no to the maintenance question.
        m_actions->setPrompts({[this](const MakeReservationFacts &facts) {
                                   m_facts = facts;
                                   return std::optional(MakeReservationChoice{});
                               },
                               {},
                               [this](const QString &question) {
                                   m_questions << question;
                                   return false;
                               },
                               [this](bool error, const QString &, const QString &text) {
                                   m_reports.append({error, text});
                               }});
        m_actions->makeReservationAction()->trigger();
        QTRY_COMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions[0].contains(QStringLiteral("server SRV-A")),
                 qPrintable(m_questions[0]));
        QVERIFY2(m_questions[0].contains(QStringLiteral("maintenance")),
                 qPrintable(m_questions[0]));
        QTest::qWait(50);
        QCOMPARE(requests(), 0);
        QVERIFY(m_reports.isEmpty());
    }

    void deleteThroughTheDeleteKey_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("1.0.2") << "1.0.2";
        QTest::newRow("2.0.1") << "2.0.1";
    }
    void deleteThroughTheDeleteKey()
    {
        QFETCH(QString, version);
        start(version, AccessLevel::Writer);
        QVERIFY(!m_actions->deleteReservationButton()->accessibleName().isEmpty());
        QCOMPARE(m_actions->deleteReservationAction()->shortcut(),
                 QKeySequence(QKeySequence::Delete));
        select(m_reservations, rowOf(m_reservations, QStringLiteral("10.0.1.100")));
        QVERIFY2(m_actions->deleteReservationButton()->isEnabled(),
                 qPrintable(m_actions->deleteReservationButton()->toolTip()));
        QTest::keyClick(m_reservations->list()->table(), Qt::Key_Delete);
        QTRY_COMPARE(m_reports.size(), 1);
        QCOMPARE(m_deleteTexts.size(), 1);
        const QString text = m_deleteTexts[0];
        for (const QString &part :
             {QStringLiteral("10.0.1.100"), MacPrinter, QStringLiteral("printer"),
              QStringLiteral("10.0.1.0 (Building A)"), QStringLiteral("SRV-A"),
              QStringLiteral("removes it from the DHCP server")})
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY2(!m_reports[0].first, qPrintable(m_reports[0].second));
        QVERIFY(!m_sim->model().scope(ip("10.0.1.0"))->reservationAt(ip("10.0.1.100")));
        QCOMPARE(m_reservationModel->rowCount(), 0);
    }

    void multiScopeMacDisablesDelete()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        CachedReservation twin;
        twin.serverId = m_server;
        twin.scopeId = ip("10.0.2.0");
        twin.address = ip("10.0.2.100");
        twin.clientId = MacPrinter;
        twin.name = QStringLiteral("printer-lab");
        twin.type = QStringLiteral("Dhcp");
        QVERIFY(DhcpCacheRepository(*m_db)
                    .addReservation(twin, QDateTime::currentDateTimeUtc())
                    .has_value());
        QVERIFY(m_reservationModel->load(*m_db).has_value());
        select(m_reservations, rowOf(m_reservations, QStringLiteral("10.0.2.100")));
        QVERIFY(!m_actions->deleteReservationButton()->isEnabled());
        QVERIFY2(m_actions->deleteReservationButton()->toolTip().contains(
                     QStringLiteral("first one it finds")),
                 qPrintable(m_actions->deleteReservationButton()->toolTip()));
        QTest::keyClick(m_reservations->list()->table(), Qt::Key_Delete);
        QTest::qWait(50);
        QVERIFY(m_deleteTexts.isEmpty());
        QCOMPARE(requests(), 0);
    }

    void alreadyGoneOffersToDropTheRow()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        m_sim->model().scope(ip("10.0.1.0"))->reservations.clear(); // removed on the server
        select(m_reservations, rowOf(m_reservations, QStringLiteral("10.0.1.100")));
        m_actions->deleteReservationAction()->trigger();
        QTRY_COMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions[0].contains(QStringLiteral("already gone")),
                 qPrintable(m_questions[0]));
        QTRY_COMPARE(m_reservationModel->rowCount(), 0);
    }

    void serverErrorIsReportedAndChangesNothing()
    {
        start(QStringLiteral("1.0.2"), AccessLevel::Writer);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = "POST";
        fault.pathPattern = QStringLiteral("*reservations*");
        fault.status = 500;
        fault.body = R"({"error":"The DHCP service is not running."})";
        fault.contentType = "application/json";
        m_http->faults().add(fault);
        select(m_leases, rowOf(m_leases, QStringLiteral("10.0.1.50")));
        m_actions->makeReservationAction()->trigger();
        QTRY_COMPARE(m_reports.size(), 1);
        QVERIFY(m_reports[0].first);
        QVERIFY2(m_reports[0].second.contains(QStringLiteral("The DHCP service is not running.")),
                 qPrintable(m_reports[0].second));
        QCOMPARE(m_reservationModel->rowCount(), 1);
        QCOMPARE(DhcpCacheRepository(*m_db).reservationCount().value_or(-1), 1);
    }

    void dialogNamesTheLeaseAndPrefills()
    {
        MakeReservationFacts facts;
        facts.lease.address = ip("10.0.3.50");
        facts.lease.clientId = MacPc;
        facts.lease.hostname = QStringLiteral("PC350.corp.example.com");
        Server primary;
        primary.name = QStringLiteral("SRV-A");
        Server partner;
        partner.name = QStringLiteral("SRV-B");
        Failover fo;
        fo.name = QStringLiteral("FO1");
        facts.target.server = primary;
        facts.target.partner = partner;
        facts.target.failover = fo;
        facts.reportedBy = QStringLiteral("SRV-B");
        facts.scopeText = QStringLiteral("10.0.3.0 (Annex)");
        MakeReservationDialog dialog(facts);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("PC350.corp.example.com"));
        QCOMPARE(dialog.typeCombo()->currentText(), QStringLiteral("Dhcp"));
        QVERIFY(!dialog.nameEdit()->accessibleName().isEmpty());
        QVERIFY(!dialog.typeCombo()->accessibleName().isEmpty());
        const QString summary = MakeReservationDialog::summary(facts);
        for (const QString &part :
             {QStringLiteral("10.0.3.50"), MacPc, QStringLiteral("SRV-A"), QStringLiteral("FO1"),
              QStringLiteral("primary"), QStringLiteral("SRV-B")})
            QVERIFY2(summary.contains(part), qPrintable(summary));
        QStringList shown;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown << label->text();
        for (const QString &part : {QStringLiteral("PC350.corp.example.com"),
                                    QStringLiteral("10.0.3.0 (Annex)"), QStringLiteral("SRV-B")})
            QVERIFY2(shown.contains(part), qPrintable(shown.join(QLatin1Char('|'))));
        dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findText(QStringLiteral("Bootp")));
        dialog.nameEdit()->setText(QStringLiteral(" kiosk-3 "));
        QCOMPARE(dialog.choice().type, PsuReservationType::Bootp);
        QCOMPARE(dialog.choice().name, QStringLiteral("kiosk-3"));
    }
};

QTEST_MAIN(TestReservationActions)
#include "tst_reservationactions.moc"
