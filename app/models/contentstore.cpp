#include "models/contentstore.h"

#include "content/contentreading.h"
#include "content/contenttables.h"
#include "content/logging.h"
#include "models/eventdate.h"

#include <QDir>
#include <QFileInfo>

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
    , m_chapters(new ChapterModel(this))
    , m_timeline(new TimelineModel(this))
    , m_territoryMap(new TerritoryMapModel(this))
    , m_figures(new KeyFigureModel(this))
    , m_welcome(new WelcomeTextModel(this))
{ }

bool ContentStore::readValidated(const QString &databaseFile, ExhibitDocument *document,
                                 QStringList *problems)
{
    const ContentReading reading = ContentReading::of(databaseFile);
    problems->append(reading.problems());
    *document = reading.document();
    return reading.readable();
}

bool ContentStore::load(const QString &databaseFile, const QString &mediaRoot)
{
    return show(ContentReading::of(databaseFile), mediaRoot);
}

bool ContentStore::show(const ContentReading &reading, const QString &mediaRoot)
{
    const QString &databaseFile = reading.file();
    const QStringList &problems = reading.problems();
    QString error;
    if (!reading.readable()) {
        error = problems.value(0);
    } else if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            qCWarning(lcContent).noquote() << problem;
        error = QStringLiteral("%1: the content has %2 problem(s), first: %3")
                    .arg(databaseFile)
                    .arg(problems.size())
                    .arg(problems.first().mid(databaseFile.size() + 2));
    }

    if (!error.isEmpty()) {
        qCCritical(lcContent).noquote() << error;
        if (m_status == Ready) {
            qCWarning(lcContent).noquote()
                << "keeping the content already showing, from" << m_databaseFile;
            setStatus(
                Ready,
                QStringLiteral("Showing the last good content; the new content was refused: %1")
                    .arg(error));
        } else {
            setStatus(Unavailable, error);
        }
        return false;
    }

    showDocument(reading.document(), databaseFile, reading.version(), mediaRoot);
    qCInfo(lcContent).noquote() << "loaded" << m_document.chapters.size() << "chapters in"
                                << m_document.languages.join(QLatin1Char('/')) << "from"
                                << databaseFile;
    return true;
}

void ContentStore::showDocument(const ExhibitDocument &document, const QString &source,
                                const QString &version, const QString &mediaRoot)
{
    // A missing file is named once for each source (not at each keystroke of a preview).
    MediaRoot media(mediaRoot);
    if (source != m_databaseFile || media.folder() != m_media.folder())
        m_reportedMissing.clear();
    m_document = document;
    m_databaseFile = source;
    m_contentVersion = version;
    m_media = std::move(media);
    QList<QUrl> imageUrls;
    for (int i = 0; i < m_document.chapters.size(); ++i)
        imageUrls.append(resolveMedia(m_document.chapters.at(i).image,
                                      QStringLiteral("chapters[%1].image").arg(i)));
    m_chapters->setContent(m_document, imageUrls);
    if (!m_document.languages.contains(m_language))
        m_language = m_document.languages.value(0);
    m_chapters->setLanguage(m_language);
    m_timeline->setContent(m_document.timeline);
    m_timeline->setLanguage(m_language);
    m_territoryMap->setContent(m_document.map);
    m_territoryMap->setLanguage(m_language);
    QList<QUrl> portraits;
    for (int i = 0; i < m_document.figures.size(); ++i)
        portraits.append(resolveMedia(m_document.figures.at(i).portrait,
                                      QStringLiteral("figures[%1].portrait").arg(i)));
    m_figures->setContent(m_document.figures, portraits);
    m_figures->setLanguage(m_language);
    m_welcome->setContent(m_document.languages, m_document.exhibit);
    setStatus(Ready, QString());
    Q_EMIT textsChanged();
    updateOpenItems();
    Q_EMIT contentReplaced();
}

// A missing picture is not fatal (the screens show a silk panel with the
// chapter's seal instead), but a technician should hear about it, once, by name.
// A file that is there but leads out of the media folder, or is no regular
// file (a FIFO, /dev/zero), is refused the same way: opening it could hang the kiosk.
QString ContentStore::resolveMediaFile(const QString &relativePath, const QString &usedBy) const
{
    if (m_media.folder().isEmpty() || !ExhibitValidator::isSafeMediaPath(relativePath))
        return {};
    QString problem;
    const QString file = m_media.resolve(relativePath, &problem);
    if (file.isEmpty() && !m_reportedMissing.contains(relativePath)) {
        m_reportedMissing.insert(relativePath);
        const QString path = QDir(m_media.folder()).filePath(relativePath);
        qCWarning(lcContent).noquote()
            << (QFileInfo::exists(path) ? QStringLiteral("%1: %2: media file refused: %3")
                                              .arg(m_databaseFile, usedBy, problem)
                                        : QStringLiteral("%1: %2: media file %3 not found")
                                              .arg(m_databaseFile, usedBy, path));
    }
    return file;
}

