#include "ui/contacts/contactcommands.h"

#include "services/contacts/contactservice.h"
#include "ui/common/commandrunner.h"

#include <QCoreApplication>

#include <functional>

namespace Leadline::Ui {

using Contacts::ContactService;

namespace {

// Calls each() for the contacts of ids, read a slice at a time (a selection may be every
// contact there is: one query per contact took minutes, all at once too much memory).
// NotFound when one of them no longer exists or was deleted meanwhile.
Result forEachContact(const ContactService &service, const QStringList &ids,
                      const std::function<void(const Domain::Contact &)> &each)
{
    constexpr qsizetype kSlice = 5000;
    for (qsizetype start = 0; start < ids.size(); start += kSlice) {
        const QStringList slice = ids.mid(start, kSlice);
        auto contacts = service.getMany(slice);
        if (!contacts)
            return contacts.error();
        if (contacts->size() < QSet<QString>(slice.cbegin(), slice.cend()).size())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("Leadline::Ui::ContactCommands",
                                                     "Some of the selected contacts were deleted meanwhile."));
        for (const Domain::Contact &contact : std::as_const(*contacts))
            each(contact);
    }
    return {};
}

} // namespace

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
            if (Result read = forEachContact(*service, ids,
                                             [&](const Domain::Contact &contact) {
                                                 if (!contact.tags.contains(tag, Qt::CaseInsensitive))
                                                     added->append(contact.id);
                                             });
                !read)
                return read;
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
                if (Result read = forEachContact(
                        *service, ids, [&](const Domain::Contact &contact) { (*previous)[contact.ownerId].append(contact.id); });
                    !read)
                    return read;
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
