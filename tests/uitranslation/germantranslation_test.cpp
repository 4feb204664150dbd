#include "services/activities/systemsubject.h"
#include "services/contacts/contactservice.h"
#include "services/contacts/phonenormalizer.h"
#include "services/domain/enums.h"
#include "services/importexport/columnmapping.h"
#include "services/importexport/contactexportjob.h"
#include "services/importexport/importfields.h"
#include "services/importexport/importrowparser.h"
#include "services/workspace/workspace.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {

// The .qm is built into the leadline executable's resources, not into test binaries, so the test
// reads lrelease's output from the build tree (tests/ and translations/ are siblings there).
QString compiledGermanPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../translations/leadline_de.qm"));
}

// ctest points LEADLINE_TEST_DATA at tests/data in the source tree; the .ts sits beside tests/.
QString germanSourcePath()
{
    const QString data = qEnvironmentVariable("LEADLINE_TEST_DATA");
    if (data.isEmpty())
        return {};
    return QDir::cleanPath(data + QStringLiteral("/../../translations/leadline_de.ts"));
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QString translation;    // plain messages
    QStringList forms;      // numerus messages
    qint64 line = 0;        // where the message starts in the .ts, for failure messages

    QString where() const { return QStringLiteral("%1 / \"%2\" (line %3)").arg(context, source, QString::number(line)); }
};

struct TsFile
{
    QString error;
    QString language;
    QList<TsMessage> messages;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment") && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                // Obsolete and vanished entries are not compiled; skip them like lrelease does.
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    inMessage = false;
                if (!message.numerus)
                    message.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (inMessage)
                ts.messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1…%99, %L1 and %n as QString::arg and tr() substitute them, sorted so order may differ.
std::string placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    std::sort(found.begin(), found.end());
    return found.join(QLatin1Char(' ')).toStdString();
}

int accelerators(const QString &text)
{
    return QString(text).remove(QStringLiteral("&&")).count(QLatin1Char('&'));
}

// Rich-text tags only: "+<country code>" in a plain message is text, not markup.
std::string markup(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("</?(?:a|b|br|code|em|i|li|ol|p|qt|span|strong|tt|u|ul)\\b[^<>]*>"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found.join(QLatin1Char(' ')).toStdString();
}

// Installs the German translation for the lifetime of one test.
class GermanTranslation
{
public:
    GermanTranslation()
    {
        const QString path = compiledGermanPath();
        if (!QFileInfo::exists(path)) {
            m_error = QStringLiteral("The compiled German translation %1 is missing; build the leadline target "
                                     "(it runs lrelease) before this test.")
                          .arg(path);
            return;
        }
        // Load by locale as the app does, so the file naming (leadline_de) is checked too.
        if (!m_translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("leadline"),
                               QStringLiteral("_"), QFileInfo(path).absolutePath())) {
            m_error = QStringLiteral("QTranslator cannot load %1 for the locale de_DE.").arg(path);
            return;
        }
        m_installed = QCoreApplication::installTranslator(&m_translator);
        if (!m_installed)
            m_error = QStringLiteral("QCoreApplication refused to install the translator for %1.").arg(path);
    }

    ~GermanTranslation()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }

    const QString &error() const { return m_error; }
    const QTranslator &translator() const { return m_translator; }

private:
    QTranslator m_translator;
    QString m_error;
    bool m_installed = false;
};

#define ASSERT_GERMAN_INSTALLED(german) ASSERT_TRUE((german).error().isEmpty()) << (german).error().toStdString()

} // namespace

TEST(GermanTranslationTest, DomainLabelsComeOutInGerman)
{
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    EXPECT_EQ(Domain::displayName(Domain::LifecycleStage::Customer), QStringLiteral("Kunde"));
    EXPECT_EQ(Domain::displayName(Domain::LifecycleStage::SalesQualifiedLead),
              QStringLiteral("Vertriebsqualifizierter Lead"));
    EXPECT_EQ(Domain::displayName(Domain::OptInStatus::OptedOut), QStringLiteral("Abgemeldet"));
    EXPECT_EQ(Domain::displayName(Domain::Channel::Email), QStringLiteral("E-Mail"));
    EXPECT_EQ(Domain::displayName(Domain::ActivityType::ConsentChanged), QStringLiteral("Einwilligung geändert"));
}

