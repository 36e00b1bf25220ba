#pragma once

#include "domain/Scope.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace leaselink {

// Create or edit one scope: name, network, range, router, lease time as value + unit (new scopes
// default to 1 Day; an edit decomposes the stored seconds by the largest exact unit) and the
// source. OK stays disabled while problem() names what is wrong (range outside the network, ...).
// The repository's edit validation still runs on save.
class ScopeEditDialog : public QDialog
{
    Q_OBJECT

public:
    struct SourceChoice
    {
        QString label;
        std::optional<std::int64_t> serverId;
        std::optional<std::int64_t> failoverId;
    };

    ScopeEditDialog(const Scope &scope, const QList<SourceChoice> &sources,
                    QWidget *parent = nullptr);

    // The edited scope (only valid when problem() is empty).
    Scope scope() const;
    QString problem() const;

    QSpinBox *leaseValueBox() const { return m_leaseValue; }
    QComboBox *leaseUnitBox() const { return m_leaseUnit; }

private:
    void revalidate();

    Scope m_scope;
    QList<SourceChoice> m_sources;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_network = nullptr;
    QSpinBox *m_prefixId = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QLineEdit *m_router = nullptr;
    QSpinBox *m_leaseValue = nullptr;
    QComboBox *m_leaseUnit = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leaselink
