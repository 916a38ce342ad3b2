#include "studio/draftnarration.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

// A chapter's words for the script: the shape of a chapter in exhibit.json.
QByteArray chapterJson(const Chapter &chapter, const QString &language)
{
    const ChapterText text = chapter.text.value(language);
    const auto inLanguage = [&](const QJsonValue &value) {
        return QJsonObject { { language, value } };
    };
    return QJsonDocument(
               QJsonObject {
                   { QStringLiteral("id"), chapter.id },
                   { QStringLiteral("title"), inLanguage(text.title) },
                   { QStringLiteral("subtitle"), inLanguage(text.subtitle) },
                   { QStringLiteral("body"), inLanguage(QJsonArray::fromStringList(text.body)) },
               })
        .toJson(QJsonDocument::Compact);
}

bool has(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

} // namespace

DraftNarration::DraftNarration(const QString &script, QObject *parent)
    : QObject(parent)
    , m_script(script)
{ }

DraftNarration::~DraftNarration() { cancel(); }

QStringList DraftNarration::missingPackages(const QString &language) const
{
    QStringList packages;
    if (!has("python3") || !QFileInfo(m_script).isFile())
        packages << QStringLiteral("python3");
    // The voices tools/generate-narration.py uses (Debian 12 package names).
    if (language == QLatin1String("zh")) {
        if (!has("espeak-ng"))
            packages << QStringLiteral("espeak-ng");
    } else {
        if (!has("text2wave"))
            packages << QStringLiteral("festival");
        if (!QFileInfo::exists(
                QStringLiteral("/usr/share/festival/voices/us/cmu_us_slt_arctic_hts")))
            packages << QStringLiteral("festvox-us-slt-hts");
    }
    if (!has("sox"))
        packages << QStringLiteral("sox");
    if (!has("opusenc"))
        packages << QStringLiteral("opus-tools");
    return packages;
}

bool DraftNarration::start(const Chapter &chapter, const QString &language, QString *error)
{
    if (isRunning()) {
        *error = tr("A draft narration is being made already.");
        return false;
    }
    const QStringList missing = missingPackages(language);
    if (!missing.isEmpty()) {
        *error = tr("To make a draft narration, install %1.").arg(missing.join(QLatin1Char(' ')));
        return false;
    }
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        *error = m_folder->errorString();
        return false;
    }
    m_chapterId = chapter.id;
    m_language = language;
    m_process = std::make_unique<QProcess>();
    connect(m_process.get(), &QProcess::finished, this, &DraftNarration::done);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // a crash or a kill ends in finished()
        const QString why = m_process->errorString();
        m_process.reset();
        Q_EMIT failed(tr("The draft narration could not be made: %1").arg(why));
    });
    m_process->start(QStandardPaths::findExecutable(QStringLiteral("python3")),
                     { m_script, QStringLiteral("--chapter"), QStringLiteral("-"),
                       QStringLiteral("--language"), language, QStringLiteral("--out"),
                       m_folder->path() });
    m_process->write(chapterJson(chapter, language));
    m_process->closeWriteChannel();
    return true;
}

void DraftNarration::cancel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(3000);
    m_process.reset();
}

void DraftNarration::done(int exitCode, QProcess::ExitStatus status)
{
    const std::unique_ptr<QProcess> process = std::move(m_process);
    const QStringList files = QString::fromUtf8(process->readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (status != QProcess::NormalExit || exitCode != 0 || files.size() != 2) {
        const QString said = QString::fromUtf8(process->readAllStandardError()).trimmed();
        Q_EMIT failed(tr("The draft narration could not be made: %1")
                          .arg(said.isEmpty() ? process->errorString() : said.right(600)));
        return;
    }
    Q_EMIT finished(files.at(0), files.at(1));
}
