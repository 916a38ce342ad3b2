#pragma once

#include "kiosk/contentloadmarker.h"
#include "content/contentdatabase.h"
#include "content/contentreading.h"

#include "config/kioskconfig.h"
#include "kiosk/localonlynetworkfactory.h"

#include <QObject>

class AccessibilityController;
class AdminController;
class AnalyticsStore;
class ContentStore;
class ContentWatcher;
class LanguageController;
class IdleController;
class LabelSpeaker;
class NarrationController;
class NavigationController;
class QuietRestart;
class ScheduleController;
class StaffAccessController;
class VisitRecorder;
class QQmlEngine;

/** Builds the kiosk's services from its configuration, wires them together
 *  and provides them to QML as singletons. main() and the QML tests both
 *  use it, so tests run the same wiring the gallery does. */
class KioskServices : public QObject
{
    Q_OBJECT

public:
    explicit KioskServices(const KioskConfig &config, QObject *parent = nullptr);
    ~KioskServices() override;

    // How long reading and validating a content database may take before
    // the kiosk gives up on it (and leaves the thread reading it behind).
    static constexpr int contentDeadlineMs = ContentDatabase::defaultTimeBudgetMs + 15000;

    // Loads the content named in the configuration (never fails: without
    // content the kiosk shows its "unavailable" screen), and from then on
    // watches the file for new versions. The file is read and validated on
    // a worker thread, within contentDeadlineMs, while the screen answers.
    void loadContent();
    void attachEngine(QQmlEngine *engine);

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
    [[nodiscard]] const LocalOnlyNetworkFactory &network() const { return m_network; }

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
    bool m_contentUpdatePending = false;
    bool m_loadingContent = false;
    ContentLoadMarker m_loadMarker;
    LocalOnlyNetworkFactory m_network; // outlives the engines attached: main() makes them after the services

    void wireNarration();
    // A new content version waits until no visitor is using the exhibit.
    void loadPendingContent();
    // Reads `file` on a worker thread; with the marker, skips a version that
    // stopped the kiosk while loading last time. *marked: the marker was set
    // for this read and the read came back (clear it once it is shown).
    ContentReading readOffThread(const QString &file, bool useMarker, bool *marked);
    void saveLastGoodCopy(const ContentReading &reading);
    void wireIdle();
    void wireStaff();
    void wireVisitorChoices();
    void wireAnalytics();
    void wireQuietRestart();
};
