#include "studioapp/studiopreview.h"

#include "controllers/accessibilitycontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/navigationcontroller.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "models/timelinemodel.h"
#include "previews/accessibilitycheck.h"
#include "previews/controlcheck.h"
#include "previews/textoverflow.h"
#include "studio/studiodocument.h"
#include "studio/studiooutline.h"

#include <QQuickWindow>

#include <algorithm>
#include <iterator>

namespace {

// Typing comes in bursts: the preview follows a moment after the last key.
constexpr int refreshDelayMs = 50;
// Screens cross-fade in under 300 ms; the map fades from year to year more slowly.
constexpr int screenSettleMs = 400;
constexpr int mapSettleMs = 900;

int mapYearIndex(const TerritoryMapModel *map, int year)
{
    for (int row = 0; row < map->rowCount(); ++row) {
        if (map->index(row).data(TerritoryMapModel::YearRole).toInt() == year)
            return row;
    }
    return -1;
}

} // namespace

StudioPreview::StudioPreview(QObject *parent)
    : QObject(parent)
    , m_findings(this)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh();
        m_changeShown = true;
        checkAfter(0);
    });
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        QQuickWindow *window = m_screen ? m_screen->window() : nullptr;
        if (!window || !window->isVisible()) {
            check();
            return;
        }
        // Once the change is drawn: laid out, as a visitor would see it.
        disconnect(m_frameWait);
        m_frameWait = connect(
            window, &QQuickWindow::frameSwapped, this,
            [this] {
                disconnect(m_frameWait);
                check();
            },
            Qt::QueuedConnection);
        window->update();
    });
}

void StudioPreview::setParts(const Parts &parts, StudioDocument *document, const QString &mediaRoot)
{
    m_parts = parts;
    m_document = document;
    m_mediaRoot = mediaRoot;
}

void StudioPreview::setScreen(QQuickItem *screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged();
    checkAfter(screenSettleMs);
}

void StudioPreview::setView(View view) { show(m_item, view); }

void StudioPreview::show(const QString &item, View view)
{
    if (m_item == item && m_view == view)
        return;
    m_item = item;
    m_view = view;
    Q_EMIT viewChanged();
    navigate();
}

void StudioPreview::setPortrait(bool portrait)
{
    if (m_portrait == portrait)
        return;
    m_portrait = portrait;
    Q_EMIT settingsChanged();
    checkAfter(screenSettleMs);
}

void StudioPreview::setLanguage(const QString &language)
{
    if (m_language == language || !languages().contains(language))
        return;
    m_language = language;
    m_parts.language->setLanguage(language);
    Q_EMIT settingsChanged();
    checkAfter(0);
}

QStringList StudioPreview::languages() const
{
    return m_parts.content ? m_parts.content->languages() : QStringList();
}

void StudioPreview::setLargeText(bool large)
{
    if (m_largeText == large)
        return;
    m_largeText = large;
    m_parts.accessibility->setLargeText(large);
    Q_EMIT settingsChanged();
    checkAfter(screenSettleMs);
}

void StudioPreview::setHighContrast(bool high)
{
    if (m_highContrast == high)
        return;
    m_highContrast = high;
    m_parts.accessibility->setHighContrast(high);
    Q_EMIT settingsChanged();
    checkAfter(0);
}

void StudioPreview::setItem(const QString &item) { show(item, ItemView); }

void StudioPreview::showField(const QString &path)
{
    const QString item = StudioOutline::itemOf(path);
    const QString key = path.mid(item.size() + 1).section(QLatin1Char('.'), 0, 0);
    View view = ItemView;
    if (item == QLatin1String("exhibit"))
        view = AttractView;
    else if (key.startsWith(QLatin1String("teaser")))
        view = MenuView;
    const QString language = path.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
    if (languages().contains(language))
        setLanguage(language);
    show(item, view);
}

