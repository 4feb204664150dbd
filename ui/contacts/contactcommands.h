#pragma once

#include "services/domain/entities.h"

#include <QHash>
#include <QStringList>
#include <QUndoCommand>

#include <memory>

namespace Leadline::Contacts {
class ContactService;
}

namespace Leadline::Ui {

class CommandRunner;

// Undoable bulk edits of a contact selection. Each runs its service call through the
// CommandRunner (worker thread, in order); the tables refresh from the service's signals.

class DeleteContactsCommand : public QUndoCommand
{
public:
    DeleteContactsCommand(Contacts::ContactService &service, CommandRunner &runner, const Domain::Actor &actor,
                          QStringList ids);
    void redo() override;
    void undo() override;

private:
    Contacts::ContactService &m_service;
    CommandRunner &m_runner;
    Domain::Actor m_actor;
    QStringList m_ids;
};

class AddTagCommand : public QUndoCommand
{
public:
    AddTagCommand(Contacts::ContactService &service, CommandRunner &runner, const Domain::Actor &actor, QStringList ids,
                  QString tag);
    void redo() override;
    void undo() override;

private:
    Contacts::ContactService &m_service;
    CommandRunner &m_runner;
    Domain::Actor m_actor;
    QStringList m_ids;
    QString m_tag;
    // Filled by the first redo on the worker: who did not have the tag (undo removes it
    // only from them).
    std::shared_ptr<QStringList> m_added;
    bool m_firstRun = true;
};

class AssignOwnerCommand : public QUndoCommand
{
public:
    AssignOwnerCommand(Contacts::ContactService &service, CommandRunner &runner, const Domain::Actor &actor,
                       QStringList ids, QString ownerId, const QString &ownerName);
    void redo() override;
    void undo() override;

private:
    Contacts::ContactService &m_service;
    CommandRunner &m_runner;
    Domain::Actor m_actor;
    QStringList m_ids;
    QString m_ownerId;
    // Filled by the first redo on the worker: previous owner id → contacts.
    std::shared_ptr<QHash<QString, QStringList>> m_previous;
    bool m_firstRun = true;
};

} // namespace Leadline::Ui