// A file without column names read in German has "Spalte 1", "Spalte 2": a preset saved from it
// names them by place, and fits the same file read in English.
TEST(GermanTranslationTest, PresetsOfUnnamedColumnsFitInEveryLanguage)
{
    QJsonObject preset;
    {
        GermanTranslation german;
        ASSERT_GERMAN_INSTALLED(german);
        ImportExport::ColumnMapping mapping =
            ImportExport::ColumnMapping::automatic({QStringLiteral("Spalte 1"), QStringLiteral("Spalte 2")});
        mapping.setTarget(1, ImportExport::ColumnTarget{ImportExport::ImportField::Email, {}});
        preset = mapping.toPreset();
        EXPECT_EQ(preset.value(QStringLiteral("columns")).toObject().keys(),
                  (QStringList{QStringLiteral("#1"), QStringLiteral("#2")}));
        const auto fit = ImportExport::ColumnMapping::presetFit(
            QJsonObject{{QStringLiteral("columns"), QJsonObject{{QStringLiteral("#3"), QStringLiteral("email")}}}},
            {QStringLiteral("Spalte 1")});
        EXPECT_EQ(fit.missingColumns, QStringList{QStringLiteral("Spalte 3")});
    }
    auto applied =
        ImportExport::ColumnMapping::fromPreset(preset, {QStringLiteral("Column 1"), QStringLiteral("Column 2")});
    ASSERT_TRUE(applied.hasValue());
    EXPECT_EQ(applied->target(1).field, ImportExport::ImportField::Email);
}

TEST(GermanTranslationTest, ServiceErrorsComeOutInGerman)
{
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    const Contacts::PhoneNormalizer phones;
    const auto empty = phones.toE164(QString(), QStringLiteral("DE"));
    ASSERT_FALSE(empty.hasValue());
    EXPECT_EQ(empty.error().message(), QStringLiteral("Die Telefonnummer ist leer."));
    const auto unknownRegion = phones.toE164(QStringLiteral("030 1234567"), QStringLiteral("QQ"));
    ASSERT_FALSE(unknownRegion.hasValue());
    EXPECT_EQ(unknownRegion.error().message(),
              QStringLiteral("„QQ“ ist kein bekannter Regionscode für Telefonnummern."));
}

TEST(GermanTranslationTest, NumerusFormsFollowTheCount)
{
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    EXPECT_EQ(QCoreApplication::translate("Leadline::Ui::ContactsView", "Deleted %n contact(s). Undo with Ctrl+Z.",
                                          nullptr, 1),
              QStringLiteral("1 Kontakt gelöscht. Rückgängig mit Strg+Z."));
    EXPECT_EQ(QCoreApplication::translate("Leadline::Ui::ContactsView", "Deleted %n contact(s). Undo with Ctrl+Z.",
                                          nullptr, 3),
              QStringLiteral("3 Kontakte gelöscht. Rückgängig mit Strg+Z."));
}

TEST(GermanTranslationTest, WithoutTheTranslatorTheSourceTextStays)
{
    // Guards the other tests against passing because German leaked in from elsewhere.
    EXPECT_EQ(Domain::displayName(Domain::LifecycleStage::Customer), QStringLiteral("Customer"));
}

TEST(GermanTranslationFileTest, EveryMessageIsTranslatedWithItsPlaceholdersAndAccelerators)
{
    const QString path = germanSourcePath();
    ASSERT_FALSE(path.isEmpty()) << "LEADLINE_TEST_DATA is not set; run through ctest or set it to tests/data.";
    const TsFile ts = readTs(path);
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    EXPECT_EQ(ts.language, QStringLiteral("de_DE"));
    ASSERT_GT(ts.messages.size(), 700) << "the .ts lost most of its messages";

    int checked = 0;
    for (const TsMessage &message : ts.messages) {
        const std::string where = message.where().toStdString();
        EXPECT_FALSE(message.unfinished) << "unfinished: " << where;
        const QStringList texts = message.numerus ? message.forms : QStringList{message.translation};
        if (message.numerus) {
            EXPECT_EQ(message.forms.size(), 2) << "German has a singular and a plural form: " << where;
        }
        for (const QString &text : texts) {
            EXPECT_FALSE(text.isEmpty()) << "empty translation: " << where;
            EXPECT_EQ(placeholders(text), placeholders(message.source))
                << where << " -> \"" << text.toStdString() << '"';
            EXPECT_EQ(accelerators(text), accelerators(message.source))
                << "keyboard accelerator (&): " << where << " -> \"" << text.toStdString() << '"';
            EXPECT_EQ(markup(text), markup(message.source))
                << "markup: " << where << " -> \"" << text.toStdString() << '"';
            ++checked;
        }
    }
    EXPECT_GE(checked, ts.messages.size());
}

