#include "ui/common/filedialog.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

namespace Leadline::Ui {

namespace {

// Icons and type names from a file's name, never its contents.
class NameOnlyIconProvider : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override
    {
        return QApplication::style()->standardIcon(type == Folder || type == Drive ? QStyle::SP_DirIcon
                                                                                    : QStyle::SP_FileIcon);
    }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QMimeType mime = mimeOf(info);
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? icon(File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QApplication::translate("Leadline::Ui::FileDialog", "Folder");
        return mimeOf(info).comment();
    }

private:
    static QMimeType mimeOf(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }
};

} // namespace

QFileDialog *createFileDialog(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // a native one reads files in this process too
    // One for the process, never deleted: the dialog's file model may still ask it for an icon
    // while the dialog itself is being deleted.
    static NameOnlyIconProvider provider;
    dialog->setIconProvider(&provider);
    return dialog;
}

QString openInDesktopApplication(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return QApplication::translate("Leadline::Ui::FileDialog", "%1 is no longer there.").arg(native);
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return {};
    return QApplication::translate("Leadline::Ui::FileDialog",
                                   "No application is set up to open %1 on this computer; open it from there yourself.")
        .arg(native);
}

QString defaultSaveFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace Leadline::Ui
