#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace leaselink::cli {

// Plain aligned columns for terminal output (`servers list`, `settings show`).
class TextTable
{
public:
    explicit TextTable(QStringList headers)
        : m_headers(std::move(headers))
    {}

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace leaselink::cli
