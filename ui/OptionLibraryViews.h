#pragma once

#include "domain/OptionCode.h"
#include "domain/OptionValue.h"

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;

namespace leaselink {

class Database;
class ListView;
class OptionCodeTableModel;
class OptionValueTableModel;

// The option library's two views (Options → Option Code Definitions, Option Values): the list
// with Add, Edit and Delete. The library is LeaseLink's own (never pushed to a DHCP server), so
// no setting gates it; built-in definitions are locked (no Edit, no Delete, a tool tip says why).
// The dialogs and the confirmation are injectable so tests drive the views without modal loops.
class OptionCodeLibrary : public QWidget
{
    Q_OBJECT

public:
    using Edit = std::function<std::optional<OptionCodeDefinition>(const OptionCodeDefinition &)>;
    using Confirm = std::function<bool(const QString &question)>;
    using Warn = std::function<void(const QString &title, const QString &text)>;

    OptionCodeLibrary(Database &database, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    OptionCodeTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    void setEditor(Edit edit) { m_editor = std::move(edit); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setWarn(Warn warn) { m_warn = std::move(warn); }

    QString reload(); // an error message, empty on success
    void addDefinition();
    void editDefinition();
    void deleteDefinition();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    int currentRow() const;

    Database &m_database;
    ListView *m_list = nullptr;
    OptionCodeTableModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    Edit m_editor;
    Confirm m_confirm;
    Warn m_warn;
};

class OptionValueLibrary : public QWidget
{
    Q_OBJECT

public:
    using Edit = std::function<std::optional<OptionValue>(const OptionValue &)>;
    using Confirm = std::function<bool(const QString &question)>;
    using Warn = std::function<void(const QString &title, const QString &text)>;

    OptionValueLibrary(Database &database, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    OptionValueTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    void setEditor(Edit edit) { m_editor = std::move(edit); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setWarn(Warn warn) { m_warn = std::move(warn); }

    QString reload();
    void addValue();
    void editValue();
    void deleteValue();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    int currentRow() const;

    Database &m_database;
    ListView *m_list = nullptr;
    OptionValueTableModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    Edit m_editor;
    Confirm m_confirm;
    Warn m_warn;
};

} // namespace leaselink
