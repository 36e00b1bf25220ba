#include "TextTable.h"

#include <algorithm>

namespace leaselink::cli {

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const auto &header : m_headers)
        widths.append(header.size());
    for (const auto &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto renderRow = [&](const QStringList &cells) -> QString {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += (i + 1 < widths.size()) ? cell.leftJustified(widths[i] + 2) : cell;
        }
        return line.trimmed() + QLatin1Char('\n');
    };
    QString text = renderRow(m_headers);
    for (const auto &row : m_rows)
        text += renderRow(row);
    return text;
}

} // namespace leaselink::cli
