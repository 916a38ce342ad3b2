#include "kiosk/previewrenderer.h"

#include "controllers/accessibilitycontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "kiosk/kioskscene.h"
#include "kiosk/kioskservices.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "previews/accessibilitycheck.h"
#include "previews/controlcheck.h"
#include "previews/previewindex.h"
#include "previews/textoverflow.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr QSize landscape(1920, 1080);
constexpr QSize portrait(1080, 1920);

// The map fades from one year to the next more slowly than screens cross-fade.
constexpr int mapSettleMilliseconds = 900;

QString slug(const QString &text)
{
    QString result = text.toLower();
    result.replace(QLatin1Char(' '), QLatin1Char('-'));
    return result;
}

} // namespace

PreviewRenderer::PreviewRenderer(KioskServices *services, QQmlEngine *engine)
    : m_services(services)
    , m_engine(engine)
{ }

PreviewRenderer::~PreviewRenderer() = default;

int PreviewRenderer::problemCount() const
{
    int count = 0;
    for (const PreviewShot &shot : m_shots)
        count += int(shot.problems.size());
    return count;
}

QList<PreviewRenderer::Step> PreviewRenderer::steps() const
{
    NavigationController *navigation = m_services->navigation();
    ContentStore *content = m_services->content();
    QList<Step> steps;
    steps.append({ QStringLiteral("attract"), [] {} });
    steps.append({ QStringLiteral("menu"), [navigation] { navigation->begin(); } });
    // Three languages or more are chosen from a list: it must show them all.
    if (LanguageController *language = m_services->language(); language->choosesFromList())
        steps.append(
            { QStringLiteral("language chooser"), [language] { language->openChooser(); } });
    const ChapterModel *chapters = content->chapters();
    for (int i = 0; i < chapters->rowCount(); ++i) {
        const QString id = chapters->index(i).data(ChapterModel::ChapterIdRole).toString();
        steps.append(
            { QStringLiteral("chapter ") + id, [navigation, i] { navigation->openChapter(i); } });
    }
    // Each chapter's easy-read version ("In brief"), which must fit as the full text does.
    AccessibilityController *accessibility = m_services->accessibility();
    for (int i = 0; i < chapters->rowCount(); ++i) {
        const QString id = chapters->index(i).data(ChapterModel::ChapterIdRole).toString();
        steps.append(
            { QStringLiteral("chapter %1 in brief").arg(id), [navigation, accessibility, i] {
                 accessibility->setEasyRead(true);
                 navigation->openChapter(i);
             } });
    }
    steps.append({ QStringLiteral("timeline"), [navigation] { navigation->openTimeline(); } });
    const TerritoryMapModel *map = content->territoryMap();
    for (int i = 0; i < map->rowCount(); ++i) {
        const QString year = map->index(i).data(TerritoryMapModel::YearRole).toString();
        steps.append({ QStringLiteral("map ") + year,
                       [navigation, i] {
                           navigation->openMap();
                           navigation->selectMapYear(i);
                       },
                       mapSettleMilliseconds });
    }
    steps.append({ QStringLiteral("figures"), [navigation] { navigation->openFigures(); } });
    const KeyFigureModel *figures = content->figures();
    for (int i = 0; i < figures->rowCount(); ++i) {
        const QString id = figures->index(i).data(KeyFigureModel::FigureIdRole).toString();
        steps.append(
            { QStringLiteral("figure ") + id, [navigation, i] { navigation->openFigures(i); } });
    }
    return steps;
}

QStringList PreviewRenderer::screenNames() const
{
    QStringList names;
    for (const Step &step : steps())
        names.append(step.screen);
    return names;
}

QStringList PreviewRenderer::only(const QStringList &screens)
{
    const QStringList known = screenNames();
    QStringList unknown;
    for (const QString &screen : screens) {
        if (!known.contains(screen.trimmed()))
            unknown.append(screen.trimmed());
    }
    if (unknown.isEmpty()) {
        m_only.clear();
        for (const QString &screen : screens)
            m_only.append(screen.trimmed());
    }
    return unknown;
}

