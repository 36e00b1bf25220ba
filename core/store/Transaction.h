#pragma once

#include "StoreError.h"

#include <QString>

namespace leaselink {

class Database;

// Scope guard for one logical change: begin() opens it, commit() makes it durable, and leaving
// the scope without commit() rolls it back. Nested guards on the same Database become
// savepoints, so a repository method that is transactional can be called inside a larger one.
class Transaction
{
public:
    static StoreExpected<Transaction> begin(Database &database);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    StoreExpected<void> commit();
    void rollback();

private:
    Transaction(Database *database, QString savepoint);

    Database *m_database = nullptr;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};

} // namespace leaselink
