#include "OptionLibraryViews.h"

#include "Icons.h"
#include "ListView.h"
#include "OptionCodeDialog.h"
#include "OptionCodeTableModel.h"
#include "OptionValueDialog.h"
#include "OptionValueTableModel.h"

#include "store/OptionCodeRepository.h"
#include "store/OptionValueRepository.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leaselink {

namespace {

struct Buttons
{
    QPushButton *add;
    QPushButton *edit;
    QPushButton *remove;
};

// New / Edit / Delete beside the list's search box; Enter (or a double click) edits. The
// mnemonics avoid the menu bar's letters (File, Edit, View, Server, Admin, Help): an ambiguous
// Alt+letter would do nothing.
Buttons addButtons(ListView *list, const QString &what, QWidget *owner)
{
    Buttons buttons{
        new QPushButton(icon(IconName::Add), OptionCodeLibrary::tr("&New…"), owner),
        new QPushButton(icon(IconName::Edit), OptionCodeLibrary::tr("Ed&it…"), owner),
        new QPushButton(icon(IconName::Delete), OptionCodeLibrary::tr("&Delete…"), owner)};
    buttons.add->setAccessibleName(OptionCodeLibrary::tr("Add %1").arg(what));
    buttons.edit->setAccessibleName(OptionCodeLibrary::tr("Edit %1").arg(what));
    buttons.remove->setAccessibleName(OptionCodeLibrary::tr("Delete %1").arg(what));
    for (QPushButton *button : {buttons.add, buttons.edit, buttons.remove})
        list->addToolWidget(button);
    return buttons;
}

QVBoxLayout *fill(QWidget *owner, ListView *list)
{
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list);
    return layout;
}

int currentSourceRow(ListView *list)
{
    const QModelIndex current = list->table()->currentIndex();
    return current.isValid() ? list->proxy()->mapToSource(current).row() : -1;
}

// Edit until the repository accepts or the admin cancels: a refused save says why and opens the
// dialog again with what was typed, so nothing is lost. True when something was saved.
template <typename Item, typename Editor, typename Save, typename Warn>
bool editUntilSaved(Item draft, const Editor &editor, const Save &save, const Warn &warn,
                    const QString &refusedTitle)
{
    while (const auto edited = editor(draft)) {
        const auto saved = save(*edited);
        if (saved)
            return true;
        warn(refusedTitle, saved.error().message);
        draft = *edited;
    }
    return false;
}

} // namespace

// --- Option Code Definitions ----------------------------------------------------------------

OptionCodeLibrary::OptionCodeLibrary(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_model = new OptionCodeTableModel(this);
    m_list = new ListView(QStringLiteral("optionCodes"), m_model, this);
    const Buttons buttons = addButtons(m_list, tr("option code definition"), this);
    m_add = buttons.add;
    m_edit = buttons.edit;
    m_delete = buttons.remove;
    fill(this, m_list);

    m_editor = [this](const OptionCodeDefinition &definition) {
        OptionCodeDialog dialog(definition, this);
        return dialog.exec() == QDialog::Accepted
                   ? std::optional<OptionCodeDefinition>(dialog.definition())
                   : std::nullopt;
    };
    m_warn = [this](const QString &title, const QString &text) {
        QMessageBox::warning(this, title, text);
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Option Code Definition"), question) ==
               QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &OptionCodeLibrary::addDefinition);
    connect(m_edit, &QPushButton::clicked, this, &OptionCodeLibrary::editDefinition);
    connect(m_delete, &QPushButton::clicked, this, &OptionCodeLibrary::deleteDefinition);
    connect(m_list, &ListView::currentSourceRowChanged, this, &OptionCodeLibrary::updateButtons);
    connect(m_list->table(), &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editDefinition();
    });
    updateButtons();
}

QString OptionCodeLibrary::reload()
{
    const auto loaded = m_model->load(m_database);
    updateButtons();
    return loaded ? QString() : loaded.error().message;
}

int OptionCodeLibrary::currentRow() const
{
    return currentSourceRow(m_list);
}

void OptionCodeLibrary::updateButtons()
{
    const int row = currentRow();
    const bool locked = row >= 0 && m_model->isLocked(row);
    m_edit->setEnabled(row >= 0 && !locked);
    m_delete->setEnabled(row >= 0 && !locked);
    const QString why =
        locked ? tr("Built-in Windows option codes are locked: they cannot be edited or deleted.")
               : QString();
    m_edit->setToolTip(why);
    m_delete->setToolTip(why);
}

