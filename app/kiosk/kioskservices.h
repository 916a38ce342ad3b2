#pragma once

#include "config/kioskconfig.h"
#include "content/contentdatabase.h"
#include "content/contentreading.h"
#include "kiosk/contentloadmarker.h"

#include <QObject>

class AccessibilityController;
class AdminController;
class AnalyticsStore;
class ContentStore;
class ContentWatcher;
class HealthReporter;
class LanguageController;
class IdleController;
class LabelSpeaker;
class NarrationController;
class NavigationController;
class QuietRestart;
class ScheduleController;
class StaffAccessController;
class VisitRecorder;
class LocalOnlyNetworkFactory;
class QQmlEngine;

/** The composition root: the kiosk's services for one QML engine, made from
 *  the configuration and wired together. The engine makes the singletons QML
 *  sees (one set per engine, app/kiosk/qmltypes.h); the services take them
 *  over, configure them, make the parts QML does not see, and connect them
 *  all: no part connects itself to another or takes this class. main(), the
 *  previews, the benchmarks and the QML tests all use it, so tests run the
 *  same wiring the gallery does.
 *
 *  The services must go before their engine: a host either declares them
 *  after it or makes the engine their parent. */
class KioskServices : public QObject
{
    Q_OBJECT

public:
    KioskServices(const KioskConfig &config, QQmlEngine *engine, QObject *parent = nullptr);
    ~KioskServices() override;

    // How long reading and validating a content database may take before
    // the kiosk gives up on it (and leaves the thread reading it behind).
    static constexpr int contentDeadlineMs = ContentDatabase::defaultTimeBudgetMs + 15000;

    // Loads the content named in the configuration (never fails: without
    // content the kiosk shows its "unavailable" screen), and from then on
    // watches the file for new versions. The file is read and validated on
    // a worker thread, within contentDeadlineMs, while the screen answers.
    void loadContent();

    [[nodiscard]] const KioskConfig &config() const { return m_config; }
    [[nodiscard]] ContentStore *content() const { return m_content; }
    [[nodiscard]] LanguageController *language() const { return m_language; }
    [[nodiscard]] NavigationController *navigation() const { return m_navigation; }
    [[nodiscard]] NarrationController *narration() const { return m_narration; }
    [[nodiscard]] IdleController *idle() const { return m_idle; }
    [[nodiscard]] ScheduleController *schedule() const { return m_schedule; }
    [[nodiscard]] StaffAccessController *staff() const { return m_staff; }
    [[nodiscard]] AdminController *admin() const { return m_admin; }
    [[nodiscard]] AccessibilityController *accessibility() const { return m_accessibility; }
    [[nodiscard]] LabelSpeaker *speaker() const { return m_speaker; }
    [[nodiscard]] AnalyticsStore *analytics() const { return m_analytics; }
    [[nodiscard]] VisitRecorder *visits() const { return m_visits; }
    [[nodiscard]] QuietRestart *quietRestart() const { return m_quietRestart; }
    // Configured from the configuration; the host starts it (main() does).
    [[nodiscard]] HealthReporter *health() const { return m_health; }

private:
    KioskConfig m_config;
    ContentStore *m_content;
    LanguageController *m_language;
    NavigationController *m_navigation;
    NarrationController *m_narration;
    IdleController *m_idle;
    ScheduleController *m_schedule;
    StaffAccessController *m_staff;
    ContentWatcher *m_watcher;
    AccessibilityController *m_accessibility;
    LabelSpeaker *m_speaker;
    AnalyticsStore *m_analytics;
    // Made from the parts above, which they are handed (members are made in this order).
    AdminController *m_admin;
    VisitRecorder *m_visits;
    QuietRestart *m_quietRestart;
    HealthReporter *m_health;
    bool m_contentUpdatePending = false;
    bool m_loadingContent = false;
    ContentLoadMarker m_loadMarker;
    LocalOnlyNetworkFactory *m_network; // deleted with the engine

    void wireNarration();
    // Loads the content file if a load is pending and no visitor is using
    // the exhibit (a new version waits for the end of the visit).
    void loadPendingContent();
    // A content file read on a worker thread. markerSet: this read set the
    // load marker and came back, so the marker is cleared once it is shown.
    struct OffThreadRead
    {
        ContentReading reading;
        bool markerSet = false;
    };
    // Reads `file`, skipping a version the marker says stopped the kiosk
    // while it loaded last time (a marker without a file remembers nothing).
    OffThreadRead readOffThread(const QString &file, const ContentLoadMarker &marker);
    void showLastGoodCopy();
    void saveLastGoodCopy(const ContentReading &reading);
    void wireIdle();
    void wireStaff();
    void wireVisitorChoices();
    void wireAnalytics();
    void wireQuietRestart(QQmlEngine *engine);
    void wireHealth();
    static void warnOfMissingFonts(const QStringList &languages);
};
