#pragma once

#include "domain/ExclusionRange.h"
#include "domain/Scope.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace leaselink {

class Database;

// The exclusion ranges of one scope (Scopes → Exclusions…, only while Push Scope Info is on):
// Add a range (start and end inside the scope's range, start not after end), Remove the
// selected ones. Edits are staged: nothing is written until OK, Cancel drops them, and OK
// writes every change in one transaction so a refused range leaves the scope as it was.
class ExclusionsDialog : public QDialog
{
    Q_OBJECT

public:
    ExclusionsDialog(const Scope &scope, QList<ExclusionRange> current, QWidget *parent = nullptr);

    // The ranges as staged (new ones have id 0).
    QList<ExclusionRange> staged() const { return m_staged; }
    // Writes the difference between the stored and the staged ranges in one transaction.
    StoreExpected<void> save(Database &database) const;

    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *rangeList() const { return m_list; }
    // Why Add is disabled (empty when the typed range can be added).
    QString problem() const;

    void addTyped();
    void removeSelected();

private:
    void refill();
    void revalidate();

    Scope m_scope;
    QList<ExclusionRange> m_stored;
    QList<ExclusionRange> m_staged;
    QListWidget *m_list = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leaselink
