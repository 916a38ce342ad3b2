#include "kiosk/kioskservices.h"

#include "analytics/analyticsstore.h"
#include "analytics/visitrecorder.h"
#include "base/problemlog.h"
#include "base/workerthread.h"
#include "config/bundledpaths.h"
#include "content/contentpublisher.h"
#include "content/contentwatcher.h"
#include "content/logging.h"
#include "controllers/accessibilitycontroller.h"
#include "controllers/idlecontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "controllers/schedulecontroller.h"
#include "controllers/scriptfonts.h"
#include "keypad/labelspeaker.h"
#include "kiosk/exhibitmodule.h"
#include "kiosk/healthreporter.h"
#include "kiosk/heaptrimmer.h"
#include "kiosk/inputactivityfilter.h"
#include "kiosk/localonlynetworkfactory.h"
#include "kiosk/logging.h"
#include "kiosk/quietrestart.h"
#include "kiosk/restingthreadpool.h"
#include "kiosk/updatewatch.h"
#include "media/narrationplayer.h"
#include "models/contentstore.h"
#include "staff/admincontroller.h"
#include "staff/staffaccesscontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QQmlEngine>
#include <QScopedValueRollback>
#include <QThread>
#include <QTimer>

using ExhibitModule::adopt;

namespace {
// Narration goes on this long after the last spoken word: a finger moving
// from item to item, or the reader going on to the next, speaks again sooner.
constexpr int speechQuietMs = 700;
} // namespace

