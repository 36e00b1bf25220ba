#pragma once

#include "domain/Error.h"

#include <QString>
#include <QTest>

// Assertions shared by the domain tests. They never touch error() of a value or value() of
// an error, so a wrong outcome fails the test instead of crashing it.

// Fails unless result holds a value; shows the error message otherwise.
#define DOMAIN_VERIFY_OK(result)                                                                   \
    do {                                                                                           \
        const auto &domainResult_ = (result);                                                      \
        QVERIFY2(domainResult_.has_value(),                                                        \
                 domainResult_.has_value() ? "" : qPrintable(domainResult_.error().message));      \
    } while (false)

// Fails unless result holds an error whose message contains every given fragment.
#define DOMAIN_VERIFY_ERROR(result, ...)                                                           \
    do {                                                                                           \
        const auto &domainResult_ = (result);                                                      \
        QVERIFY2(!domainResult_.has_value(), "expected an error, got a value");                    \
        const QString domainMessage_ = domainResult_.error().message;                              \
        for (const QString &fragment_ : {__VA_ARGS__})                                             \
            QVERIFY2(domainMessage_.contains(fragment_),                                           \
                     qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"")                      \
                                    .arg(domainMessage_, fragment_)));                             \
    } while (false)

inline QString quotedInput(const QString &input)
{
    return QLatin1Char('\'') + input + QLatin1Char('\'');
}
