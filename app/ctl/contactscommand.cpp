#include "app/ctl/command.h"
#include "app/ctl/optionparser.h"

#include "services/contacts/companyservice.h"
#include "services/contacts/contactservice.h"
#include "services/importexport/importbatchservice.h"
#include "services/storage/database.h"
#include "services/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Leadline::Ctl {

namespace {

QJsonObject toJson(const Contacts::ContactRow &row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("firstName"), row.firstName},
                       {QStringLiteral("lastName"), row.lastName},
                       {QStringLiteral("email"), row.email},
                       {QStringLiteral("phone"), row.phone},
                       {QStringLiteral("company"), row.companyName},
                       {QStringLiteral("title"), row.title},
                       {QStringLiteral("city"), row.city},
                       {QStringLiteral("country"), row.country},
                       {QStringLiteral("lifecycleStage"), Domain::toKey(row.lifecycleStage)}};
}

QJsonObject toJson(const Domain::Contact &contact)
{
    return QJsonObject{{QStringLiteral("id"), contact.id},
                       {QStringLiteral("firstName"), contact.firstName},
                       {QStringLiteral("lastName"), contact.lastName},
                       {QStringLiteral("email"), contact.email},
                       {QStringLiteral("phone"), contact.phone},
                       {QStringLiteral("companyId"), contact.companyId},
                       {QStringLiteral("company"), contact.companyName},
                       {QStringLiteral("title"), contact.title},
                       {QStringLiteral("lifecycleStage"), Domain::toKey(contact.lifecycleStage)},
                       {QStringLiteral("createdAt"), contact.createdAt.toString(Qt::ISODateWithMs)}};
}

// contacts list | contacts add: the contact commands, all through ContactService.
class ContactsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::ContactsCommand)
public:
    QString name() const override { return QStringLiteral("contacts"); }
    QString summary() const override { return tr("List, search and add contacts (contacts list|add)"); }

    int run(Context &context, const QStringList &arguments) override
    {
        const QString sub = arguments.value(0);
        if (sub == QLatin1String("list"))
            return list(context, arguments.mid(1));
        if (sub == QLatin1String("add"))
            return add(context, arguments.mid(1));
        if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            const QString help = tr("Usage: leadlinectl [--db DB] contacts list|add [options]") +
                                 QStringLiteral("\n\n") + QStringLiteral("  list  ") +
                                 tr("List contacts, optionally matching a search") + QStringLiteral("\n  add   ") +
                                 tr("Add one contact") + QLatin1Char('\n');
            if (sub.isEmpty()) {
                context.printError(tr("The contacts command needs a subcommand: list or add."));
                return UsageError;
            }
            context.print(help);
            return Success;
        }
        return context.usage(tr("Unknown subcommand “contacts %1”.").arg(sub), name());
    }

