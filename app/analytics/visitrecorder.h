#pragma once

#include "analytics/listeningtracker.h"
#include "analytics/visitrecord.h"

#include <QObject>

#include <functional>

class AccessibilityController;
class ContentStore;
class LanguageController;
class NarrationController;
class NavigationController;

/** What a visit is read from: the kiosk's controllers and content. */
struct VisitSources
{
    NavigationController *navigation = nullptr;
    const ContentStore *content = nullptr;
    LanguageController *language = nullptr;
    AccessibilityController *accessibility = nullptr;
    NarrationController *narration = nullptr;
};

/** Follows a visit as it happens and hands over its record when it ends:
 *  the chapters opened and how long each stayed on screen, how much of each
 *  narration played, the timeline events, map years and people looked at,
 *  the languages and accessibility choices used. A visit begins with the
 *  first touch after the attract screen and ends at the reset (idle, the
 *  closing hour, or the kiosk stopping). */
class VisitRecorder : public QObject
{
    Q_OBJECT

public:
    explicit VisitRecorder(const VisitSources &sources, QObject *parent = nullptr);

    // The time source (tests step it; the kiosk uses the wall clock).
    void setClock(std::function<QDateTime()> clock) { m_now = std::move(clock); }
    // Why the visit that is about to end ends ("idle", "closed"); told just
    // before the reset that ends it.
    void noteEndReason(const QString &reason) { m_endReason = reason; }
    // The kiosk is stopping: the visit in progress ends here, as "exit".
    void finishVisit();

    [[nodiscard]] bool isRecording() const { return m_recording; }

    // What the recorder is told as the visit goes on (the kiosk's wiring,
    // KioskServices, calls these when its sources change); each reads what
    // changed from the sources.
    void begin();
    void end();
    void followScreen();
    void followChapter();
    void followTimelineEvent();
    void followMapYear();
    void followFigure();
    void noteLanguage();
    void noteAccessibility();
    void noteVolumeChoice();
    void followNarration();

Q_SIGNALS:
    void visitFinished(const VisitRecord &visit);

private:
    void openChapter();
    void closeChapter();
    void addView(const QString &kind, const QString &item = {});

    VisitSources m_sources;
    std::function<QDateTime()> m_now;
    VisitRecord m_visit;
    bool m_recording = false;
    int m_openChapter = -1; // index into m_visit.chapters, while a chapter is on screen
    int m_screen = -1; // the NavigationController::Screen last seen
    ListeningTracker m_listening;
    QString m_endReason;
};
