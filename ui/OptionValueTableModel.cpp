#include "OptionValueTableModel.h"

#include "ListView.h"

#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"
#include "store/ScopeRepository.h"

#include <QHash>

namespace leaselink {

OptionValueTableModel::OptionValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreExpected<void> OptionValueTableModel::load(Database &database)
{
    const auto values = OptionValueRepository(database).list();
    if (!values)
        return std::unexpected(values.error());
    const auto codes = OptionCodeRepository(database).list();
    if (!codes)
        return std::unexpected(codes.error());
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());
    QHash<std::int64_t, OptionCodeDefinition> definitions;
    for (const OptionCodeDefinition &definition : *codes)
        definitions.insert(definition.id, definition);
    QHash<std::int64_t, int> uses;
    for (const leaselink::Scope &scope : *scopes) {
        for (std::int64_t id : scope.optionValueIds)
            ++uses[id];
    }

    QList<Row> rows;
    rows.reserve(values->size());
    for (const OptionValue &value : *values) {
        Row row;
        row.value = value;
        if (const auto it = definitions.constFind(value.optionDefinitionId);
            it != definitions.cend()) {
            row.code = it->code;
            row.option = it->name;
            row.vendorClass = it->vendorClass;
        }
        row.scopes = uses.value(value.id);
        row.searchKey = QStringList{QString::number(row.code), row.option, value.value,
                                    value.friendlyName, row.vendorClass}
                            .join(QLatin1Char(' '))
                            .toLower();
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QString OptionValueTableModel::displayNameAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.value.friendlyName.isEmpty())
        return r.value.friendlyName;
    const QString code = r.code < 0 ? QStringLiteral("?") : QString::number(r.code);
    return code + QStringLiteral(": ") + r.value.value;
}

int OptionValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptionValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ListFilterProxy::SearchKeyRole)
        return row.searchKey;
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Code:
        if (raw)
            return row.code;
        return row.code < 0 ? QString() : QString::number(row.code);
    case Option:
        return row.option;
    case Value:
        return row.value.value;
    case FriendlyName:
        return row.value.friendlyName;
    case VendorClass:
        return row.vendorClass;
    case Scopes:
        if (raw)
            return row.scopes;
        return QString::number(row.scopes);
    }
    return {};
}

QVariant OptionValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Option:
        return tr("Option");
    case Value:
        return tr("Value");
    case FriendlyName:
        return tr("Friendly Name");
    case VendorClass:
        return tr("Vendor Class");
    case Scopes:
        return tr("Scopes");
    }
    return {};
}

} // namespace leaselink
