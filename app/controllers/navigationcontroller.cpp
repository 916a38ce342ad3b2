#include "controllers/navigationcontroller.h"

#include "controllers/logging.h"

NavigationController::NavigationController(QObject *parent)
    : QObject(parent)
{
    setChapterCount(0);
}

void NavigationController::setChapterCount(int count)
{
    const int previousCount = m_chapterCount;
    m_chapterCount = std::max(0, count);
    if (previousCount != m_chapterCount)
        Q_EMIT chapterCountChanged();
    if (m_chapterCount == 0 || m_screen == UnavailableScreen)
        showRestingScreen();
    if (m_chapterCount > 0)
        setChapterIndex(std::min(m_chapterIndex, m_chapterCount - 1));
}

void NavigationController::setMapYearCount(int count)
{
    m_mapYearCount = std::max(0, count);
    if (m_mapYearIndex >= m_mapYearCount) {
        m_mapYearIndex = std::max(0, m_mapYearCount - 1);
        Q_EMIT mapYearIndexChanged();
    }
}

void NavigationController::begin()
{
    if (m_screen != AttractScreen)
        return;
    setChapterIndex(0);
    setScreen(MenuScreen);
    Q_EMIT visitStarted();
}

void NavigationController::openChapter(int index)
{
    if (!isVisiting()) // a visit is needed first
        return;
    if (index < 0 || index >= m_chapterCount)
        return;
    setChapterIndex(index);
    setScreen(ChapterScreen);
}

void NavigationController::nextChapter()
{
    if (m_screen == ChapterScreen && hasNext())
        setChapterIndex(m_chapterIndex + 1);
}

void NavigationController::previousChapter()
{
    if (m_screen == ChapterScreen && hasPrevious())
        setChapterIndex(m_chapterIndex - 1);
}

void NavigationController::home()
{
    if (isVisiting())
        setScreen(MenuScreen);
}

bool NavigationController::isVisiting() const
{
    return m_screen == MenuScreen || m_screen == ChapterScreen || m_screen == TimelineScreen
        || m_screen == MapScreen || m_screen == FiguresScreen;
}

void NavigationController::openTimeline(int eventIndex)
{
    if (m_screen != MenuScreen && m_screen != ChapterScreen)
        return;
    if (m_timelineIndex != eventIndex) {
        m_timelineIndex = eventIndex;
        Q_EMIT timelineIndexChanged();
    }
    openFromVisit(TimelineScreen);
}

void NavigationController::openMap()
{
    if (m_screen != MenuScreen && m_screen != ChapterScreen)
        return;
    selectMapYear(0);
    openFromVisit(MapScreen);
}

void NavigationController::selectMapYear(int yearIndex)
{
    if (yearIndex < 0 || yearIndex >= std::max(1, m_mapYearCount) || m_mapYearIndex == yearIndex)
        return;
    m_mapYearIndex = yearIndex;
    Q_EMIT mapYearIndexChanged();
}

void NavigationController::openFigures(int figureIndex)
{
    if (m_screen != MenuScreen && m_screen != ChapterScreen)
        return;
    setFigureIndex(figureIndex);
    openFromVisit(FiguresScreen);
}

void NavigationController::selectFigure(int figureIndex)
{
    if (m_screen == FiguresScreen)
        setFigureIndex(figureIndex);
}

void NavigationController::setFigureIndex(int figureIndex)
{
    if (m_figureIndex == figureIndex)
        return;
    m_figureIndex = figureIndex;
    Q_EMIT figureIndexChanged();
}

void NavigationController::openFromVisit(Screen screen)
{
    m_returnScreen = m_screen;
    setScreen(screen);
}

void NavigationController::selectTimelineEvent(int eventIndex)
{
    if (m_screen != TimelineScreen || m_timelineIndex == eventIndex)
        return;
    m_timelineIndex = eventIndex;
    Q_EMIT timelineIndexChanged();
}

void NavigationController::back()
{
    if (m_screen == TimelineScreen || m_screen == MapScreen || m_screen == FiguresScreen)
        setScreen(m_returnScreen);
}

void NavigationController::stepBack()
{
    if (m_screen == ChapterScreen)
        home();
    else
        back();
}

void NavigationController::reset()
{
    const bool wasVisiting = isVisiting();
    if (wasVisiting)
        Q_EMIT visitEnding();
    if (m_timelineIndex != -1) {
        m_timelineIndex = -1;
        Q_EMIT timelineIndexChanged();
    }
    selectMapYear(0);
    setFigureIndex(-1);
    setChapterIndex(0);
    showRestingScreen();
    if (wasVisiting)
        Q_EMIT visitEnded();
}

void NavigationController::setOpen(bool open)
{
    if (m_open == open)
        return;
    m_open = open;
    reset();
}

void NavigationController::showRestingScreen()
{
    if (!m_open)
        setScreen(ClosedScreen);
    else if (m_chapterCount == 0)
        setScreen(UnavailableScreen);
    else
        setScreen(AttractScreen);
}

void NavigationController::setScreen(Screen screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    qCDebug(lcVisitor) << "screen" << screen;
    Q_EMIT screenChanged();
}

void NavigationController::setChapterIndex(int index)
{
    if (m_chapterIndex == index)
        return;
    m_chapterIndex = index;
    Q_EMIT chapterIndexChanged();
}
