#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

class AnalyticsStore;
class ContentStore;
class IdleController;
class NarrationController;
class ProblemLog;

/** What the admin panel reports on and acts through. */
struct AdminSources
{
    const ContentStore *content = nullptr;
    IdleController *idle = nullptr;
    NarrationController *narration = nullptr;
    const AnalyticsStore *analytics = nullptr; // null: analytics are off
    ProblemLog *problems = nullptr;
};

/** What the admin panel shows and does: how long the kiosk has run, which
 *  content it shows and whether that loaded cleanly, the last idle reset,
 *  the problems logged; a sound check through the narration's own audio
 *  path, a content reload, and exit or restart. Exit and restart are asked
 *  of main() with an exit code that the systemd unit and the cage launcher
 *  understand. */
class AdminController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(int uptimeSeconds READ uptimeSeconds NOTIFY statusChanged)
    Q_PROPERTY(QString contentVersion READ contentVersion NOTIFY statusChanged)
    Q_PROPERTY(QString contentStatus READ contentStatus NOTIFY statusChanged)
    Q_PROPERTY(QString contentFile READ contentFile NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastReset READ lastReset NOTIFY statusChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY statusChanged)
    // The problems logged lately, one a line, or a line saying there are none.
    Q_PROPERTY(QString recentProblemsText READ recentProblemsText NOTIFY statusChanged)
    // Visitor analytics: recording, off, or why not; today's visits, and each
    // chapter's openings today in exhibit order: [{title, opens}].
    Q_PROPERTY(QString analyticsStatus READ analyticsStatus NOTIFY statusChanged)
    Q_PROPERTY(int visitsToday READ visitsToday NOTIFY statusChanged)
    // Each chapter's title and how often it was opened today, in exhibit
    // order (the lists pair up), and the most any chapter was opened (at least 1).
    Q_PROPERTY(QList<QString> chapterTitles READ chapterTitles NOTIFY statusChanged)
    Q_PROPERTY(QList<int> chapterOpensToday READ chapterOpensToday NOTIFY statusChanged)
    Q_PROPERTY(int mostChapterOpensToday READ mostChapterOpensToday NOTIFY statusChanged)
    Q_PROPERTY(bool soundCheckPlaying READ isSoundCheckPlaying NOTIFY soundCheckChanged)
    Q_PROPERTY(QString soundCheckMessage READ soundCheckMessage NOTIFY soundCheckChanged)

public:
    // Exit codes: the systemd unit's RestartPreventExitStatus and the cage
    // launcher stop for staffExit; anything else brings the kiosk back.
    static constexpr int staffExitCode = 10;
    static constexpr int restartExitCode = 11;

    explicit AdminController(QObject *parent = nullptr);

    // What the panel reports on; the kiosk's services connect the signals
    // below to the parts' own.
    void setSources(const AdminSources &sources) { m_sources = sources; }
    void noteReset(); // an idle reset happened
    void followNarration(); // the narration's status changed (the sound check plays through it)

    void setSoundCheckFile(const QString &fileName) { m_soundCheckFile = fileName; }
    // While the panel shows, its figures refresh every second.
    void setShown(bool shown);

    [[nodiscard]] QString version() const;
    [[nodiscard]] int uptimeSeconds() const { return int(m_uptime.elapsed() / 1000); }
    [[nodiscard]] QString contentVersion() const;
    [[nodiscard]] QString contentStatus() const;
    [[nodiscard]] QString contentFile() const;
    [[nodiscard]] QDateTime lastReset() const { return m_lastReset; }
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] QStringList recentProblems() const;
    [[nodiscard]] QString recentProblemsText() const;
    [[nodiscard]] QString analyticsStatus() const;
    [[nodiscard]] int visitsToday() const;
    [[nodiscard]] QStringList chapterTitles() const;
    [[nodiscard]] QList<int> chapterOpensToday() const;
    [[nodiscard]] int mostChapterOpensToday() const;
    [[nodiscard]] bool isSoundCheckPlaying() const { return m_soundCheck; }
    [[nodiscard]] QString soundCheckMessage() const { return m_soundCheckMessage; }

public Q_SLOTS:
    void playSoundCheck();
    void reloadContent();
    void exitKiosk();
    void restartKiosk();

Q_SIGNALS:
    void statusChanged();
    void soundCheckChanged();
    // main() quits the event loop with this code.
    void quitRequested(int exitCode);
    // Staff asked for the content to be read again.
    void reloadRequested();

private:
    void stopSoundCheck();

    AdminSources m_sources;
    QString m_soundCheckFile;
    QElapsedTimer m_uptime;
    QDateTime m_lastReset;
    QTimer m_refresh;
    bool m_soundCheck = false;
    QString m_soundCheckMessage;
};