private:
    int list(Context &context, const QStringList &arguments)
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] contacts list [--search Q] [--import BATCH_ID] [--limit N] [--json]"),
                            tr("Lists contacts sorted by name. The search matches the start of words in names, "
                               "email addresses, phone numbers and company names; every word must match."));
        parser.addValue(QStringLiteral("search"), QStringLiteral("Q"), tr("Only contacts matching Q."));
        parser.addValue(QStringLiteral("import"), QStringLiteral("BATCH_ID"),
                        tr("Only contacts this import created or updated (see “import list”)."));
        parser.addValue(QStringLiteral("limit"), QStringLiteral("N"), tr("At most N contacts (default 50)."));
        parser.addValue(QStringLiteral("offset"), QStringLiteral("N"), tr("Skip the first N contacts."));
        parser.addFlag(QStringLiteral("json"), tr("Print {\"total\": …, \"contacts\": […]} as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, QStringLiteral("contacts list")))
            return *stop;
        if (const auto stop = context.refuseUnsearchable(parser, QStringLiteral("contacts list")))
            return *stop;
        auto limit = parser.integer(QStringLiteral("limit"), 1, 100000, 50);
        if (!limit)
            return context.usage(limit.error().message(), QStringLiteral("contacts list"));
        auto offset = parser.integer(QStringLiteral("offset"), 0, std::numeric_limits<qint64>::max(), 0);
        if (!offset)
            return context.usage(offset.error().message(), QStringLiteral("contacts list"));
        auto workspace = context.workspace(Context::IfMissing::Refuse);
        if (!workspace)
            return context.fail(workspace.error());
        Contacts::ContactService &contacts = (*workspace)->contacts();

        Contacts::ContactFilter filter;
        filter.search = parser.value(QStringLiteral("search"));
        filter.importBatchId = parser.value(QStringLiteral("import"));
        if (!filter.importBatchId.isEmpty())
            if (auto batch = ImportExport::ImportBatchService((*workspace)->database(), (*workspace)->clock())
                                 .get(filter.importBatchId);
                !batch)
                return context.fail(batch.error());
        auto total = contacts.count(filter);
        if (!total)
            return context.fail(total.error());
        auto rows = contacts.page(filter, Contacts::ContactSort{}, *offset, int(*limit));
        if (!rows)
            return context.fail(rows.error());

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray items;
            for (const auto &row : std::as_const(*rows))
                items.append(toJson(row));
            context.printJson(QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("contacts"), items}});
            return Success;
        }
        for (const auto &row : std::as_const(*rows)) {
            const QString name = QString(row.lastName + QStringLiteral(", ") + row.firstName);
            context.print(name.leftJustified(28) + QLatin1Char(' ') + row.email.leftJustified(36) + QLatin1Char(' ') +
                          row.phone.leftJustified(16) + QLatin1Char(' ') + row.companyName);
        }
        context.print(tr("%n contact(s) shown of %1", nullptr, int(rows->size())).arg(*total));
        return Success;
    }

    int add(Context &context, const QStringList &arguments)
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] contacts add --email ADDRESS [options]"),
                            tr("Adds one contact. Phone numbers are stored in E.164 form; numbers without a "
                               "country code use the default region of the database. A company that does not "
                               "exist yet is created."));
        parser.addValue(QStringLiteral("email"), QStringLiteral("ADDRESS"), tr("Primary email address (required)."));
        parser.addValue(QStringLiteral("first-name"), QStringLiteral("NAME"), tr("First name."));
        parser.addValue(QStringLiteral("last-name"), QStringLiteral("NAME"), tr("Last name."));
        parser.addValue(QStringLiteral("phone"), QStringLiteral("NUMBER"), tr("Phone number, e.g. +49 30 1234567."));
        parser.addValue(QStringLiteral("company"), QStringLiteral("NAME"), tr("Company name."));
        parser.addValue(QStringLiteral("title"), QStringLiteral("TITLE"), tr("Job title."));
        parser.addFlag(QStringLiteral("json"), tr("Print the created contact as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, QStringLiteral("contacts add")))
            return *stop;
        if (parser.value(QStringLiteral("email")).trimmed().isEmpty())
            return context.usage(tr("The option --email is required."), QStringLiteral("contacts add"));

        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        Contacts::ContactService &contacts = (*workspace)->contacts();

        Domain::Contact contact;
        contact.email = parser.value(QStringLiteral("email"));
        contact.firstName = parser.value(QStringLiteral("first-name"));
        contact.lastName = parser.value(QStringLiteral("last-name"));
        contact.phone = parser.value(QStringLiteral("phone"));
        contact.title = parser.value(QStringLiteral("title"));
        contact.source = Domain::LeadSource::Manual;
        // Validate before touching companies so a bad phone does not leave a new company behind.
        const QList<Contacts::FieldError> problems = contacts.validate(contact);
        if (!problems.isEmpty()) {
            for (const auto &problem : problems)
                context.printError(QStringLiteral("--") + optionFor(problem.field) + QStringLiteral(": ") +
                                   problem.message);
            return UsageError;
        }
        // One transaction: a contact refused (its email is another's) leaves no company made for it.
        Storage::Transaction transaction(*(*workspace)->database());
        if (!transaction.isActive())
            return context.fail(transaction.error());
        if (const QString companyName = parser.value(QStringLiteral("company")).trimmed(); !companyName.isEmpty()) {
            Contacts::CompanyService &companies = (*workspace)->companies();
            auto company = companies.findOrCreateByName(companyName);
            if (!company)
                return context.fail(company.error());
            contact.companyId = company->id;
        }
        auto created = contacts.create(contact);
        if (!created)
            return context.fail(created.error());
        if (Result committed = transaction.commit(); !committed)
            return context.fail(committed.error());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(toJson(*created));
        else
            context.print(tr("Created contact %1 (%2)").arg(created->id, created->displayName()));
        return Success;
    }

    static QString optionFor(const QString &field)
    {
        if (field == QLatin1String("firstName"))
            return QStringLiteral("first-name");
        if (field == QLatin1String("lastName"))
            return QStringLiteral("last-name");
        return field;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::ContactsCommand;
LEADLINE_CTL_COMMAND(ContactsCommand)
