#include "studio/studiodocument.h"

#include "content/contentdatabase.h"
#include "content/contentfields.h"
#include "content/contentfile.h"
#include "content/contentpublisher.h"
#include "studio/fieldedit.h"

#include <QFileInfo>

namespace {
// Long enough to write once a typed word is finished, short enough that a
// publish never waits for it (the draft has every keystroke meanwhile).
constexpr int saveDelayMs = 800;
} // namespace

StudioDocument::StudioDocument(QObject *parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!save(&error) && !error.isEmpty())
            Q_EMIT saveFailed(error);
    });
}

std::optional<QString> StudioDocument::refusal(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return QStringLiteral("%1: no such file").arg(fileName);
    if (QFileInfo(ContentPublisher(fileName).versionsFolder()).isDir())
        return QStringLiteral("%1 is a live database (kiosks read it, and its published "
                              "versions are beside it): make a working copy of it and edit that")
            .arg(fileName);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return QStringLiteral("%1 is read-only (or its folder is): the studio saves every "
                              "change at once, so it needs a file it may write; make a working "
                              "copy of it")
            .arg(fileName);
    return std::nullopt;
}

StudioDocument::Opened StudioDocument::open(const QString &fileName, QString *message)
{
    if (const auto reason = refusal(fileName)) {
        *message = *reason;
        return Opened::Refused;
    }
    {
        ContentDatabase database(fileName, ContentDatabase::Mode::ReadOnly);
        if (database.open()) {
            const int version = database.schemaVersion();
            if (version > 0 && version < ContentDatabase::currentSchemaVersion) {
                *message = QStringLiteral("%1 is of content schema version %2, older than this "
                                          "studio's (%3): migrate a copy of it to edit")
                               .arg(fileName)
                               .arg(version)
                               .arg(ContentDatabase::currentSchemaVersion);
                return Opened::NeedsMigration;
            }
        }
    }
    ExhibitDocument exhibit;
    if (!ContentFile::read(fileName, &exhibit, message))
        return Opened::Refused;

    const DraftFile draft(fileName);
    Opened opened = Opened::Yes;
    if (draft.exists()) {
        QString error;
        ExhibitDocument drafted;
        if (draft.read(&drafted, &error)) {
            exhibit = std::move(drafted);
            opened = Opened::Recovered;
            *message = QStringLiteral("What was typed last time and not yet saved is back "
                                      "(from %1).")
                           .arg(draft.fileName());
        } else {
            // Kept for whoever wants to read it, out of the next draft's way.
            QString keptAs;
            QString notMoved;
            if (!draft.setAside(&keptAs, &notMoved)) {
                *message = error + QLatin1Char('\n') + notMoved;
                return Opened::Refused;
            }
            *message = QStringLiteral("A draft was left beside the file but cannot be read, so "
                                      "the working copy is shown as it was saved; the draft is "
                                      "kept as %1: %2")
                           .arg(keptAs, error);
        }
    }
    m_fileName = fileName;
    m_exhibit = std::move(exhibit);
    m_draft.emplace(draft);
    m_undo.clear();
    m_saveTimer.stop();
    setDraftPending(opened == Opened::Recovered);
    checkRules();
    if (opened == Opened::Recovered)
        m_saveTimer.start();
    Q_EMIT this->opened();
    return opened;
}

QString StudioDocument::field(const QString &path) const
{
    QString value;
    QString ignored;
    ContentFields::get(m_exhibit, path, &value, &ignored);
    return value;
}

bool StudioDocument::edit(const QString &path, const QString &value, QString *error)
{
    QString before;
    if (!ContentFields::get(m_exhibit, path, &before, error))
        return false;
    if (before == value)
        return true;
    // Tried on a copy first, so a value not of the field's form changes nothing.
    ExhibitDocument trial = m_exhibit;
    if (!ContentFields::set(&trial, path, value, error))
        return false;
    m_undo.push(new FieldEdit(this, m_session, path, before, value));
    return true;
}

void StudioDocument::apply(const QString &path, const QString &value)
{
    QString error;
    if (!ContentFields::set(&m_exhibit, path, value, &error)) {
        Q_EMIT saveFailed(error); // edit() tried it first: not expected
        return;
    }
    // Problems and limits first, so whoever hears of the change reads them current.
    checkRules();
    Q_EMIT fieldChanged(path);
    if (m_draft->write(m_exhibit, &error))
        setDraftPending(true);
    else
        Q_EMIT saveFailed(error);
    m_saveTimer.start();
}

bool StudioDocument::save(QString *error)
{
    m_saveTimer.stop();
    if (!m_draftPending)
        return true;
    if (!m_problems.isEmpty()) {
        error->clear(); // kept in the draft until the problems are fixed
        return false;
    }
    if (!ContentFile::write(m_fileName, m_exhibit, error) || !m_draft->remove(error))
        return false;
    setDraftPending(false);
    return true;
}

void StudioDocument::checkRules()
{
    ContentProblems problems = ExhibitValidator::validate(m_exhibit, &m_textLimits);
    for (ContentProblem &problem : problems)
        problem.path = m_exhibit.fieldPath(problem.path);
    if (problems != m_problems) {
        m_problems = std::move(problems);
        Q_EMIT problemsChanged();
    }
}

void StudioDocument::setDraftPending(bool pending)
{
    if (pending == m_draftPending)
        return;
    m_draftPending = pending;
    Q_EMIT savedChanged();
}
