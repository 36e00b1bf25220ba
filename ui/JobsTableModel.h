#pragma once

#include "store/JobRecord.h"

#include <QAbstractTableModel>

namespace leaselink {

// The Jobs view: the run history (JobRepository::listRecent), newest first, with outcome and
// counts; detailHtml() gives the full log for the ListView detail pane. Live progress of a running
// job is not shown here: the job panel owns that.
class JobsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Started,
        Kind,
        Servers,
        Outcome,
        Counts,
        Finished,
        ColumnCount
    };

    explicit JobsTableModel(QObject *parent = nullptr);

    void setJobs(QList<JobRecord> jobs);
    const JobRecord &job(int row) const { return m_jobs.at(row); }

    static QString outcomeText(JobStatus status);
    static QString countsText(const QJsonObject &counts);
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JobRecord> m_jobs;
};

} // namespace leaselink
