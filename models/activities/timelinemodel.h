#pragma once

#include "services/domain/entities.h"

#include <QAbstractListModel>
#include <QThreadPool>

namespace Leadline::Activities {
class ActivityService;
}

namespace Leadline::Models {

// The activity timeline of one contact or company, newest first, loaded in batches on a
// worker thread (fetchMore asks for older ones). Lives on the GUI thread; the service must
// outlive the model.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TypeRole = Qt::UserRole + 1, OccurredAtRole, SubjectRole, BodyRole, ChangesRole, IdRole };

    explicit TimelineModel(Activities::ActivityService &service, QObject *parent = nullptr);
    ~TimelineModel() override;

    // Shows the timeline of a contact or company; an empty id clears it.
    void setEntity(Domain::EntityType type, const QString &id);
    Domain::EntityType entityType() const { return m_type; }
    QString entityId() const { return m_id; }
    // Loads the newest activities again (after a save or a logged call).
    void reload();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Domain::Activity *activityAt(int row) const;
    // "email: a@example.com → b@example.com", one line per changed field.
    static QString changesText(const QJsonObject &changes);

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    void load(const QDateTime &before, const QString &beforeId);

    Activities::ActivityService &m_service;
    Domain::EntityType m_type = Domain::EntityType::Contact;
    QString m_id;
    QList<Domain::Activity> m_rows;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};

} // namespace Leadline::Models