TEST(GermanTranslationFileTest, CompiledTranslationMatchesTheSource)
{
    // A stale .qm (lrelease not rerun after an edit of the .ts) would ship old texts.
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    const QString path = germanSourcePath();
    ASSERT_FALSE(path.isEmpty()) << "LEADLINE_TEST_DATA is not set; run through ctest or set it to tests/data.";
    const TsFile ts = readTs(path);
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    int compared = 0;
    for (const TsMessage &message : ts.messages) {
        if (message.unfinished)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        if (message.numerus) {
            for (int i = 0; i < message.forms.size(); ++i) {
                const int count = i == 0 ? 1 : 2;
                EXPECT_EQ(german.translator().translate(context.constData(), source.constData(), disambiguation, count),
                          message.forms.at(i))
                    << message.where().toStdString() << ", n = " << count;
            }
        } else {
            EXPECT_EQ(german.translator().translate(context.constData(), source.constData(), disambiguation),
                      message.translation)
                << message.where().toStdString();
        }
        ++compared;
    }
    EXPECT_EQ(compared, ts.messages.size());
}

class GermanWorkspaceTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_german = std::make_unique<GermanTranslation>();
        ASSERT_GERMAN_INSTALLED(*m_german);
        m_workspace = Workspace::create(sharedDb());
    }

    void TearDown() override
    {
        m_workspace.reset();
        m_german.reset();
        DatabaseTest::TearDown();
    }

    std::unique_ptr<GermanTranslation> m_german;
    std::unique_ptr<Workspace> m_workspace;
};

TEST_P(GermanWorkspaceTest, ContactServiceValidationIsGerman)
{
    const auto created = m_workspace->contacts().create(Domain::Contact{});
    ASSERT_FALSE(created.hasValue());
    EXPECT_EQ(created.error().message(),
              QStringLiteral("Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer ein."));

    Domain::Contact badEmail;
    badEmail.email = QStringLiteral("not-an-address");
    const auto rejected = m_workspace->contacts().create(badEmail);
    ASSERT_FALSE(rejected.hasValue());
    EXPECT_EQ(rejected.error().message(),
              QStringLiteral("„not-an-address“ ist keine gültige E-Mail-Adresse (erwartet wird name@example.com)."));
}

TEST_P(GermanWorkspaceTest, MainWindowMenusAreGerman)
{
    Ui::MainWindow::setDemoPromptEnabled(false);
    Ui::MainWindow window(*m_workspace);

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht")}));

    const auto actionText = [&window](const char *name) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        return action ? action->text() : QStringLiteral("<no action %1>").arg(QLatin1String(name));
    };
    EXPECT_EQ(actionText("actionNewContact"), QStringLiteral("&Neuer Kontakt…"));
    EXPECT_EQ(actionText("actionUndo"), QStringLiteral("&Rückgängig"));
    EXPECT_EQ(actionText("actionShowCompanies"), QStringLiteral("&Unternehmen"));
    EXPECT_EQ(actionText("actionQuit"), QStringLiteral("&Beenden"));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(GermanWorkspaceTest);

TEST(GermanTranslationTest, SubjectsTheSystemWritesAreStoredInEnglishAndShownInGerman)
{
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    // Stored in English whatever the writer's language, so a teammate reading in English…
    const QString stored = Activities::SystemSubject::importedFrom(QStringLiteral("Messe 2026.csv"));
    EXPECT_EQ(stored, QStringLiteral("Imported from Messe 2026.csv"));
    // … and one reading in German each read their own.
    EXPECT_EQ(Activities::SystemSubject::translated(stored), QStringLiteral("Importiert aus Messe 2026.csv"));
    EXPECT_EQ(Activities::SystemSubject::translated(
                  Activities::SystemSubject::importUndoneValuesRestored(QStringLiteral("a.csv"))),
              QStringLiteral("Import von a.csv rückgängig gemacht: frühere Werte wiederhergestellt"));
    EXPECT_EQ(Activities::SystemSubject::translated(Activities::SystemSubject::importUndone(QStringLiteral("a.csv"))),
              QStringLiteral("Import von a.csv rückgängig gemacht"));
    EXPECT_EQ(Activities::SystemSubject::translated(Activities::SystemSubject::contactCreated()),
              QStringLiteral("Kontakt angelegt"));
    // A user's subject, and one an older version stored in German, stay as they are.
    EXPECT_EQ(Activities::SystemSubject::translated(QStringLiteral("Imported from")), QStringLiteral("Imported from"));
    EXPECT_EQ(Activities::SystemSubject::translated(QStringLiteral("Importiert aus a.csv")),
              QStringLiteral("Importiert aus a.csv"));
}

