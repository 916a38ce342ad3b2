#pragma once

#include "content/contentreading.h"
#include "content/exhibitdocument.h"
#include "content/mediaroot.h"
#include "content/narrationsource.h"
#include "models/chaptermodel.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "models/timelinemodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

/** The exhibit content the kiosk shows: read once from the content database
 *  (read-only), validated, and held in memory as models for QML. A database
 *  that cannot be used never replaces content that is already showing. */
class ContentStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusChanged)
    Q_PROPERTY(QString databaseFile READ databaseFile NOTIFY statusChanged)
    Q_PROPERTY(ChapterModel *chapters READ chapters CONSTANT)
    Q_PROPERTY(TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(TerritoryMapModel *territoryMap READ territoryMap CONSTANT)
    Q_PROPERTY(KeyFigureModel *figures READ figures CONSTANT)
    // The language the store's texts are in; changes after them, with textsChanged.
    Q_PROPERTY(QString language READ language NOTIFY textsChanged)
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY textsChanged)
    // Every language's exhibit texts at once, for the attract screen, which
    // speaks to visitors before they have chosen a language.
    Q_PROPERTY(QVariantList welcomeTexts READ welcomeTexts NOTIFY textsChanged)

public:
    enum Status {
        Empty, // nothing loaded yet
        Ready, // showing content
        Unavailable, // no usable content at all
    };
    Q_ENUM(Status)

    explicit ContentStore(QObject *parent = nullptr);

    // Reads and validates a content database without showing it: false when
    // it cannot be read at all; every problem as "FILE: key.path: problem".
    static bool readValidated(const QString &databaseFile, ExhibitDocument *document,
                              QStringList *problems);

    // Loads the database; on failure keeps what was showing (if anything)
    // and says why in statusMessage and the log.
    bool load(const QString &databaseFile, const QString &mediaRoot);
    // The same for a database already read (on a worker thread).
    bool show(const ContentReading &reading, const QString &mediaRoot);
    // The content showing is a saved copy, because the real database was
    // refused for `reason`: said in statusMessage (and so in the health file).
    void noteFallback(const QString &reason);
    void setLanguage(const QString &language);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString statusMessage() const { return m_statusMessage; }
    [[nodiscard]] QString databaseFile() const { return m_databaseFile; }
    // Identifies the content showing: the first 12 hex digits of its file's SHA-256.
    [[nodiscard]] QString contentVersion() const { return m_contentVersion; }
    [[nodiscard]] ChapterModel *chapters() const { return m_chapters; }
    [[nodiscard]] TimelineModel *timeline() const { return m_timeline; }
    [[nodiscard]] TerritoryMapModel *territoryMap() const { return m_territoryMap; }
    [[nodiscard]] KeyFigureModel *figures() const { return m_figures; }
    [[nodiscard]] QStringList languages() const { return m_document.languages; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString subtitle() const;
    [[nodiscard]] QVariantList welcomeTexts() const;
    // A chapter's narration in a language, resolved against the media root.
    [[nodiscard]] NarrationSource narration(int chapterIndex, const QString &language) const;
    // A file under the media root, as a URL for Image.source.
    [[nodiscard]] Q_INVOKABLE QUrl mediaUrl(const QString &relativePath) const;
    // The lookups below take the language to read in, so that a QML binding
    // that passes ContentStore.language is evaluated again when it changes.
    // One timeline event, with the chapter that tells of it: dateLabel, era,
    // title, text, chapterIndex (-1: none), chapterTitle; empty for no event.
    [[nodiscard]] Q_INVOKABLE QVariantMap timelineEvent(int row, const QString &language) const;
    // The events a chapter tells of: [{row, dateLabel, title}].
    [[nodiscard]] Q_INVOKABLE QVariantList timelineEventsOfChapter(const QString &chapterId,
                                                                   const QString &language) const;
    // One key figure, with the chapters that tell of them: {name, otherNames,
    // pinyin, lifespan, role, biography, portraitSource, chapters: [{chapterIndex,
    // title}]}; empty for a row that does not exist.
    [[nodiscard]] Q_INVOKABLE QVariantMap figure(int row, const QString &language) const;
    // The figures a chapter tells of: [{row, name}].
    [[nodiscard]] Q_INVOKABLE QVariantList figuresOfChapter(const QString &chapterId,
                                                            const QString &language) const;

Q_SIGNALS:
    void statusChanged();
    void textsChanged();
    void contentReplaced();

private:
    void setStatus(Status status, const QString &message);
    // The file's canonical path, or nothing (logged once per file) when it is
    // missing or refused, so nothing tries, and warns about, a file that is not there.
    QString resolveMediaFile(const QString &relativePath, const QString &usedBy) const;
    QUrl resolveMedia(const QString &relativePath, const QString &usedBy) const;

    ExhibitDocument m_document;
    ChapterModel *m_chapters;
    [[nodiscard]] QString chapterTitle(int chapterIndex, const QString &language) const;

    TimelineModel *m_timeline;
    TerritoryMapModel *m_territoryMap;
    KeyFigureModel *m_figures;
    QString m_language;
    QString m_databaseFile;
    MediaRoot m_media { QString() };
    QString m_contentVersion;
    mutable QSet<QString> m_reportedMissing;
    Status m_status = Empty;
    QString m_statusMessage;
};
