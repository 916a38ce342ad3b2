#include "studio/mediaimport.h"

#include "content/contentfields.h"
#include "content/exhibitdocument.h"
#include "content/filecopy.h"
#include "content/mediaroot.h"
#include "media/mediachecker.h"

#include <QDir>
#include <QFileInfo>

namespace {

// Each part of an identifier kept as it is if it is safe in a file name.
QString fileNamePart(const QString &part)
{
    QString safe;
    for (const QChar c : part)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            ? c
            : QLatin1Char('-');
    return safe;
}

// A narration's other half: the captions of a recording, and the recording of captions.
QString otherHalf(const QString &fieldPath)
{
    if (fieldPath.endsWith(QLatin1String(".audio")))
        return fieldPath.chopped(6) + QStringLiteral(".captions");
    if (fieldPath.endsWith(QLatin1String(".captions")))
        return fieldPath.chopped(9) + QStringLiteral(".audio");
    return {};
}

} // namespace

MediaImport::MediaImport(const QString &mediaRoot)
    : m_root(mediaRoot)
{ }

MediaImport::Kind MediaImport::kindOf(const QString &fieldPath)
{
    const QString key = fieldPath.section(QLatin1Char('.'), -1);
    if (key == QLatin1String("image") || key == QLatin1String("portrait"))
        return Kind::Image;
    if (key == QLatin1String("audio"))
        return Kind::Audio;
    if (key == QLatin1String("captions"))
        return Kind::Captions;
    return Kind::None;
}

QString MediaImport::stemFor(const QString &fieldPath)
{
    const QStringList keys = fieldPath.split(QLatin1Char('.'));
    if (keys.size() < 3)
        return {};
    const QString item = fileNamePart(keys.at(1));
    switch (kindOf(fieldPath)) {
    case Kind::Image:
        return keys.first() == QLatin1String("figures") ? QStringLiteral("portraits/") + item
                                                        : QStringLiteral("images/") + item;
    case Kind::Audio:
    case Kind::Captions: // chapters.ID.narration.LANGUAGE.audio
        return keys.size() == 5
            ? QStringLiteral("narration/%1.%2").arg(item, fileNamePart(keys.at(3)))
            : QString();
    case Kind::None:
        break;
    }
    return {};
}

QString MediaImport::freeName(const QString &stem, const QString &suffix) const
{
    const QDir root(m_root);
    for (int number = 1;; ++number) {
        const QString name = number == 1
            ? QStringLiteral("%1.%2").arg(stem, suffix)
            : QStringLiteral("%1.v%2.%3").arg(stem).arg(number).arg(suffix);
        // A dangling link holds its name too.
        const QFileInfo info(root.filePath(name));
        if (!info.exists() && !info.isSymLink())
            return name;
    }
}

MediaImport::Result MediaImport::import(const QString &sourceFile, const QString &fieldPath,
                                        const ExhibitDocument &exhibit) const
{
    Result result;
    const Kind kind = kindOf(fieldPath);
    const QString stem = stemFor(fieldPath);
    const QFileInfo source(sourceFile);
    const QString name = source.fileName();
    if (kind == Kind::None || stem.isEmpty()) {
        result.problem = QStringLiteral("%1 takes no file").arg(fieldPath);
        return result;
    }
    if (!QFileInfo(m_root).isDir()) {
        result.problem = QStringLiteral("the media folder %1 does not exist: start the studio "
                                        "with --media FOLDER")
                             .arg(m_root);
        return result;
    }
    if (!source.isFile()) {
        result.problem = QStringLiteral("%1: no such file").arg(sourceFile);
        return result;
    }
    result.problem
        = check(source.absoluteFilePath(), name, kind, fieldPath, exhibit, &result.warning);
    if (!result.problem.isEmpty())
        return result;

    const QString suffix = source.suffix().toLower();
    // Another studio may take the same name between looking and copying:
    // the copy never replaces a file, and the next number is tried.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = freeName(stem, suffix);
        const QString target = QDir(m_root).filePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        const FileCopy copy(source.absoluteFilePath(), target, MaxBytes);
        if (copy.copied()) {
            result.path = path;
            return result;
        }
        if (copy.result() == FileCopy::Result::TooLarge) {
            result.problem = QStringLiteral("%1: over %2 MB, too large for a kiosk to load")
                                 .arg(name)
                                 .arg(MaxBytes / (1024 * 1024));
            return result;
        }
        if (copy.result() == FileCopy::Result::CannotRead) {
            result.problem
                = QStringLiteral("%1: cannot be read: %2").arg(sourceFile, copy.detail());
            return result;
        }
        if (!QFileInfo::exists(target)) {
            result.problem = QStringLiteral("cannot write %1: %2").arg(target, copy.detail());
            return result;
        }
    }
    result.problem = QStringLiteral("no free name for %1 in %2").arg(stem, m_root);
    return result;
}

QString MediaImport::check(const QString &file, const QString &name, Kind kind,
                           const QString &fieldPath, const ExhibitDocument &exhibit,
                           QString *warning) const
{
    if (kind == Kind::Image)
        return MediaChecker::imageProblem(file, name);

    // The narration's other half, as the field names it now (it may have none).
    QString other;
    QString ignored;
    ContentFields::get(exhibit, otherHalf(fieldPath), &other, &ignored);
    QString otherFile;
    if (!other.isEmpty())
        otherFile = MediaRoot(m_root).resolve(other, &ignored);

    QString problem;
    if (kind == Kind::Audio) {
        const qint64 length = MediaChecker::audioLengthMs(file, name, &problem);
        if (length < 0)
            return problem;
        if (!otherFile.isEmpty()) {
            qint64 end = 0;
            if (MediaChecker::captionsProblems(otherFile, other, &end).isEmpty())
                *warning = MediaChecker::captionsFitProblem(other, end, length);
        }
        return {};
    }
    qint64 end = 0;
    const QStringList problems = MediaChecker::captionsProblems(file, name, &end);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    if (!otherFile.isEmpty()) {
        const qint64 length = MediaChecker::audioLengthMs(otherFile, other, &problem);
        if (length >= 0)
            *warning = MediaChecker::captionsFitProblem(name, end, length);
    }
    return {};
}