namespace {

// The import field an exported column comes back as ("" for one an import leaves alone).
QString importKeyOfExported(const QString &exportKey)
{
    static const QHash<QString, QString> renamed{{QStringLiteral("id"), QStringLiteral("leadline_id")},
                                                 {QStringLiteral("other_emails"), QStringLiteral("other_email")},
                                                 {QStringLiteral("other_phones"), QStringLiteral("other_phone")},
                                                 {QStringLiteral("updated_at"), QString()}};
    return renamed.value(exportKey, exportKey);
}

void expectExportLabelsMapBack()
{
    for (const ImportExport::ExportField &field : ImportExport::exportFields()) {
        const QString key = QString::fromLatin1(field.key);
        const QString header = ImportExport::exportHeader(key, ImportExport::ExportHeaders::Labels);
        const auto guessed = ImportExport::guessField(header);
        const QString expected = importKeyOfExported(key);
        EXPECT_EQ(guessed ? QString::fromLatin1(ImportExport::fieldInfo(*guessed).key) : QString(), expected)
            << key.toStdString() << " exported as " << header.toStdString();
    }
}

template <typename Enum> void expectShownValuesReadBack(std::optional<Enum> (*parse)(const QString &))
{
    for (const Enum value : Domain::allValues<Enum>())
        EXPECT_EQ(parse(Domain::displayName(value)), value) << Domain::displayName(value).toStdString();
}

} // namespace

TEST(ExportLabelsTest, AnExportWithReadableNamesMapsBackInEnglish)
{
    expectExportLabelsMapBack();
    expectShownValuesReadBack<Domain::LifecycleStage>(&ImportExport::ImportRowParser::parseLifecycleStage);
    expectShownValuesReadBack<Domain::OptInStatus>(&ImportExport::ImportRowParser::parseOptIn);
    expectShownValuesReadBack<Domain::LeadSource>(&ImportExport::ImportRowParser::parseSource);
}

TEST(GermanTranslationTest, AnExportWithReadableNamesMapsBackInGerman)
{
    GermanTranslation german;
    ASSERT_GERMAN_INSTALLED(german);
    EXPECT_EQ(ImportExport::exportHeader(QStringLiteral("opt_in_voice"), ImportExport::ExportHeaders::Labels),
              QStringLiteral("Einwilligung Anrufe"));
    expectExportLabelsMapBack();
    expectShownValuesReadBack<Domain::LifecycleStage>(&ImportExport::ImportRowParser::parseLifecycleStage);
    expectShownValuesReadBack<Domain::OptInStatus>(&ImportExport::ImportRowParser::parseOptIn);
    expectShownValuesReadBack<Domain::LeadSource>(&ImportExport::ImportRowParser::parseSource);
    EXPECT_EQ(ImportExport::ImportRowParser::parseBoolean(
                  QCoreApplication::translate("Leadline::ImportExport::ContactExportJob", "Yes")),
              true);
}

TEST(ExportLabelsTest, AGermanExportWithReadableNamesMapsBackInEnglish)
{
    QStringList germanHeaders;
    {
        GermanTranslation german;
        ASSERT_GERMAN_INSTALLED(german);
        for (const ImportExport::ExportField &field : ImportExport::exportFields())
            germanHeaders << ImportExport::exportHeader(QString::fromLatin1(field.key),
                                                        ImportExport::ExportHeaders::Labels);
    }
    ASSERT_EQ(germanHeaders.value(1), QStringLiteral("Vorname")) << "read in German";
    for (qsizetype i = 0; i < germanHeaders.size(); ++i) {
        const auto guessed = ImportExport::guessField(germanHeaders.at(i));
        EXPECT_EQ(guessed ? QString::fromLatin1(ImportExport::fieldInfo(*guessed).key) : QString(),
                  importKeyOfExported(QString::fromLatin1(ImportExport::exportFields().at(i).key)))
            << germanHeaders.at(i).toStdString();
    }
}
