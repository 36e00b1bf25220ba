#include "OptionCodeTableModel.h"

#include "Icons.h"
#include "ListView.h"

#include "store/OptionCodeRepository.h"

#include <QIcon>

namespace leaselink {

OptionCodeTableModel::OptionCodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreExpected<void> OptionCodeTableModel::load(Database &database)
{
    auto definitions = OptionCodeRepository(database).list();
    if (!definitions)
        return std::unexpected(definitions.error());
    setDefinitions(std::move(*definitions));
    return {};
}

void OptionCodeTableModel::setDefinitions(QList<OptionCodeDefinition> definitions)
{
    beginResetModel();
    m_definitions = std::move(definitions);
    endResetModel();
}

int OptionCodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int OptionCodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionCodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OptionCodeDefinition &definition = m_definitions.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Origin && definition.isBuiltin)
        return icon(IconName::Lock);
    if (role == Qt::ToolTipRole && definition.isBuiltin)
        return tr("Built-in definitions cannot be edited or deleted.");
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Code:
        if (raw)
            return definition.code;
        return QString::number(definition.code);
    case Name:
        return definition.name;
    case DataType:
        return optionDataTypeLabel(definition.dataType);
    case VendorClass:
        return definition.vendorClass;
    case Origin:
        if (raw)
            return definition.isBuiltin;
        return definition.isBuiltin ? tr("Built-in (locked)") : tr("Custom");
    case Description:
        return definition.description;
    }
    return {};
}

Qt::ItemFlags OptionCodeTableModel::flags(const QModelIndex &index) const
{
    // Read-only everywhere; built-in rows say so through the Origin column and tool tip.
    return QAbstractTableModel::flags(index) & ~Qt::ItemIsEditable;
}

QVariant OptionCodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case DataType:
        return tr("Data Type");
    case VendorClass:
        return tr("Vendor Class");
    case Origin:
        return tr("Origin");
    case Description:
        return tr("Description");
    }
    return {};
}

} // namespace leaselink
