#include "studio/studiodocument.h"

#include "content/contentdatabase.h"
#include "content/contentfields.h"
#include "content/contentfile.h"
#include "content/contentpublisher.h"
#include "studio/fieldedit.h"
#include "studio/itemchange.h"

#include <QFileInfo>

namespace {
// Long enough to write once a typed word is finished, short enough that a
// publish never waits for it (the draft has every keystroke meanwhile).
constexpr int saveDelayMs = 800;

// A new event or person: an id, and every language's texts still to write.
template <typename Item> Item blankItem(const QString &id, const QStringList &languages)
{
    Item item;
    item.id = id;
    for (const QString &language : languages)
        item.text.insert(language, {});
    return item;
}
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

bool StudioDocument::editTogether(const QList<std::pair<QString, QString>> &changes,
                                  const QString &text, QString *error)
{
    ExhibitDocument trial = m_exhibit;
    for (const auto &[path, value] : changes) {
        if (!ContentFields::set(&trial, path, value, error))
            return false;
    }
    finishEditing();
    m_undo.beginMacro(text);
    for (const auto &[path, value] : changes)
        edit(path, value, error);
    m_undo.endMacro();
    finishEditing();
    return true;
}

void StudioDocument::apply(const QString &path, const QString &value)
{
    QString error;
    if (!ContentFields::set(&m_exhibit, path, value, &error)) {
        Q_EMIT saveFailed(error); // edit() tried it first: not expected
        return;
    }
    const bool moved = keepInDateOrder(path);
    // Problems and limits first, so whoever hears of the change reads them current.
    checkRules();
    Q_EMIT fieldChanged(path);
    if (moved)
        Q_EMIT itemsChanged(path.section(QLatin1Char('.'), 0, 1));
    changed();
}

void StudioDocument::replace(const ExhibitDocument &exhibit, const QString &item)
{
    m_exhibit = exhibit;
    checkRules();
    Q_EMIT fieldChanged(item);
    Q_EMIT itemsChanged(item);
    changed();
}

void StudioDocument::changed()
{
    QString error;
    if (m_draft->write(m_exhibit, &error))
        setDraftPending(true);
    else
        Q_EMIT saveFailed(error);
    m_saveTimer.start();
}

bool StudioDocument::keepInDateOrder(const QString &path)
{
    const QStringList keys = path.split(QLatin1Char('.'));
    if (keys.size() != 3 || keys.first() != QLatin1String("timeline")
        || keys.last() != QLatin1String("date"))
        return false;
    const int from = m_exhibit.timelineIndex(keys.at(1));
    if (from < 0)
        return false;
    // As the validator judges order: a date known only to the year may sit anywhere in it.
    const auto before = [](const QString &a, const QString &b) {
        const qsizetype precision = std::min(a.size(), b.size());
        return a.left(precision) < b.left(precision);
    };
    QList<TimelineEvent> &timeline = m_exhibit.timeline;
    const QString &date = timeline.at(from).date;
    const bool inOrder = (from == 0 || !before(date, timeline.at(from - 1).date))
        && (from + 1 == timeline.size() || !before(timeline.at(from + 1).date, date));
    if (inOrder)
        return false;
    TimelineEvent event = timeline.takeAt(from);
    // The first place it fits, so that undoing the date takes it back where it was.
    qsizetype to = 0;
    while (to < timeline.size() && before(timeline.at(to).date, event.date))
        ++to;
    timeline.insert(to, std::move(event));
    return true;
}

QString StudioDocument::freeId(const QString &stem, bool event) const
{
    for (int number = 1;; ++number) {
        const QString id = number == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(number);
        if ((event ? m_exhibit.timelineIndex(id) : m_exhibit.figureIndex(id)) < 0)
            return id;
    }
}

QString StudioDocument::addEvent()
{
    ExhibitDocument after = m_exhibit;
    auto event
        = blankItem<TimelineEvent>(freeId(QStringLiteral("new-event"), true), m_exhibit.languages);
    event.date = m_exhibit.timeline.isEmpty() ? QStringLiteral("1126")
                                              : m_exhibit.timeline.constLast().date.left(4);
    after.timeline.append(event);
    return pushItemChange(tr("Add a timeline event"), QStringLiteral("timeline.") + event.id,
                          after);
}

QString StudioDocument::addFigure()
{
    ExhibitDocument after = m_exhibit;
    after.figures.append(
        blankItem<KeyFigure>(freeId(QStringLiteral("new-person"), false), m_exhibit.languages));
    return pushItemChange(tr("Add a person"),
                          QStringLiteral("figures.") + after.figures.constLast().id, after);
}

QString StudioDocument::pushItemChange(const QString &text, const QString &item,
                                       const ExhibitDocument &after)
{
    finishEditing();
    m_undo.push(new ItemChange(this, text, item, m_exhibit, after));
    return item;
}

void StudioDocument::replaceExhibit(const ExhibitDocument &exhibit, const QString &text)
{
    // No one item: the outline keeps what is selected.
    pushItemChange(text, QString(), exhibit);
}

bool StudioDocument::removeItem(const QString &item, QString *error)
{
    const QString list = item.section(QLatin1Char('.'), 0, 0);
    const QString id = item.section(QLatin1Char('.'), 1);
    ExhibitDocument after = m_exhibit;
    QString text;
    if (list == QLatin1String("timeline") && m_exhibit.timelineIndex(id) >= 0) {
        after.timeline.removeAt(m_exhibit.timelineIndex(id));
        text = tr("Remove the timeline event %1").arg(id);
    } else if (list == QLatin1String("figures") && m_exhibit.figureIndex(id) >= 0) {
        after.figures.removeAt(m_exhibit.figureIndex(id));
        text = tr("Remove %1").arg(id);
    } else {
        *error = tr("%1 is no timeline event or person of this exhibit").arg(item);
        return false;
    }
    pushItemChange(text, item, after);
    return true;
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
    ContentProblems warnings = ExhibitValidator::warnings(m_exhibit);
    for (ContentProblems *list : { &problems, &warnings }) {
        for (ContentProblem &problem : *list)
            problem.path = m_exhibit.fieldPath(problem.path);
    }
    if (problems != m_problems || warnings != m_warnings) {
        m_problems = std::move(problems);
        m_warnings = std::move(warnings);
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
