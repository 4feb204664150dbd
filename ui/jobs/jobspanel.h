#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Leadline::Models {
class JobsModel;
}

namespace Leadline::Ui {

// Every running job with its title, what it is doing, a progress bar and a cancel button.
// Rebuilt from the JobsModel's rows; a handful of jobs at most, so plain widgets suffice.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(Models::JobsModel &model, QWidget *parent = nullptr);

    // As wide as a progress bar needs, whatever the jobs say: their texts wrap, so that a
    // growing status ("So far 120,000 rows: …") never widens the window or squeezes the list.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuild();
    void updateRow(int row);

    Models::JobsModel &m_model;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_empty = nullptr;
    QList<QWidget *> m_rowWidgets;
};

} // namespace Leadline::Ui
