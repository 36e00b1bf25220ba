#include "MaintenanceView.h"

#include "Icons.h"
#include "ListView.h"
#include "MaintenanceTableModel.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leaselink {

MaintenanceView::MaintenanceView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_model = new MaintenanceTableModel(this);
    m_list = new ListView(QStringLiteral("maintenance"), m_model, this);
    m_resume = new QPushButton(icon(IconName::Resume), tr("&Resume"));
    m_resume->setAccessibleName(tr("Resume the current object"));
    m_resumeSelected = new QPushButton(tr("Resume &Selected…"));
    m_resumeSelected->setAccessibleName(tr("Resume every selected object"));
    m_list->addToolWidget(m_resume);
    m_list->addToolWidget(m_resumeSelected);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Resume"), question) == QMessageBox::Yes;
    };
    connect(m_resume, &QPushButton::clicked, this, &MaintenanceView::resumeCurrent);
    connect(m_resumeSelected, &QPushButton::clicked, this, &MaintenanceView::resumeSelected);
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MaintenanceView::updateButtons);
    connect(m_list, &ListView::currentSourceRowChanged, this, &MaintenanceView::updateButtons);
    updateButtons();
}

QString MaintenanceView::reload()
{
    const auto loaded = m_model->load(m_database);
    updateButtons();
    return loaded ? QString() : loaded.error().message;
}

void MaintenanceView::resumeCurrent()
{
    const QModelIndex current = m_list->table()->currentIndex();
    if (!current.isValid())
        return;
    resumeRows({m_list->proxy()->mapToSource(current).row()});
}

void MaintenanceView::resumeSelected()
{
    const QList<int> rows = m_list->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString question =
        tr("Resume %n object(s) from maintenance? They are synced again from the next run.",
           nullptr, int(rows.size()));
    if (!m_confirm(question))
        return;
    resumeRows(rows);
}

void MaintenanceView::resumeRows(const QList<int> &rows)
{
    if (const auto done = m_model->resume(rows); !done)
        QMessageBox::warning(this, tr("Resume"), done.error().message);
    updateButtons();
    Q_EMIT changed();
}

void MaintenanceView::updateButtons()
{
    m_resume->setEnabled(m_list->table()->currentIndex().isValid());
    m_resumeSelected->setEnabled(m_list->table()->selectionModel()->hasSelection());
}

} // namespace leaselink