void StudioPreview::scheduleRefresh()
{
    m_sinceChange.start();
    m_refreshTimer.start();
}

void StudioPreview::refresh()
{
    if (!m_document || !m_parts.content)
        return;
    const QStringList before = languages();
    const bool first = m_parts.content->status() != ContentStore::Ready;
    m_parts.content->showDocument(m_document->exhibit(), m_document->fileName(),
                                  QStringLiteral("studio"), m_mediaRoot);
    if (languages() != before)
        Q_EMIT languagesChanged();
    if (!languages().contains(m_language)) {
        m_language = languages().value(0);
        Q_EMIT settingsChanged();
    }
    // The item's screen again when the item came, went or moved (an event
    // just added, a date that changed its place): the kiosk finds it by place.
    if (first || itemIndex() != m_navigatedIndex)
        navigate();
}

int StudioPreview::itemIndex() const
{
    const QString id = m_item.section(QLatin1Char('.'), 1);
    const ContentStore *content = m_parts.content;
    if (m_item.startsWith(QLatin1String("chapters.")))
        return content->chapters()->indexOf(id);
    if (m_item.startsWith(QLatin1String("timeline.")))
        return content->timeline()->indexOf(id);
    if (m_item.startsWith(QLatin1String("figures.")))
        return content->figures()->indexOf(id);
    if (m_item.startsWith(QLatin1String("map.")))
        return mapYearIndex(content->territoryMap(), id.toInt());
    return 0;
}

void StudioPreview::navigate()
{
    if (!m_parts.navigation || m_parts.content->status() != ContentStore::Ready)
        return;
    NavigationController *navigation = m_parts.navigation;
    // As a visitor reaches it: a new visit (which forgets the last one's
    // language and text size), the choices made, then the screen.
    navigation->reset();
    m_parts.language->setLanguage(m_language);
    m_parts.accessibility->setLargeText(m_largeText);
    m_parts.accessibility->setHighContrast(m_highContrast);
    int settle = screenSettleMs;
    // The exhibit's own page is the attract screen.
    const bool attract
        = m_view == AttractView || (m_view == ItemView && m_item == QLatin1String("exhibit"));
    if (!attract)
        navigation->begin();
    m_navigatedIndex = itemIndex();
    if (!attract && m_view == ItemView) {
        if (m_item.startsWith(QLatin1String("chapters.")))
            navigation->openChapter(m_navigatedIndex);
        else if (m_item.startsWith(QLatin1String("timeline.")))
            navigation->openTimeline(m_navigatedIndex);
        else if (m_item.startsWith(QLatin1String("figures.")))
            navigation->openFigures(m_navigatedIndex);
        else if (m_item.startsWith(QLatin1String("map."))) {
            navigation->openMap();
            navigation->selectMapYear(m_navigatedIndex);
            settle = mapSettleMs;
        }
    }
    checkAfter(settle);
}

void StudioPreview::checkAfter(int settleMs) { m_settleTimer.start(settleMs); }

void StudioPreview::check()
{
    QList<PreviewFinding> findings;
    if (m_screen) {
        // What the curator can see: the pages beside the one shown are laid
        // out off screen, and what they hold is checked when it is shown.
        const QRectF shown(0, 0, m_screen->width(), m_screen->height());
        const QList<PreviewFinding> all = TextOverflow::find(m_screen)
            + ControlCheck::find(m_screen) + AccessibilityCheck::findUnnamed(m_screen);
        std::copy_if(
            all.cbegin(), all.cend(), std::back_inserter(findings),
            [&shown](const PreviewFinding &finding) { return finding.area.intersects(shown); });
    }
    m_findings.setFindings(findings);
    // The time to the first check after the change was shown (not one a
    // screen change asked for before the typing paused).
    if (m_changeShown && !m_refreshTimer.isActive()) {
        m_lastUpdateMs = int(m_sinceChange.elapsed());
        m_changeShown = false;
    }
    Q_EMIT updated();
}
