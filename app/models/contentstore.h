#pragma once

#include "content/contentreading.h"
#include "content/exhibitdocument.h"
#include "content/mediaroot.h"
#include "content/narrationsource.h"
#include "models/chaptermodel.h"
#include "models/keyfiguredetail.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "models/timelineeventdetail.h"
#include "models/timelinemodel.h"
#include "models/welcometextmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>

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
    Q_PROPERTY(QString title READ title NOTIFY textsChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY textsChanged)
    Q_PROPERTY(WelcomeTextModel *welcome READ welcome CONSTANT)
    // The timeline event and the key figure the visitor has open (set by the
    // kiosk's wiring from NavigationController), in the visitor's language;
    // not valid while none is open.
    Q_PROPERTY(TimelineEventDetail openTimelineEvent READ openTimelineEvent NOTIFY openItemsChanged)
    Q_PROPERTY(KeyFigureDetail openFigure READ openFigure NOTIFY openItemsChanged)

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
    // Shows a document as it is, problems and all: Exhibit Studio's preview
    // of what a curator is typing. `source` and `version` name it in the status.
    void showDocument(const ExhibitDocument &document, const QString &source,
                      const QString &version, const QString &mediaRoot);
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
    [[nodiscard]] QMap<QString, QString> languageNames() const { return m_document.languageNames; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString subtitle() const;
    [[nodiscard]] WelcomeTextModel *welcome() const { return m_welcome; }
    // A chapter's narration in a language, resolved against the media root.
    [[nodiscard]] NarrationSource narration(int chapterIndex, const QString &language) const;
    // A file under the media root, as a URL for Image.source.
    [[nodiscard]] Q_INVOKABLE QUrl mediaUrl(const QString &relativePath) const;
    // The rows of the timeline and of the figures the visitor has open (-1: none).
    void setOpenTimelineEvent(int row);
    void setOpenFigure(int row);
    [[nodiscard]] TimelineEventDetail openTimelineEvent() const { return m_openEvent; }
    [[nodiscard]] KeyFigureDetail openFigure() const { return m_openFigure; }
    // Any event or figure, in the current language; not valid for a row that does not exist.
    [[nodiscard]] TimelineEventDetail timelineEvent(int row) const;
    [[nodiscard]] KeyFigureDetail figure(int row) const;

Q_SIGNALS:
    void statusChanged();
    void textsChanged();
    void contentReplaced();
    void openItemsChanged();

private:
    void setStatus(Status status, const QString &message);
    // The file's canonical path, or nothing (logged once per file) when it is
    // missing or refused, so nothing tries, and warns about, a file that is not there.
    QString resolveMediaFile(const QString &relativePath, const QString &usedBy) const;
    QUrl resolveMedia(const QString &relativePath, const QString &usedBy) const;

    // Works out the open event and figure again (new row, language or content).
    void updateOpenItems();
    [[nodiscard]] QString chapterTitle(int chapterIndex) const;

    ExhibitDocument m_document;
    ChapterModel *m_chapters;
    TimelineModel *m_timeline;
    TerritoryMapModel *m_territoryMap;
    KeyFigureModel *m_figures;
    WelcomeTextModel *m_welcome;
    int m_openEventRow = -1;
    int m_openFigureRow = -1;
    TimelineEventDetail m_openEvent;
    KeyFigureDetail m_openFigure;
    QString m_language;
    QString m_databaseFile;
    MediaRoot m_media { QString() };
    QString m_contentVersion;
    mutable QSet<QString> m_reportedMissing;
    Status m_status = Empty;
    QString m_statusMessage;
};
