#include "ui/jobs/jobspanel.h"

#include "models/jobs/jobsmodel.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Leadline::Ui {

using Models::JobsModel;

JobsPanel::JobsPanel(JobsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("jobsPanel"));
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("No jobs running."), this);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    layout->addStretch();
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::rebuild);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::rebuild);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::rebuild);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            updateRow(row);
    });
    rebuild();
}

QSize JobsPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, QWidget::sizeHint().height()};
}

QSize JobsPanel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, QWidget::minimumSizeHint().height()};
}

void JobsPanel::rebuild()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        auto *box = new QWidget(this);
        box->setObjectName(QStringLiteral("jobRow"));
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 4, 0, 4);
        auto *title = new QLabel(box);
        title->setObjectName(QStringLiteral("jobTitle"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        auto *status = new QLabel(box);
        status->setObjectName(QStringLiteral("jobStatus"));
        status->setWordWrap(true);
        // Text that cannot wrap (a long file name) is cut rather than widening the window.
        for (QLabel *label : {title, status})
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *bar = new QProgressBar(box);
        bar->setObjectName(QStringLiteral("jobProgress"));
        auto *cancel = new QToolButton(box);
        cancel->setObjectName(QStringLiteral("jobCancel"));
        cancel->setText(tr("Cancel"));
        cancel->setToolTip(tr("Stop this job after its current step"));
        connect(cancel, &QToolButton::clicked, this, [this, job = m_model.jobAt(row)] {
            for (int i = 0; i < m_model.rowCount(); ++i)
                if (m_model.jobAt(i) == job)
                    m_model.cancel(i);
        });
        grid->addWidget(title, 0, 0, 1, 2);
        grid->addWidget(bar, 1, 0);
        grid->addWidget(cancel, 1, 1);
        grid->addWidget(status, 2, 0, 1, 2);
        m_rows->addWidget(box);
        m_rowWidgets.append(box);
        updateRow(row);
    }
    m_empty->setVisible(m_rowWidgets.isEmpty());
}

void JobsPanel::updateRow(int row)
{
    if (row < 0 || row >= m_rowWidgets.size())
        return;
    QWidget *box = m_rowWidgets.at(row);
    box->findChild<QLabel *>(QStringLiteral("jobTitle"))
        ->setText(m_model.data(m_model.index(row, JobsModel::Title)).toString());
    box->findChild<QLabel *>(QStringLiteral("jobStatus"))
        ->setText(m_model.data(m_model.index(row, JobsModel::Status)).toString());
    box->findChild<QToolButton *>(QStringLiteral("jobCancel"))
        ->setEnabled(m_model.data(m_model.index(row, JobsModel::Title), JobsModel::CancellableRole).toBool());
    auto *bar = box->findChild<QProgressBar *>(QStringLiteral("jobProgress"));
    const qint64 total = m_model.data(m_model.index(row, JobsModel::Progress), JobsModel::TotalRole).toLongLong();
    if (total <= 0) {
        bar->setRange(0, 0); // unknown total: a busy bar
    } else {
        bar->setRange(0, 100);
        bar->setValue(m_model.data(m_model.index(row, JobsModel::Progress)).toInt());
    }
}

} // namespace Leadline::Ui
