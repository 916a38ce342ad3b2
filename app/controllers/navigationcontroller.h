#pragma once

#include <QObject>
#include <QQmlEngine>

/** Where the visitor is: the attract screen, the chapter menu, a chapter, the
 *  timeline, the territory map or the key figures.
 *  Every move goes through here, so the flow is decided (and tested) in one
 *  place and QML only shows it. */
class NavigationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool visiting READ isVisiting NOTIFY screenChanged)
    Q_PROPERTY(int chapterIndex READ chapterIndex NOTIFY chapterIndexChanged)
    Q_PROPERTY(int chapterCount READ chapterCount NOTIFY chapterCountChanged)
    Q_PROPERTY(bool hasPrevious READ hasPrevious NOTIFY chapterIndexChanged)
    Q_PROPERTY(bool hasNext READ hasNext NOTIFY chapterIndexChanged)
    // The timeline event opened from a chapter (-1: the timeline from its start).
    Q_PROPERTY(int timelineIndex READ timelineIndex NOTIFY timelineIndexChanged)
    // The timeline or map was opened from a chapter, and "back" returns to it.
    Q_PROPERTY(bool openedFromChapter READ openedFromChapter NOTIFY screenChanged)
    // The key figure whose page is open (-1: the gallery of all of them).
    Q_PROPERTY(int figureIndex READ figureIndex NOTIFY figureIndexChanged)
    // The year the territory map shows, as an index into its years.
    Q_PROPERTY(int mapYearIndex READ mapYearIndex NOTIFY mapYearIndexChanged)

public:
    enum Screen {
        AttractScreen,
        MenuScreen,
        ChapterScreen,
        UnavailableScreen,
        ClosedScreen, // outside operating hours
        TimelineScreen,
        MapScreen,
        FiguresScreen,
    };
    Q_ENUM(Screen)

    explicit NavigationController(QObject *parent = nullptr);

    [[nodiscard]] Screen screen() const { return m_screen; }
    [[nodiscard]] int chapterIndex() const { return m_chapterIndex; }
    [[nodiscard]] int chapterCount() const { return m_chapterCount; }
    [[nodiscard]] bool hasPrevious() const { return m_chapterIndex > 0; }
    [[nodiscard]] bool hasNext() const { return m_chapterIndex + 1 < m_chapterCount; }
    [[nodiscard]] int timelineIndex() const { return m_timelineIndex; }
    [[nodiscard]] bool openedFromChapter() const { return m_returnScreen == ChapterScreen; }
    [[nodiscard]] int mapYearIndex() const { return m_mapYearIndex; }
    [[nodiscard]] int figureIndex() const { return m_figureIndex; }
    // The menu, a chapter, the timeline, the map or the figures: a visitor is using the exhibit.
    [[nodiscard]] bool isVisiting() const;

    // Called by the content side: how many chapters there are; zero means
    // there is nothing to show and the kiosk says so calmly.
    void setChapterCount(int count);
    // How many years the map has: selectMapYear stays within them.
    void setMapYearCount(int count);
    // Operating hours: closing ends any visit and shows the closed screen
    // until the exhibit opens again.
    void setOpen(bool open);

public Q_SLOTS:
    void begin(); // a visitor touched the attract screen
    void openChapter(int index);
    void nextChapter();
    void previousChapter();
    void home(); // back to the chapter menu
    void openTimeline(int eventIndex = -1); // from the menu or a chapter
    void openMap(); // from the menu or a chapter, at the first year
    void selectMapYear(int yearIndex);
    void openFigures(int figureIndex
                     = -1); // from the menu or a chapter: the gallery, or one figure's page
    void selectFigure(int figureIndex); // -1 returns to the gallery
    void back(); // from the timeline, map or figures to where they were opened
    // The keypad's Back: a chapter to the menu, the timeline, map or figures
    // to where they were opened. The menu is the top of a visit: Back stays
    // there (a visit ends by walking away, and nothing ever quits the kiosk).
    void stepBack();
    void selectTimelineEvent(int eventIndex); // -1 closes the event
    void reset(); // the visit is over: back to the attract screen

Q_SIGNALS:
    void screenChanged();
    void chapterIndexChanged();
    void chapterCountChanged();
    void timelineIndexChanged();
    void mapYearIndexChanged();
    void figureIndexChanged();
    void visitStarted();
    // A reset begins: the visit's screen and places are still as the visitor left them.
    void visitEnding();
    void visitEnded(); // the reset is done: the resting screen shows

private:
    void setScreen(Screen screen);
    void setChapterIndex(int index);
    void showRestingScreen(); // attract, unavailable or closed, whichever applies
    void openFromVisit(Screen screen); // the timeline, map or figures, remembering where from
    void setFigureIndex(int figureIndex);

    Screen m_screen = AttractScreen;
    int m_chapterIndex = 0;
    int m_chapterCount = 0;
    int m_mapYearCount = 0;
    bool m_open = true;
    int m_timelineIndex = -1;
    int m_mapYearIndex = 0;
    int m_figureIndex = -1;
    Screen m_returnScreen = MenuScreen;
};