void OptionCodeLibrary::addDefinition()
{
    const auto save = [this](const OptionCodeDefinition &definition) {
        return OptionCodeRepository(m_database).create(definition);
    };
    if (editUntilSaved(OptionCodeDefinition(), m_editor, save, m_warn,
                       tr("Option code not saved"))) {
        reload();
        Q_EMIT changed();
    }
}

void OptionCodeLibrary::editDefinition()
{
    const int row = currentRow();
    if (row < 0 || m_model->isLocked(row))
        return;
    const auto save = [this](const OptionCodeDefinition &definition) {
        return OptionCodeRepository(m_database).update(definition);
    };
    if (editUntilSaved(m_model->definitionAt(row), m_editor, save, m_warn,
                       tr("Option code not saved"))) {
        reload();
        Q_EMIT changed();
    }
}

void OptionCodeLibrary::deleteDefinition()
{
    const int row = currentRow();
    if (row < 0 || m_model->isLocked(row))
        return;
    const OptionCodeDefinition definition = m_model->definitionAt(row);
    if (!m_confirm(tr("Delete option code definition %1? This is refused while an option value "
                      "uses it.")
                       .arg(definition.displayName())))
        return;
    if (const auto removed = OptionCodeRepository(m_database).remove(definition.id); !removed) {
        m_warn(tr("Option code not deleted"), removed.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

// --- Option Values --------------------------------------------------------------------------

OptionValueLibrary::OptionValueLibrary(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_model = new OptionValueTableModel(this);
    m_list = new ListView(QStringLiteral("optionValues"), m_model, this);
    const Buttons buttons = addButtons(m_list, tr("option value"), this);
    m_add = buttons.add;
    m_edit = buttons.edit;
    m_delete = buttons.remove;
    fill(this, m_list);

    m_editor = [this](const OptionValue &value) -> std::optional<OptionValue> {
        const auto definitions = OptionCodeRepository(m_database).list();
        if (!definitions) {
            m_warn(tr("Option Values"), definitions.error().message);
            return std::nullopt;
        }
        OptionValueDialog dialog(value, *definitions, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.value();
    };
    m_warn = [this](const QString &title, const QString &text) {
        QMessageBox::warning(this, title, text);
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Option Value"), question) == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &OptionValueLibrary::addValue);
    connect(m_edit, &QPushButton::clicked, this, &OptionValueLibrary::editValue);
    connect(m_delete, &QPushButton::clicked, this, &OptionValueLibrary::deleteValue);
    connect(m_list, &ListView::currentSourceRowChanged, this, &OptionValueLibrary::updateButtons);
    connect(m_list->table(), &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editValue();
    });
    updateButtons();
}

QString OptionValueLibrary::reload()
{
    const auto loaded = m_model->load(m_database);
    updateButtons();
    return loaded ? QString() : loaded.error().message;
}

int OptionValueLibrary::currentRow() const
{
    return currentSourceRow(m_list);
}

void OptionValueLibrary::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void OptionValueLibrary::addValue()
{
    const auto save = [this](const OptionValue &value) {
        return OptionValueRepository(m_database).create(value);
    };
    if (editUntilSaved(OptionValue(), m_editor, save, m_warn, tr("Option value not saved"))) {
        reload();
        Q_EMIT changed();
    }
}

void OptionValueLibrary::editValue()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const auto save = [this](const OptionValue &value) {
        return OptionValueRepository(m_database).update(value);
    };
    if (editUntilSaved(m_model->valueAt(row), m_editor, save, m_warn,
                       tr("Option value not saved"))) {
        reload();
        Q_EMIT changed();
    }
}

void OptionValueLibrary::deleteValue()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const OptionValue value = m_model->valueAt(row);
    const int scopes = m_model->scopeCountAt(row);
    const QString question =
        scopes == 0
            ? tr("Delete option value %1?").arg(m_model->displayNameAt(row))
            : tr("Delete option value %1? %n scope(s) use it and lose the link.", nullptr, scopes)
                  .arg(m_model->displayNameAt(row));
    if (!m_confirm(question))
        return;
    if (const auto removed = OptionValueRepository(m_database).remove(value.id); !removed) {
        m_warn(tr("Option value not deleted"), removed.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace leaselink