// Every screen's fade run to its end: a slow first frame (after the switch
// to portrait, everything laid out afresh) can leave the last screen half
// gone after the usual wait, and its texts would be judged half drawn. The
// same for pictures, decoded as their screen shows and faded in once ready.
void PreviewRenderer::waitForFades() const
{
    const auto fading = [](const QQuickItem *item) {
        if (!item->objectName().endsWith(QLatin1String("Fader")))
            return false;
        const bool loading = item->inherits("QQuickImageBase") && item->isVisible()
            && item->property("status").toInt() == 2; // QQuickImageBase::Loading
        return loading || (item->opacity() > 0 && item->opacity() < 1);
    };
    // Looked for afresh each time: a screen faded out meanwhile is let go.
    const auto anyFading = [this, &fading] {
        const QList<QQuickItem *> items = m_scene->root()->findChildren<QQuickItem *>();
        return std::any_of(items.cbegin(), items.cend(), fading);
    };
    for (int waited = 0; waited < 3000 && anyFading(); waited += 50)
        KioskScene::wait(50);
}

// A chapter's narration paused at its longest caption: the captions' strip
// at its fullest, as a visitor sees it (when the audio can be loaded here).
void PreviewRenderer::showLongestCaption()
{
    if (m_services->navigation()->screen() != NavigationController::ChapterScreen)
        return;
    NarrationController *narration = m_services->narration();
    if (narration->status() == NarrationController::Unavailable)
        return;
    const QList<CaptionCue> &cues = narration->captions().cues();
    const auto longest = std::max_element(
        cues.cbegin(), cues.cend(),
        [](const CaptionCue &a, const CaptionCue &b) { return a.text.size() < b.text.size(); });
    if (longest == cues.cend())
        return;
    narration->seek((longest->startMs + longest->endMs) / 2);
    for (int i = 0; i < 20 && narration->caption() != longest->text; ++i)
        KioskScene::wait(100);
}

void PreviewRenderer::shoot(const Step &step, const QString &language, const QString &orientation,
                            bool large, const QString &folder, QTextStream &out)
{
    NavigationController *navigation = m_services->navigation();
    // Each shot starts a visit afresh (a reset ends the last one and with it
    // its language and text size), then chooses them and goes to its screen.
    navigation->reset();
    m_services->language()->setLanguage(language);
    m_services->accessibility()->setLargeText(large);
    if (step.screen != QLatin1String("attract"))
        navigation->begin();
    step.show();
    KioskScene::wait(
        step.settleMilliseconds); // until fades have run and the frame shows the new state
    waitForFades();
    showLongestCaption();

    PreviewShot shot;
    shot.screen = step.screen;
    shot.language = language;
    shot.orientation = orientation;
    shot.textSize = large ? QStringLiteral("large") : QStringLiteral("normal");
    shot.file = slug(shot.title()) + QStringLiteral(".png");
    const QImage image = m_scene->window()->grabWindow();
    if (image.isNull() || !image.save(QDir(folder).filePath(shot.file)))
        out << "could not write " << QDir(folder).filePath(shot.file) << Qt::endl;
    QQuickItem *screen = m_scene->root();
    shot.problems = TextOverflow::find(screen) + ControlCheck::find(screen)
        + AccessibilityCheck::findUnnamed(screen)
        + AccessibilityCheck::findFaintText(screen, image, AccessibilityCheck::minimumContrast);
    for (const PreviewFinding &finding : std::as_const(shot.problems))
        out << shot.title() << ": " << finding.describe() << Qt::endl;
    m_shots.append(shot);
}

bool PreviewRenderer::render(const QString &folder, QTextStream &out)
{
    if (!QDir().mkpath(folder)) {
        out << "cannot create " << folder << Qt::endl;
        return false;
    }
    if (!m_scene)
        m_scene = std::make_unique<KioskScene>(m_engine, landscape);
    if (!m_scene->isValid()) {
        out << "the interface could not be loaded" << Qt::endl;
        return false;
    }
    QList<Step> all = steps();
    if (!m_only.isEmpty())
        all.removeIf([this](const Step &step) { return !m_only.contains(step.screen); });
    const QStringList languages = m_services->language()->languages();
    for (const auto &[orientation, size] : { std::pair(QStringLiteral("landscape"), landscape),
                                             std::pair(QStringLiteral("portrait"), portrait) }) {
        m_scene->resize(size);
        for (const QString &language : languages) {
            for (const bool large : { false, true }) {
                out << "rendering " << language << ' ' << orientation
                    << (large ? " large" : " normal") << " text (" << all.size() << " screens)"
                    << Qt::endl;
                for (const Step &step : all)
                    shoot(step, language, orientation, large, folder, out);
            }
        }
    }
    m_services->navigation()->reset();
    PreviewIndex::write(QDir(folder).filePath(QStringLiteral("index.html")), m_shots);
    return true;
}
