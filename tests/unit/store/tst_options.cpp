// OptionCodeRepository and OptionValueRepository.

#include "StoreTestSupport.h"

#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

using namespace leaselink;
using namespace leaselink::test;

namespace {

OptionCodeDefinition makeDefinition(int code, const QString &name = QStringLiteral("Custom"))
{
    OptionCodeDefinition d;
    d.code = code;
    d.name = name;
    return d;
}

} // namespace

class TestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionRoundTrip()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeRepository codes(*f.db);
        OptionCodeDefinition d = makeDefinition(224, QStringLiteral("Site Code"));
        d.description = QStringLiteral("vendor specific");
        d.dataType = OptionDataType::DWordDWord;
        d.vendorClass = QStringLiteral("MSFT 5.0");
        auto created = codes.create(d);
        STORE_VERIFY(created);
        QVERIFY(created->id > 0);
        QCOMPARE(created->dataType, OptionDataType::DWordDWord);
        QCOMPARE(created->vendorClass, QStringLiteral("MSFT 5.0"));
        QVERIFY(!created->isBuiltin);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM option_code_definitions WHERE "
                                              "code = 224 AND data_type = 'DWORD DWORD'")),
                 1);

        auto list = codes.list();
        STORE_VERIFY(list);
        QCOMPARE(list->size(), 72);
        for (qsizetype i = 1; i < list->size(); ++i)
            QVERIFY(list->at(i - 1).code < list->at(i).code); // ordered by code

        OptionCodeDefinition edited = *created;
        edited.name = QStringLiteral("Site");
        edited.isBuiltin = true; // not changeable through update()
        auto updated = codes.update(edited);
        STORE_VERIFY(updated);
        QCOMPARE(updated->name, QStringLiteral("Site"));
        QVERIFY(!updated->isBuiltin);
    }

    void definitionConstraints_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("vendorClass");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        const auto constraint = int(StoreError::Kind::Constraint);
        QTest::newRow("negative code")
            << -1 << QStringLiteral("x") << QString() << constraint
            << QStringLiteral("Option code -1 is out of range (0 to 32767)");
        QTest::newRow("code 32768") << 32768 << QStringLiteral("x") << QString() << constraint
                                    << QStringLiteral("32768 is out of range");
        QTest::newRow("no name") << 300 << QString() << QString() << constraint
                                 << QStringLiteral("Option code 300 needs a name");
        QTest::newRow("name 201") << 300 << QString(201, QLatin1Char('n')) << QString()
                                  << constraint << QStringLiteral("longer than 200");
        QTest::newRow("vendor class 201")
            << 300 << QStringLiteral("x") << QString(201, QLatin1Char('v')) << constraint
            << QStringLiteral("vendor class");
        // EDT-05.4 amended (C-22): the identity is (code, vendor class), so only the same pair
        // conflicts; (6, "Vendor") is accepted, see codeIsUniquePerVendorClass.
        QTest::newRow("duplicate of builtin 6")
            << 6 << QStringLiteral("Mine") << QString() << int(StoreError::Kind::Conflict)
            << QStringLiteral("Option code 6 is already defined as '6: DNS Servers'");
    }

    void definitionConstraints()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(QString, vendorClass);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeDefinition d = makeDefinition(code, name);
        d.vendorClass = vendorClass;
        STORE_VERIFY_ERROR(OptionCodeRepository(*f.db).create(d), StoreError::Kind(kind), fragment);
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 71);
    }

    void codeIsUniquePerVendorClass()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeRepository codes(*f.db);
        OptionCodeDefinition vendor = makeDefinition(6, QStringLiteral("Vendor DNS"));
        vendor.vendorClass = QStringLiteral("MSFT 5.0");
        auto created = codes.create(vendor);
        STORE_VERIFY(created);
        vendor.name = QStringLiteral("Again");
        STORE_VERIFY_ERROR(codes.create(vendor), StoreError::Kind::Conflict,
                           QStringLiteral("Option code 6 is already defined"));

        auto exact = codes.findByCodeAndVendorClass(6, QStringLiteral("MSFT 5.0"));
        STORE_VERIFY(exact);
        QVERIFY(exact->has_value());
        QCOMPARE((*exact)->id, created->id);
        auto plain = codes.findByCodeAndVendorClass(6, QString());
        STORE_VERIFY(plain);
        QVERIFY(plain->has_value());
        QVERIFY((*plain)->isBuiltin);
        auto missing = codes.findByCodeAndVendorClass(6, QStringLiteral("Other"));
        STORE_VERIFY(missing);
        QVERIFY(!missing->has_value());
        // findByCode prefers the definition without a vendor class.
        auto byCode = codes.findByCode(6);
        STORE_VERIFY(byCode);
        QVERIFY(byCode->has_value());
        QCOMPARE((*byCode)->vendorClass, QString());
        QVERIFY((*byCode)->isBuiltin);
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 72);
    }

    void codeRangeBoundsAreAccepted()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeRepository codes(*f.db);
        STORE_VERIFY(codes.create(makeDefinition(0)));
        STORE_VERIFY(codes.create(makeDefinition(32767)));
    }

    void builtinAndUsedDefinitionsCannotBeDeleted()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeRepository codes(*f.db);
        OptionValueRepository values(*f.db);
        auto dns = codes.findByCode(6);
        STORE_VERIFY(dns);
        STORE_VERIFY_ERROR(codes.remove((*dns)->id), StoreError::Kind::Conflict,
                           QStringLiteral("'6: DNS Servers' is built in and cannot be deleted"));

        auto custom = codes.create(makeDefinition(250, QStringLiteral("Proxy")));
        STORE_VERIFY(custom);
        OptionValue v;
        v.optionDefinitionId = custom->id;
        v.value = QStringLiteral("http://proxy");
        auto value = values.create(v);
        STORE_VERIFY(value);
        STORE_VERIFY_ERROR(codes.remove(custom->id), StoreError::Kind::Conflict,
                           QStringLiteral("1 option value(s) use it"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 72);

        STORE_VERIFY(values.remove(value->id));
        STORE_VERIFY(codes.remove(custom->id));
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 71);
        STORE_VERIFY_ERROR(codes.remove(custom->id), StoreError::Kind::NotFound,
                           QStringLiteral("No option code definition"));
    }

    void valueRoundTripOrderAndLookup()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionCodeRepository codes(*f.db);
        OptionValueRepository values(*f.db);
        auto dns = codes.findByCode(6);
        auto router = codes.findByCode(15); // Domain Name
        STORE_VERIFY(dns);
        STORE_VERIFY(router);
        OptionValue corp;
        corp.optionDefinitionId = (*dns)->id;
        corp.value = QStringLiteral("10.0.0.53, 10.0.0.54");
        corp.friendlyName = QStringLiteral("Corp DNS");
        OptionValue plain = corp;
        plain.friendlyName.clear();
        OptionValue domain;
        domain.optionDefinitionId = (*router)->id;
        domain.value = QStringLiteral("corp.example");
        auto a = values.create(domain);
        auto b = values.create(corp);
        auto c = values.create(plain);
        STORE_VERIFY(a);
        STORE_VERIFY(b);
        STORE_VERIFY(c);
        QCOMPARE(b->friendlyName, QStringLiteral("Corp DNS"));

        auto list = values.list();
        STORE_VERIFY(list);
        QCOMPARE(list->size(), 3);
        // definition code, then friendly name ('' first), then value
        QCOMPARE(list->at(0).id, c->id);
        QCOMPARE(list->at(1).id, b->id);
        QCOMPARE(list->at(2).id, a->id);

        auto found =
            values.findByDefinitionAndValue((*dns)->id, QStringLiteral("10.0.0.53, 10.0.0.54"));
        STORE_VERIFY(found);
        QVERIFY(found->has_value());
        auto notFound =
            values.findByDefinitionAndValue((*dns)->id, QStringLiteral("10.0.0.53,10.0.0.54"));
        STORE_VERIFY(notFound);
        QVERIFY(!notFound->has_value()); // exact text only

        OptionValue edited = *a;
        edited.value = QStringLiteral("corp2.example");
        auto updated = values.update(edited);
        STORE_VERIFY(updated);
        QCOMPARE(updated->value, QStringLiteral("corp2.example"));
    }

    void valueConstraints()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        OptionValueRepository values(*f.db);
        auto dns = OptionCodeRepository(*f.db).findByCode(6);
        STORE_VERIFY(dns);
        OptionValue v;
        v.optionDefinitionId = 99999;
        v.value = QStringLiteral("x");
        STORE_VERIFY_ERROR(values.create(v), StoreError::Kind::NotFound,
                           QStringLiteral("id 99999 does not exist"));
        v.optionDefinitionId = (*dns)->id;
        v.value.clear();
        STORE_VERIFY_ERROR(values.create(v), StoreError::Kind::Constraint,
                           QStringLiteral("cannot be empty"));
        v.value = QStringLiteral("x");
        v.friendlyName = QString(201, QLatin1Char('f'));
        STORE_VERIFY_ERROR(values.create(v), StoreError::Kind::Constraint,
                           QStringLiteral("longer than 200"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_values")), 0);
        // Import stores an empty value as reported.
        v.friendlyName.clear();
        v.value.clear();
        STORE_VERIFY(values.create(v, ValidationMode::Import));
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_values")), 1);
    }

    void deletingValueRemovesScopeLinks()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        auto server = ServerRepository(*f.db).create([] {
            Server s;
            s.name = QStringLiteral("dhcp01");
            s.hostname = QStringLiteral("dhcp01.example");
            return s;
        }());
        STORE_VERIFY(server);
        auto dns = OptionCodeRepository(*f.db).findByCode(6);
        STORE_VERIFY(dns);
        OptionValueRepository values(*f.db);
        OptionValue v;
        v.optionDefinitionId = (*dns)->id;
        v.value = QStringLiteral("10.0.0.53");
        auto value = values.create(v);
        STORE_VERIFY(value);

        Scope s;
        s.name = QStringLiteral("lan");
        s.netboxPrefixId = 1;
        s.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.0.0/24"));
        s.startIp = *Ipv4Address::parse(QStringLiteral("10.0.0.10"));
        s.endIp = *Ipv4Address::parse(QStringLiteral("10.0.0.20"));
        s.serverId = server->id;
        s.optionValueIds = {value->id};
        ScopeRepository scopes(*f.db);
        auto scope = scopes.create(s);
        STORE_VERIFY(scope);
        QCOMPARE(scope->optionValueIds, QList<std::int64_t>{value->id});
        auto forScope = values.listForScope(scope->id);
        STORE_VERIFY(forScope);
        QCOMPARE(forScope->size(), 1);

        STORE_VERIFY(values.remove(value->id));
        QCOMPARE(rowCount(*f.db, QStringLiteral("scope_option_values")), 0);
        auto after = scopes.get(scope->id);
        STORE_VERIFY(after);
        QVERIFY(after->optionValueIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
