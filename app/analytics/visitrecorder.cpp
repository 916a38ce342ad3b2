#include "analytics/visitrecorder.h"

#include "controllers/accessibilitycontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "models/timelinemodel.h"

namespace {

QString idAt(const QAbstractItemModel *model, int row, int role)
{
    return model->index(row, 0).data(role).toString();
}

} // namespace

VisitRecorder::VisitRecorder(const VisitSources &sources, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_now(&QDateTime::currentDateTime)
{ }

void VisitRecorder::followChapter()
{
    if (m_openChapter >= 0) {
        closeChapter();
        openChapter();
    }
}

void VisitRecorder::followTimelineEvent()
{
    const int event = m_sources.navigation->timelineIndex();
    if (event >= 0)
        addView(QStringLiteral("timeline_event"),
                idAt(m_sources.content->timeline(), event, TimelineModel::EventIdRole));
}

void VisitRecorder::followMapYear()
{
    const NavigationController *navigation = m_sources.navigation;
    if (navigation->screen() == NavigationController::MapScreen)
        addView(QStringLiteral("map_year"),
                idAt(m_sources.content->territoryMap(), navigation->mapYearIndex(),
                     TerritoryMapModel::YearRole));
}

void VisitRecorder::followFigure()
{
    const int figure = m_sources.navigation->figureIndex();
    if (figure >= 0)
        addView(QStringLiteral("figure"),
                idAt(m_sources.content->figures(), figure, KeyFigureModel::FigureIdRole));
}

void VisitRecorder::noteVolumeChoice()
{
    if (m_recording && !m_visit.accessibility.contains(QLatin1String("volume")))
        m_visit.accessibility.append(QStringLiteral("volume"));
}

void VisitRecorder::begin()
{
    m_visit = VisitRecord();
    m_visit.startedAt = m_now();
    m_recording = true;
    m_endReason.clear();
    m_screen = -1;
    noteLanguage();
    noteAccessibility();
    followScreen();
}

void VisitRecorder::end()
{
    if (!m_recording)
        return;
    closeChapter();
    m_visit.endedAt = m_now();
    m_visit.endReason = m_endReason.isEmpty() ? QStringLiteral("reset") : m_endReason;
    m_recording = false;
    m_endReason.clear();
    Q_EMIT visitFinished(m_visit);
}

void VisitRecorder::finishVisit()
{
    if (m_recording) {
        m_endReason = QStringLiteral("exit");
        end();
    }
}

void VisitRecorder::followScreen()
{
    const NavigationController *navigation = m_sources.navigation;
    const int screen = navigation->screen();
    if (!m_recording || screen == m_screen)
        return;
    m_screen = screen;
    closeChapter();
    switch (screen) {
    case NavigationController::ChapterScreen:
        openChapter();
        break;
    case NavigationController::TimelineScreen:
        addView(QStringLiteral("timeline"));
        followTimelineEvent(); // opened at an event, from a chapter
        break;
    case NavigationController::MapScreen:
        addView(QStringLiteral("map"));
        break;
    case NavigationController::FiguresScreen:
        addView(QStringLiteral("figures"));
        followFigure(); // a person's page, straight from a chapter
        break;
    default:
        break;
    }
}

void VisitRecorder::openChapter()
{
    VisitRecord::Chapter chapter;
    chapter.chapterId = idAt(m_sources.content->chapters(), m_sources.navigation->chapterIndex(),
                             ChapterModel::ChapterIdRole);
    chapter.language = m_sources.language->language();
    chapter.openedAt = m_now();
    m_visit.chapters.append(chapter);
    m_openChapter = int(m_visit.chapters.size()) - 1;
    m_listening = ListeningTracker();
    followNarration();
}

void VisitRecorder::closeChapter()
{
    if (m_openChapter < 0)
        return;
    VisitRecord::Chapter &chapter = m_visit.chapters[m_openChapter];
    chapter.dwellMs = std::max<qint64>(0, chapter.openedAt.msecsTo(m_now()));
    chapter.narrationStarted = m_listening.started();
    chapter.heardPercent = m_listening.heardPercent();
    m_openChapter = -1;
}

void VisitRecorder::addView(const QString &kind, const QString &item)
{
    if (m_recording)
        m_visit.views.append({ kind, item, m_now() });
}

void VisitRecorder::noteLanguage()
{
    const QString language = m_sources.language->language();
    if (m_recording && !language.isEmpty() && !m_visit.languages.contains(language))
        m_visit.languages.append(language);
}

void VisitRecorder::noteAccessibility()
{
    if (!m_recording)
        return;
    const AccessibilityController *accessibility = m_sources.accessibility;
    for (const auto &[on, name] : { std::pair(accessibility->largeText(), "large_text"),
                                    std::pair(accessibility->highContrast(), "high_contrast"),
                                    std::pair(accessibility->reducedMotion(), "reduced_motion"),
                                    std::pair(accessibility->easyRead(), "easy_read"),
                                    std::pair(accessibility->screenReader(), "screen_reader") }) {
        if (on && !m_visit.accessibility.contains(QLatin1String(name)))
            m_visit.accessibility.append(QLatin1String(name));
    }
}

void VisitRecorder::followNarration()
{
    if (m_openChapter < 0)
        return;
    const NarrationController *narration = m_sources.narration;
    m_listening.setDuration(narration->duration());
    if (narration->isPlaying())
        m_listening.playedTo(narration->position());
    else
        m_listening.interrupt();
}