KioskServices::KioskServices(const KioskConfig &config, QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_config(config)
    // The first to be made readies the engine for the rest.
    , m_content(adopt<ContentStore>(ExhibitModule::prepare(engine), this))
    , m_language(adopt<LanguageController>(engine, this))
    , m_navigation(adopt<NavigationController>(engine, this))
    , m_narration(adopt<NarrationController>(engine, this))
    , m_idle(adopt<IdleController>(engine, this))
    , m_schedule(adopt<ScheduleController>(engine, this))
    , m_staff(adopt<StaffAccessController>(engine, this))
    , m_watcher(new ContentWatcher(this))
    , m_accessibility(adopt<AccessibilityController>(engine, this))
    , m_speaker(adopt<LabelSpeaker>(engine, this))
    , m_analytics(new AnalyticsStore(this))
    , m_admin(adopt<AdminController>(engine, this))
    , m_visits(new VisitRecorder(
          { m_navigation, m_content, m_language, m_accessibility, m_narration }, this))
    , m_quietRestart(new QuietRestart(this))
    , m_health(new HealthReporter({ m_navigation, m_idle, m_language, m_narration, m_content,
                                    m_staff, m_analytics, m_quietRestart, m_schedule },
                                  this))
    , m_loadMarker(KioskConfig::stateFile(QStringLiteral("content-loading")))
    , m_network(new LocalOnlyNetworkFactory)
{
    // The engine asks the factory for network access managers until its very
    // end, after these services are gone: the factory goes with the engine.
    engine->setNetworkAccessManagerFactory(m_network);
    connect(engine, &QObject::destroyed, engine, [network = m_network] { delete network; });
    m_language->addEngine(engine);
    m_narration->setAutoplay(m_config.narrationAutoplay());

    connect(m_language, &LanguageController::languageChanged, m_content,
            [this] { m_content->setLanguage(m_language->language()); });
    // The event and the person the visitor has open, for their cards.
    connect(m_navigation, &NavigationController::timelineIndexChanged, m_content,
            [this] { m_content->setOpenTimelineEvent(m_navigation->timelineIndex()); });
    connect(m_navigation, &NavigationController::figureIndexChanged, m_content,
            [this] { m_content->setOpenFigure(m_navigation->figureIndex()); });
    connect(m_navigation, &NavigationController::mapYearIndexChanged, m_content,
            [this] { m_content->territoryMap()->setShownIndex(m_navigation->mapYearIndex()); });
    connect(m_content, &ContentStore::contentReplaced, this, [this] {
        m_language->setAvailableLanguages(m_content->languages(), m_config.defaultLanguage(),
                                          m_content->languageNames());
        warnOfMissingFonts(m_content->languages());
        m_content->setLanguage(m_language->language());
        m_navigation->setChapterCount(m_content->chapters()->rowCount());
        m_navigation->setMapYearCount(m_content->territoryMap()->rowCount());
    });

    wireAnalytics(); // first: it hears why a visit ends before the reset that ends it
    wireVisitorChoices();
    wireNarration();
    wireIdle();
    wireStaff();
    wireQuietRestart(engine);
    wireHealth();

    // Curators publish new content while visitors use the kiosk: it is
    // loaded when nobody is (attract, closed, unavailable or staff screens),
    // at once if that is now, else at the end of the visit.
    connect(m_watcher, &ContentWatcher::changed, this, [this] {
        m_contentUpdatePending = true;
        loadPendingContent();
    });
    connect(m_navigation, &NavigationController::screenChanged, this,
            &KioskServices::loadPendingContent);

    // Operating hours: outside them the closed screen, and no sound.
    m_schedule->setHours(m_config.operatingHours());
    m_navigation->setOpen(m_schedule->isOpen());
    connect(m_schedule, &ScheduleController::openChanged, m_navigation,
            [this] { m_navigation->setOpen(m_schedule->isOpen()); });
}

void KioskServices::wireAnalytics()
{
    VisitRecorder *visits = m_visits;
    connect(m_navigation, &NavigationController::visitStarted, visits, &VisitRecorder::begin);
    connect(m_navigation, &NavigationController::visitEnding, visits, &VisitRecorder::end);
    connect(m_navigation, &NavigationController::screenChanged, visits,
            &VisitRecorder::followScreen);
    connect(m_navigation, &NavigationController::chapterIndexChanged, visits,
            &VisitRecorder::followChapter);
    connect(m_navigation, &NavigationController::timelineIndexChanged, visits,
            &VisitRecorder::followTimelineEvent);
    connect(m_navigation, &NavigationController::mapYearIndexChanged, visits,
            &VisitRecorder::followMapYear);
    connect(m_navigation, &NavigationController::figureIndexChanged, visits,
            &VisitRecorder::followFigure);
    connect(m_language, &LanguageController::languageChanged, visits, &VisitRecorder::noteLanguage);
    connect(m_accessibility, &AccessibilityController::settingsChanged, visits,
            &VisitRecorder::noteAccessibility);
    connect(m_accessibility, &AccessibilityController::volumeChanged, visits,
            &VisitRecorder::noteVolumeChoice);
    for (const auto &signal :
         { &NarrationController::statusChanged, &NarrationController::positionChanged,
           &NarrationController::durationChanged })
        connect(m_narration, signal, visits, &VisitRecorder::followNarration);

    connect(m_idle, &IdleController::resetRequested, m_visits,
            [this] { m_visits->noteEndReason(QStringLiteral("idle")); });
    connect(m_schedule, &ScheduleController::openChanged, m_visits, [this] {
        if (!m_schedule->isOpen())
            m_visits->noteEndReason(QStringLiteral("closed"));
    });
    connect(m_visits, &VisitRecorder::visitFinished, m_analytics, &AnalyticsStore::record);
    connect(m_analytics, &AnalyticsStore::statusChanged, m_admin, &AdminController::statusChanged);
    m_analytics->start(m_config.analyticsDatabase(), m_config.analyticsRetentionDays());
}

void KioskServices::wireVisitorChoices()
{
    // A new visitor starts in the kiosk's default language, with captions on,
    // at the kiosk's volume, with no accessibility choice left over.
    connect(m_navigation, &NavigationController::visitEnded, m_language,
            &LanguageController::reset);
    connect(m_navigation, &NavigationController::visitEnded, m_narration,
            &NarrationController::resetPreferences);
    connect(m_navigation, &NavigationController::visitEnded, m_accessibility,
            &AccessibilityController::reset);

    connect(m_language, &LanguageController::visitRequested, m_navigation,
            &NavigationController::begin);
    // The keypad's help key on the attract screen begins a visit: help is for visitors.
    connect(m_accessibility, &AccessibilityController::helpRequested, this, [this] {
        m_navigation->begin();
        m_accessibility->setHelpOpen(m_navigation->isVisiting());
    });

    // The screen reader's key or gesture on the attract screen begins a visit:
    // the reader is for visitors, and goes with the visit.
    connect(m_accessibility, &AccessibilityController::screenReaderToggleRequested, this, [this] {
        m_navigation->begin();
        if (m_navigation->isVisiting())
            m_accessibility->setScreenReader(!m_accessibility->screenReader());
    });

    // One voice at a time: narration waits while labels or the screen reader
    // speak, and goes on once they have been quiet a moment (not between two
    // items a finger passes over, nor between the items read on in turn).
    auto *speechQuiet = new QTimer(this);
    speechQuiet->setSingleShot(true);
    speechQuiet->setInterval(speechQuietMs);
    connect(speechQuiet, &QTimer::timeout, m_narration,
            [this] { m_narration->setHeldForSpeech(false); });
    connect(m_speaker, &LabelSpeaker::speakingChanged, this, [this, speechQuiet] {
        if (m_speaker->isSpeaking()) {
            speechQuiet->stop();
            m_narration->setHeldForSpeech(true);
        } else {
            speechQuiet->start();
        }
    });

    // The keypad's +/- set narration and spoken labels alike.
    const auto applyVolume = [this] {
        m_narration->setVolume(m_accessibility->volume());
        m_speaker->setVolume(m_accessibility->volume());
    };
    connect(m_accessibility, &AccessibilityController::volumeChanged, this, applyVolume);
    m_accessibility->setDefaultVolume(m_config.narrationVolume());
    applyVolume();

    m_speaker->setEngine(m_config.speechEngine());
    m_speaker->setLanguage(m_language->language());
    connect(m_language, &LanguageController::languageChanged, m_speaker,
            [this] { m_speaker->setLanguage(m_language->language()); });
}

void KioskServices::wireNarration()
{
    // Narration belongs to the chapter on screen, in the visitor's language:
    // leaving the chapter, going home or a reset stops it; a new chapter or
    // language loads that track.
    const auto updateNarration = [this] {
        const bool onChapter = m_navigation->screen() == NavigationController::ChapterScreen;
        m_narration->setSource(
            onChapter ? m_content->narration(m_navigation->chapterIndex(), m_language->language())
                      : NarrationSource());
    };
    connect(m_navigation, &NavigationController::screenChanged, this, updateNarration);
    connect(m_navigation, &NavigationController::chapterIndexChanged, this, updateNarration);
    connect(m_language, &LanguageController::languageChanged, this, updateNarration);
    connect(m_content, &ContentStore::contentReplaced, this, updateNarration);
}

void KioskServices::wireIdle()
{
    // Idle reset: counts down only during a visit, waits for narration, and
    // hands the reset to navigation (which ends the visit: language,
    // captions and narration follow from visitEnded and the screen change).
    m_idle->setTimeouts(m_config.idleTimeoutSeconds() * 1000, m_config.idleWarningSeconds() * 1000);
    m_idle->setPauseWhileNarrating(m_config.pauseIdleWhileNarrating());
    connect(m_navigation, &NavigationController::screenChanged, m_idle,
            [this] { m_idle->setVisitActive(m_navigation->isVisiting()); });
    connect(m_narration, &NarrationController::statusChanged, m_idle,
            [this] { m_idle->setNarrationPlaying(m_narration->isPlaying()); });
    connect(m_idle, &IdleController::resetRequested, m_navigation, &NavigationController::reset);
    if (QCoreApplication::instance()) {
        auto *filter = new InputActivityFilter(m_idle, this);
        connect(filter, &InputActivityFilter::inputSeen, m_staff,
                &StaffAccessController::registerActivity);
        connect(filter, &InputActivityFilter::inputSeen, m_quietRestart,
                &QuietRestart::noteActivity);
        QCoreApplication::instance()->installEventFilter(filter);
    }
}

void KioskServices::wireQuietRestart(QQmlEngine *engine)
{
    m_quietRestart->setQuietDelay(m_config.quietRestartSeconds() * 1000);
    m_quietRestart->setMemoryLimit(qint64(m_config.restartAboveMegabytes()) * 1024);
    const auto updateQuiet = [this] {
        m_quietRestart->setQuiet(!m_navigation->isVisiting()
                                 && m_staff->stage() == StaffAccessController::Closed);
    };
    connect(m_navigation, &NavigationController::screenChanged, m_quietRestart, updateQuiet);
    connect(m_staff, &StaffAccessController::stageChanged, m_quietRestart, updateQuiet);
    updateQuiet();

    // Between visitors, what a visit freed goes back to the system.
    auto *trimmer = new HeapTrimmer(engine, this);
    connect(m_navigation, &NavigationController::visitEnded, trimmer, &HeapTrimmer::visitEnded);
    connect(m_navigation, &NavigationController::visitStarted, trimmer, &HeapTrimmer::visitStarted);

    // Between visitors, the attract screen paints with one helper thread.
    auto *threads
        = new RestingThreadPool(QThreadPool::globalInstance(), QThread::idealThreadCount(), this);
    const auto updateResting
        = [this, threads] { threads->setResting(!m_navigation->isVisiting()); };
    connect(m_navigation, &NavigationController::screenChanged, threads, updateResting);
    updateResting();

    // A package upgrade replaced the program: the new one starts once nobody is visiting.
    auto *update = new UpdateWatch(this);
    connect(update, &UpdateWatch::programReplaced, m_quietRestart, [this] {
        m_quietRestart->request(QStringLiteral("a new version has been installed"));
    });
    update->start(10 * 1000);
}

void KioskServices::wireHealth()
{
    HealthReporter *health = m_health;
    health->setStatusFile(m_config.statusFile());
    health->setMetricsFile(m_config.metricsFile());
    health->setHeartbeat(m_config.heartbeatSeconds() * 1000);
    connect(m_navigation, &NavigationController::visitStarted, health,
            &HealthReporter::noteVisitStarted);
    connect(m_idle, &IdleController::resetRequested, health, &HealthReporter::noteReset);
    for (const auto &signal :
         { &NavigationController::screenChanged, &NavigationController::chapterIndexChanged })
        connect(m_navigation, signal, health, &HealthReporter::scheduleWrite);
    connect(m_idle, &IdleController::warningChanged, health, &HealthReporter::scheduleWrite);
    connect(m_language, &LanguageController::languageChanged, health,
            &HealthReporter::scheduleWrite);
    connect(m_narration, &NarrationController::statusChanged, health,
            &HealthReporter::scheduleWrite);
    connect(m_content, &ContentStore::statusChanged, health, &HealthReporter::scheduleWrite);
    for (const auto &signal :
         { &StaffAccessController::stageChanged, &StaffAccessController::attemptsChanged,
           &StaffAccessController::lockoutChanged })
        connect(m_staff, signal, health, &HealthReporter::scheduleWrite);
    connect(m_analytics, &AnalyticsStore::statusChanged, health, &HealthReporter::scheduleWrite);
    connect(m_quietRestart, &QuietRestart::pendingChanged, health, &HealthReporter::scheduleWrite);
    connect(m_schedule, &ScheduleController::openChanged, health, &HealthReporter::scheduleWrite);
}

// The hidden way to the admin panel. Opening the panel ends any visit (a
// visitor must not come back to a half-finished one); an idle reset closes a
// PIN pad a visitor opened by leaning on the corner.
void KioskServices::wireStaff()
{
    m_staff->setPinHash(m_config.pinHash());
    m_staff->setStateFile(KioskConfig::stateFile(QStringLiteral("staff-pin.json")));
    m_admin->setSources({ m_content, m_idle, m_narration, m_analytics, ProblemLog::instance() });
    m_admin->setSoundCheckFile(BundledPaths::soundCheckFile());
    connect(m_admin, &AdminController::reloadRequested, this, &KioskServices::loadContent);
    connect(m_idle, &IdleController::resetRequested, m_admin, &AdminController::noteReset);
    connect(m_content, &ContentStore::statusChanged, m_admin, &AdminController::statusChanged);
    connect(m_narration, &NarrationController::statusChanged, m_admin,
            &AdminController::followNarration);
    if (ProblemLog *problems = ProblemLog::instance())
        connect(problems, &ProblemLog::changed, m_admin, &AdminController::statusChanged);
    connect(m_staff, &StaffAccessController::stageChanged, this, [this] {
        const bool admin = m_staff->stage() == StaffAccessController::Admin;
        if (admin) {
            m_visits->noteEndReason(QStringLiteral("staff"));
            m_navigation->reset();
        }
        m_admin->setShown(admin);
    });
    connect(m_idle, &IdleController::resetRequested, m_staff, &StaffAccessController::close);
}

// A language no installed font covers would show as empty boxes: the
// technician hears which font to install.
void KioskServices::warnOfMissingFonts(const QStringList &languages)
{
    for (const QString &language : languages) {
        if (ScriptFonts::serifFor(language).isEmpty())
            qCWarning(lcKiosk).noquote()
                << QStringLiteral("languages: no installed font covers %1 (%2 script); its text "
                                  "would show as empty boxes: install a font for it (Debian: "
                                  "fonts-noto-core, fonts-noto-cjk)")
                       .arg(language, ScriptFonts::scriptName(language));
    }
}

KioskServices::~KioskServices()
{
    // The kiosk is stopping: a visit in progress is recorded as it stands.
    m_visits->finishVisit();
    m_analytics->waitForWrites();
}

KioskServices::OffThreadRead KioskServices::readOffThread(const QString &file,
                                                          const ContentLoadMarker &marker)
{
    const auto read = std::make_shared<OffThreadRead>();
    QThread *thread = QThread::create([read, file, marker] {
        ContentReading &reading = read->reading;
        reading = ContentReading::snapshotOf(file);
        if (!reading.readable())
            return;
        if (QString since; marker.wasLoading(reading.version(), &since)) {
            reading.refuse(
                QStringLiteral(
                    "content version %1 was being loaded when the kiosk stopped (at %2 UTC), "
                    "so it is not tried again; publish a new version (or roll back) to replace it")
                    .arg(reading.version(), since));
            return;
        }
        marker.set(file, reading.version());
        read->markerSet = true;
        reading.readAndValidate();
    });
    // The screen keeps answering meanwhile; a load asked for in the meantime
    // runs when this one ends (see loadPendingContent).
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(contentDeadlineMs);
    thread->start();
    loop.exec();
    // finished() comes just before the thread ends, so wait for that moment;
    // only a thread still running at the deadline is left behind.
    if (deadline.isActive() ? !thread->wait() : !thread->wait(0)) {
        // Whatever holds it, the kiosk goes on; the marker stays, so the next
        // start does not try this version again.
        WorkerThread::leaveBehind(thread);
        return { ContentReading::refusal(
                     file,
                     QStringLiteral("reading it took longer than %1 s, so it was given up")
                         .arg(contentDeadlineMs / 1000)),
                 false };
    }
    delete thread;
    return *read;
}

void KioskServices::loadContent()
{
    m_contentUpdatePending = true;
    loadPendingContent();
}

void KioskServices::loadPendingContent()
{
    // A load asked for while one runs (a publish, the admin panel's reload)
    // stays pending and runs when that one ends, below.
    if (m_loadingContent)
        return;
    QScopedValueRollback loading(m_loadingContent, true);
    while (m_contentUpdatePending && !m_navigation->isVisiting()) {
        m_contentUpdatePending = false;
        if (m_content->status() == ContentStore::Ready)
            qCInfo(lcContent)
                << "loading the new content version now that no visitor is using the exhibit";
        const QString database = m_config.contentDatabase();
        const OffThreadRead read = readOffThread(database, m_loadMarker);
        if (m_navigation->isVisiting()) {
            // A visitor came while it was read: it waits for the end of the visit.
            m_contentUpdatePending = true;
        } else if (m_content->show(read.reading, m_config.mediaRoot())) {
            saveLastGoodCopy(read.reading);
        } else if (m_content->status() != ContentStore::Ready) {
            showLastGoodCopy();
        }
        // Shown or refused, it did not stop the kiosk.
        if (read.markerSet)
            m_loadMarker.clear();
        // The version tried, so the same file is not offered again.
        m_watcher->watch(database, read.reading.version());
    }
}

void KioskServices::showLastGoodCopy()
{
    // A bad database at startup (a crash restart after a bad edit, a
    // half-synced file, a version that stopped the kiosk) still finds good
    // content: the copy of the last database that loaded cleanly.
    const QString copy = m_config.lastGoodCopy();
    if (copy.isEmpty() || !QFileInfo::exists(copy))
        return;
    const QString reason = m_content->statusMessage();
    if (m_content->show(readOffThread(copy, ContentLoadMarker(QString())).reading,
                        m_config.mediaRoot())) {
        qCWarning(lcContent).noquote() << "showing the last good content, saved in" << copy;
        m_content->noteFallback(reason);
    }
}

void KioskServices::saveLastGoodCopy(const ContentReading &reading)
{
    // The snapshot that was validated, not the file, which may have changed since.
    const QString copy = m_config.lastGoodCopy();
    if (copy.isEmpty() || reading.file() != m_config.contentDatabase()
        || ContentPublisher::sha256(copy).left(12) == reading.version())
        return;
    QString error;
    QDir().mkpath(QFileInfo(copy).absolutePath());
    if (!ContentPublisher::replaceAtomically(reading.snapshot(), copy, &error))
        qCWarning(lcContent).noquote() << "cannot keep a copy of the good content:" << error;
}