QUrl ContentStore::resolveMedia(const QString &relativePath, const QString &usedBy) const
{
    const QString file = resolveMediaFile(relativePath, usedBy);
    return file.isEmpty() ? QUrl() : QUrl::fromLocalFile(file);
}

void ContentStore::noteFallback(const QString &reason)
{
    if (m_status == Ready)
        setStatus(Ready,
                  QStringLiteral("Showing the last good content (a saved copy); %1").arg(reason));
}

void ContentStore::setStatus(Status status, const QString &message)
{
    if (m_status == status && m_statusMessage == message)
        return;
    m_status = status;
    m_statusMessage = message;
    Q_EMIT statusChanged();
}

void ContentStore::setLanguage(const QString &language)
{
    if (m_language == language || !m_document.languages.contains(language))
        return;
    m_language = language;
    m_chapters->setLanguage(language);
    m_timeline->setLanguage(language);
    m_territoryMap->setLanguage(language);
    m_figures->setLanguage(language);
    Q_EMIT textsChanged();
    updateOpenItems();
}

QString ContentStore::chapterTitle(int chapterIndex) const
{
    return chapterIndex < 0 || chapterIndex >= m_document.chapters.size()
        ? QString()
        : m_document.chapters.at(chapterIndex).text.value(m_language).title;
}

TimelineEventDetail ContentStore::timelineEvent(int row) const
{
    if (row < 0 || row >= m_document.timeline.size())
        return {};
    const TimelineEvent &event = m_document.timeline.at(row);
    const TimelineText text = event.text.value(m_language);
    const int chapter = event.chapter.isEmpty() ? -1 : m_document.chapterIndex(event.chapter);
    return { true,
             EventDate::label(event.date, event.endDate, m_language),
             text.era,
             text.title,
             text.text,
             chapter,
             chapterTitle(chapter) };
}

KeyFigureDetail ContentStore::figure(int row) const
{
    if (row < 0 || row >= m_document.figures.size())
        return {};
    const KeyFigure &figure = m_document.figures.at(row);
    const KeyFigureText text = figure.text.value(m_language);
    KeyFigureDetail detail { true,
                             text.name,
                             KeyFigureModel::otherNames(figure, m_language),
                             figure.pinyin,
                             {},
                             text.lifespan,
                             text.role,
                             text.biography,
                             m_figures->index(row).data(KeyFigureModel::PortraitSourceRole).toUrl(),
                             {},
                             {},
                             text.portraitDescription };
    QStringList names { detail.otherNames, detail.pinyin };
    names.removeAll(QString());
    detail.namesLine = names.join(QStringLiteral("  ·  "));
    for (const QString &id : figure.chapters) {
        const int chapter = m_document.chapterIndex(id);
        if (chapter >= 0) {
            detail.chapterIndexes.append(chapter);
            detail.chapterTitles.append(chapterTitle(chapter));
        }
    }
    return detail;
}

void ContentStore::setOpenTimelineEvent(int row)
{
    m_openEventRow = row;
    updateOpenItems();
}

void ContentStore::setOpenFigure(int row)
{
    m_openFigureRow = row;
    updateOpenItems();
}

void ContentStore::updateOpenItems()
{
    const TimelineEventDetail event = timelineEvent(m_openEventRow);
    const KeyFigureDetail figure = this->figure(m_openFigureRow);
    if (event == m_openEvent && figure == m_openFigure)
        return;
    m_openEvent = event;
    m_openFigure = figure;
    Q_EMIT openItemsChanged();
}

QString ContentStore::title() const { return m_document.exhibit.value(m_language).title; }

QString ContentStore::subtitle() const { return m_document.exhibit.value(m_language).subtitle; }

QUrl ContentStore::mediaUrl(const QString &relativePath) const
{
    return resolveMedia(relativePath, QStringLiteral("interface"));
}

NarrationSource ContentStore::narration(int chapterIndex, const QString &language) const
{
    if (chapterIndex < 0 || chapterIndex >= m_document.chapters.size())
        return {};
    const auto found = m_document.chapters.at(chapterIndex).narration.constFind(language);
    if (found == m_document.chapters.at(chapterIndex).narration.constEnd())
        return {};
    const QString key = QStringLiteral("chapters[%1].narration.%2").arg(chapterIndex).arg(language);
    NarrationSource source;
    source.exists = true;
    source.audio = resolveMedia(found->audio, key + QStringLiteral(".audio"));
    if (!source.audio
             .isEmpty()) // without its audio, the narration is unavailable: captions do not matter
        source.captionsFile = resolveMediaFile(found->captions, key + QStringLiteral(".captions"));
    return source;
}
