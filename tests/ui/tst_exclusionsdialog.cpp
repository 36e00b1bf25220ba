// Scopes → Exclusions… (issue 6): a typed range is checked before it can be added (an IPv4
// address, start not after end, inside the scope's range, not already there); edits are staged
// until OK; save() writes the difference in one transaction, so a refused change leaves the
// stored ranges exactly as they were.
#include "ExclusionsDialog.h"

#include "store/Database.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

namespace {

Ipv4Address ip(const char *text)
{
    return Ipv4Address::parse(QString::fromLatin1(text)).value();
}

QStringList ranges(const QList<ExclusionRange> &list)
{
    QStringList out;
    for (const ExclusionRange &range : list)
        out << range.startIp.toString() + QLatin1Char('-') + range.endIp.toString();
    return out;
}

} // namespace

class TestExclusionsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    Scope m_scope;

    QStringList stored()
    {
        const auto list = ScopeRepository(*m_database).exclusions(m_scope.id);
        return list ? ranges(*list) : QStringList{QStringLiteral("read failed")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto opened = Database::openInDataDir(m_dir.path());
        QVERIFY(opened.has_value());
        m_database = std::move(*opened);
        Server server;
        server.name = QStringLiteral("dhcp-a");
        server.hostname = QStringLiteral("a.example");
        const auto createdServer = ServerRepository(*m_database).create(server);
        QVERIFY(createdServer.has_value());
        Scope scope;
        scope.serverId = createdServer->id;
        scope.name = QStringLiteral("Office");
        scope.netboxPrefixId = 3;
        scope.prefix = Ipv4Prefix::parse(QStringLiteral("10.9.0.0/24")).value();
        scope.startIp = ip("10.9.0.10");
        scope.endIp = ip("10.9.0.200");
        const auto created = ScopeRepository(*m_database).create(scope);
        QVERIFY(created.has_value());
        m_scope = *created;
        ExclusionRange first;
        first.scopeId = m_scope.id;
        first.startIp = ip("10.9.0.10");
        first.endIp = ip("10.9.0.19");
        QVERIFY(ScopeRepository(*m_database).addExclusion(first).has_value());
    }

    void typedRangesAreChecked_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("problem"); // a word of the reason; empty: Add is enabled
        QTest::newRow("nothing typed") << ""
                                       << ""
                                       << "first address";
        QTest::newRow("not an address") << "10.9.0.300"
                                        << ""
                                        << "not an IPv4";
        QTest::newRow("ends before it starts") << "10.9.0.50"
                                               << "10.9.0.40"
                                               << "ends before";
        QTest::newRow("below the scope range") << "10.9.0.5"
                                               << "10.9.0.12"
                                               << "inside";
        QTest::newRow("above the scope range") << "10.9.0.190"
                                               << "10.9.0.201"
                                               << "inside";
        QTest::newRow("already excluded") << "10.9.0.10"
                                          << "10.9.0.19"
                                          << "already";
        QTest::newRow("one address") << "10.9.0.77"
                                     << ""
                                     << "";
        QTest::newRow("a range") << "10.9.0.30"
                                 << "10.9.0.39"
                                 << "";
    }

    void typedRangesAreChecked()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, problem);
        const auto current = ScopeRepository(*m_database).exclusions(m_scope.id);
        QVERIFY(current.has_value());
        ExclusionsDialog dialog(m_scope, *current);
        dialog.startEdit()->setText(start);
        dialog.endEdit()->setText(end);
        QCOMPARE(dialog.addButton()->isEnabled(), problem.isEmpty());
        QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    }

    void editsAreStagedAndSavedTogether()
    {
        const auto current = ScopeRepository(*m_database).exclusions(m_scope.id);
        QVERIFY(current.has_value());
        {
            ExclusionsDialog cancelled(m_scope, *current);
            cancelled.startEdit()->setText(QStringLiteral("10.9.0.30"));
            cancelled.addTyped();
            QCOMPARE(cancelled.staged().size(), 2);
        } // closed without save(): Cancel writes nothing
        QCOMPARE(stored(), QStringList{QStringLiteral("10.9.0.10-10.9.0.19")});

        ExclusionsDialog dialog(m_scope, *current);
        dialog.startEdit()->setText(QStringLiteral("10.9.0.100"));
        dialog.endEdit()->setText(QStringLiteral("10.9.0.109"));
        dialog.addTyped();
        QVERIFY(dialog.startEdit()->text().isEmpty());  // ready for the next one
        dialog.rangeList()->item(0)->setSelected(true); // 10.9.0.10-19
        QVERIFY(dialog.removeButton()->isEnabled());
        dialog.removeSelected();
        QCOMPARE(ranges(dialog.staged()), QStringList{QStringLiteral("10.9.0.100-10.9.0.109")});
        QCOMPARE(stored(), QStringList{QStringLiteral("10.9.0.10-10.9.0.19")}); // not yet
        const auto saved = dialog.save(*m_database);
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(stored(), QStringList{QStringLiteral("10.9.0.100-10.9.0.109")});
    }

    void aRefusedChangeWritesNothing()
    {
        const auto current = ScopeRepository(*m_database).exclusions(m_scope.id);
        QVERIFY(current.has_value() && current->size() == 1);
        ExclusionsDialog dialog(m_scope, *current);
        dialog.rangeList()->item(0)->setSelected(true);
        dialog.removeSelected();
        dialog.startEdit()->setText(QStringLiteral("10.9.0.150"));
        dialog.addTyped();
        // Meanwhile the range the dialog removes was deleted elsewhere (a sync): the removal is
        // refused, and the new range must not be written either.
        QVERIFY(ScopeRepository(*m_database).removeExclusion(current->first().id).has_value());
        QVERIFY(!dialog.save(*m_database).has_value());
        QCOMPARE(stored(), QStringList());
    }
};

QTEST_MAIN(TestExclusionsDialog)
#include "tst_exclusionsdialog.moc"
