#include "ui/contacts/contactcommands.h"

#include "services/contacts/contactservice.h"
#include "ui/common/commandrunner.h"

#include <QCoreApplication>

namespace Leadline::Ui {

using Contacts::ContactService;

DeleteContactsCommand::DeleteContactsCommand(ContactService &service, CommandRunner &runner, const Domain::Actor &actor,
                                             QStringList ids)
    : m_service(service)
    , m_runner(runner)
    , m_actor(actor)
    , m_ids(std::move(ids))
{
    setText(QCoreApplication::translate("Leadline::Ui::ContactCommands", "Delete %n contact(s)", nullptr,
                                        int(m_ids.size())));
}

void DeleteContactsCommand::redo()
{
    m_runner.run([service = &m_service, actor = m_actor, ids = m_ids] { return service->remove(ids, actor); });
}

void DeleteContactsCommand::undo()
{
    m_runner.run([service = &m_service, actor = m_actor, ids = m_ids] { return service->restore(ids, actor); });
}

AddTagCommand::AddTagCommand(ContactService &service, CommandRunner &runner, const Domain::Actor &actor,
                             QStringList ids, QString tag)
    : m_service(service)
    , m_runner(runner)
    , m_actor(actor)
    , m_ids(std::move(ids))
    , m_tag(std::move(tag))
    , m_added(std::make_shared<QStringList>())
{
    setText(QCoreApplication::translate("Leadline::Ui::ContactCommands", "Tag %n contact(s) with “%1”", nullptr,
                                        int(m_ids.size()))
                .arg(m_tag));
}

void AddTagCommand::redo()
{
    if (m_firstRun) {
        m_firstRun = false;
        m_runner.run([service = &m_service, actor = m_actor, ids = m_ids, tag = m_tag, added = m_added]() -> Result {
            for (const QString &id : ids) {
                auto contact = service->get(id);
                if (!contact)
                    return contact.error();
                if (!contact->tags.contains(tag, Qt::CaseInsensitive))
                    added->append(id);
            }
            if (added->isEmpty())
                return {};
            return service->addTag(*added, tag, actor);
        });
        return;
    }
    m_runner.run([service = &m_service, actor = m_actor, tag = m_tag, added = m_added]() -> Result {
        return added->isEmpty() ? Result() : service->addTag(*added, tag, actor);
    });
}

void AddTagCommand::undo()
{
    m_runner.run([service = &m_service, actor = m_actor, tag = m_tag, added = m_added]() -> Result {
        return added->isEmpty() ? Result() : service->removeTag(*added, tag, actor);
    });
}

AssignOwnerCommand::AssignOwnerCommand(ContactService &service, CommandRunner &runner, const Domain::Actor &actor,
                                       QStringList ids, QString ownerId, const QString &ownerName)
    : m_service(service)
    , m_runner(runner)
    , m_actor(actor)
    , m_ids(std::move(ids))
    , m_ownerId(std::move(ownerId))
    , m_previous(std::make_shared<QHash<QString, QStringList>>())
{
    setText(QCoreApplication::translate("Leadline::Ui::ContactCommands", "Assign %n contact(s) to %1", nullptr,
                                        int(m_ids.size()))
                .arg(ownerName));
}

void AssignOwnerCommand::redo()
{
    if (m_firstRun) {
        m_firstRun = false;
        m_runner.run(
            [service = &m_service, actor = m_actor, ids = m_ids, owner = m_ownerId, previous = m_previous]() -> Result {
                for (const QString &id : ids) {
                    auto contact = service->get(id);
                    if (!contact)
                        return contact.error();
                    (*previous)[contact->ownerId].append(id);
                }
                return service->assignOwner(ids, owner, actor);
            });
        return;
    }
    m_runner.run([service = &m_service, actor = m_actor, ids = m_ids, owner = m_ownerId] {
        return service->assignOwner(ids, owner, actor);
    });
}

void AssignOwnerCommand::undo()
{
    m_runner.run([service = &m_service, actor = m_actor, previous = m_previous]() -> Result {
        for (auto it = previous->cbegin(); it != previous->cend(); ++it) {
            if (Result restored = service->assignOwner(it.value(), it.key(), actor); !restored)
                return restored;
        }
        return {};
    });
}

} // namespace Leadline::Ui
