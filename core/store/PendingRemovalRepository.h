#pragma once

#include "StoreError.h"

#include "domain/PendingRemoval.h"

#include <QList>

#include <cstdint>

namespace leaselink {

class Database;

// The user's removals waiting for the next sync with Push Scope Info on (decisions.md C-02).
// Adding the same removal twice keeps one row; a removed scope takes its rows with it.
class PendingRemovalRepository
{
public:
    explicit PendingRemovalRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<PendingRemoval> add(const PendingRemoval &removal);
    StoreExpected<QList<PendingRemoval>> list() const; // by scope, then creation
    StoreExpected<QList<PendingRemoval>> listForScope(std::int64_t scopeId) const;
    StoreExpected<void> remove(std::int64_t id);

private:
    StoreExpected<QList<PendingRemoval>> query(const QString &where, const QVariantList &values,
                                               const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
