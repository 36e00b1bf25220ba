// Options → Option Code Definitions and Option Values (issue 6): built-in definitions are locked
// (no Edit, no Delete, a tool tip says why), custom ones are added, edited and deleted; a
// refused save (a code already defined, a definition still in use) reports the repository's
// reason and keeps what the admin typed; a delete is confirmed first and names the scopes that
// lose the link. The dialogs' own rules (OK disabled without a name or a value) are checked too.
#include "ListView.h"
#include "OptionCodeDialog.h"
#include "OptionCodeTableModel.h"
#include "OptionLibraryViews.h"
#include "OptionValueDialog.h"
#include "OptionValueTableModel.h"

#include "store/Database.h"
#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

namespace {

// Makes row `row` of the source model current in the list (through the proxy).
bool selectSourceRow(ListView *list, int row)
{
    const QModelIndex index =
        list->proxy()->mapFromSource(list->proxy()->sourceModel()->index(row, 0));
    if (!index.isValid())
        return false;
    list->table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    return true;
}

int rowOfCode(const OptionCodeTableModel &model, int code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.definitionAt(row).code == code)
            return row;
    }
    return -1;
}

} // namespace

class TestOptionLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkOptionLibraryTest"));
        QVERIFY(m_dir.isValid());
        auto opened = Database::openInDataDir(m_dir.path());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(*opened);
        QVERIFY(OptionCodeRepository(*m_database).seedBuiltinOptionCodes().has_value());
    }

    void builtinsAreLockedAndCustomCodesAreEditable()
    {
        OptionCodeLibrary view(*m_database);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList warnings;
        view.setWarn([&](const QString &, const QString &text) { warnings << text; });
        QVERIFY(view.reload().isEmpty());
        QCOMPARE(view.model()->rowCount(), 71);

        // A built-in (6, DNS Servers): Edit and Delete are disabled and say why.
        QVERIFY(selectSourceRow(view.list(), rowOfCode(*view.model(), 6)));
        QVERIFY(!view.editButton()->isEnabled());
        QVERIFY(!view.deleteButton()->isEnabled());
        QVERIFY(view.editButton()->toolTip().contains(QStringLiteral("locked")));
        int edits = 0;
        view.setEditor([&](const OptionCodeDefinition &) {
            ++edits;
            return std::optional<OptionCodeDefinition>();
        });
        view.editDefinition(); // refused even when called directly
        QCOMPARE(edits, 0);

        // New: code 250 "Proxy autodiscovery".
        view.setEditor([&](const OptionCodeDefinition &draft) {
            ++edits;
            if (edits > 1)
                return std::optional<OptionCodeDefinition>(); // the admin cancels the retry
            OptionCodeDefinition made = draft;
            made.code = 252; // already a built-in: refused by the repository
            made.name = QStringLiteral("Proxy autodiscovery");
            return std::optional<OptionCodeDefinition>(made);
        });
        view.addDefinition();
        QCOMPARE(edits, 2); // refused, then the dialog came back with what was typed
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(view.model()->rowCount(), 71);

        OptionCodeDefinition offered;
        edits = 0;
        view.setEditor([&](const OptionCodeDefinition &draft) {
            offered = draft;
            OptionCodeDefinition made = draft;
            made.code = 250;
            made.name = QStringLiteral("Proxy autodiscovery");
            made.vendorClass = QStringLiteral("MSFT 5.0");
            return std::optional<OptionCodeDefinition>(made);
        });
        view.addDefinition();
        QCOMPARE(view.model()->rowCount(), 72);
        const int custom = rowOfCode(*view.model(), 250);
        QVERIFY(custom >= 0);
        QVERIFY(!view.model()->isLocked(custom));
        QCOMPARE(view.model()->definitionAt(custom).vendorClass, QStringLiteral("MSFT 5.0"));

        // Edit it, then delete it after a confirmation that names it.
        QVERIFY(selectSourceRow(view.list(), custom));
        QVERIFY(view.editButton()->isEnabled());
        view.setEditor([&](const OptionCodeDefinition &draft) {
            OptionCodeDefinition made = draft;
            made.name = QStringLiteral("WPAD");
            return std::optional<OptionCodeDefinition>(made);
        });
        view.editDefinition();
        QCOMPARE(view.model()->definitionAt(rowOfCode(*view.model(), 250)).name,
                 QStringLiteral("WPAD"));
        QStringList questions;
        bool answer = false;
        view.setConfirm([&](const QString &question) {
            questions << question;
            return answer;
        });
        QVERIFY(selectSourceRow(view.list(), rowOfCode(*view.model(), 250)));
        view.deleteDefinition();
        QCOMPARE(view.model()->rowCount(), 72); // declined: nothing removed
        QVERIFY(questions.last().contains(QStringLiteral("250: WPAD")));
        answer = true;
        view.deleteDefinition();
        QCOMPARE(view.model()->rowCount(), 71);
        QCOMPARE(rowOfCode(*view.model(), 250), -1);
    }

    void valuesAreAddedEditedAndDeletedWithTheirScopeLinksNamed()
    {
        const auto dns = OptionCodeRepository(*m_database).findByCode(6);
        QVERIFY(dns && dns->has_value());
        OptionValueLibrary view(*m_database);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList warnings;
        view.setWarn([&](const QString &, const QString &text) { warnings << text; });
        QVERIFY(view.reload().isEmpty());
        const int before = view.model()->rowCount();
        QVERIFY(!view.editButton()->isEnabled()); // nothing selected yet

        view.setEditor([&](const OptionValue &draft) {
            OptionValue made = draft;
            made.optionDefinitionId = (*dns)->id;
            made.value = QStringLiteral("10.0.0.53, 10.0.0.54");
            return std::optional<OptionValue>(made);
        });
        view.addValue();
        QCOMPARE(view.model()->rowCount(), before + 1);
        QVERIFY(warnings.isEmpty());
        int row = -1;
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            if (view.model()->valueAt(r).value == QLatin1String("10.0.0.53, 10.0.0.54"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->displayNameAt(row), QStringLiteral("6: 10.0.0.53, 10.0.0.54"));

        // Link it to a scope: the delete question says one scope loses it.
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
        scope.startIp = Ipv4Address::parse(QStringLiteral("10.9.0.10")).value();
        scope.endIp = Ipv4Address::parse(QStringLiteral("10.9.0.200")).value();
        scope.optionValueIds = {view.model()->valueAt(row).id};
        const auto created = ScopeRepository(*m_database).create(scope);
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(view.reload().isEmpty());

        QVERIFY(selectSourceRow(view.list(), row));
        view.setEditor([&](const OptionValue &draft) {
            OptionValue made = draft;
            made.friendlyName = QStringLiteral("Corp DNS");
            return std::optional<OptionValue>(made);
        });
        view.editValue();
        QCOMPARE(view.model()->displayNameAt(row), QStringLiteral("Corp DNS"));

        QString question;
        view.setConfirm([&](const QString &asked) {
            question = asked;
            return true;
        });
        QVERIFY(selectSourceRow(view.list(), row));
        view.deleteValue();
        QVERIFY2(question.contains(QStringLiteral("Corp DNS")) &&
                     question.contains(QStringLiteral("1 scope")),
                 qPrintable(question));
        QCOMPARE(view.model()->rowCount(), before);
        const auto links = ScopeRepository(*m_database).list();
        QVERIFY(links.has_value());
        QVERIFY(links->first().optionValueIds.isEmpty()); // the link went with the value
    }

    void dialogsRequireANameAndAValue()
    {
        OptionCodeDialog codes(OptionCodeDefinition{});
        QPushButton *ok = codes.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        codes.nameEdit()->setText(QStringLiteral("Site code"));
        QVERIFY(ok->isEnabled());
        codes.codeBox()->setValue(224);
        QCOMPARE(codes.definition().code, 224);
        QVERIFY(!codes.definition().isBuiltin);

        const auto definitions = OptionCodeRepository(*m_database).list();
        QVERIFY(definitions.has_value());
        OptionValueDialog values(OptionValue{}, *definitions);
        ok = values.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        values.valueEdit()->setText(QStringLiteral("  corp.example  "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(values.value().value, QStringLiteral("corp.example"));
        QCOMPARE(values.value().optionDefinitionId, definitions->first().id);
    }
};

QTEST_MAIN(TestOptionLibrary)
#include "tst_optionlibrary.moc"
