#include "staff/admincontroller.h"

#include "analytics/analyticsstore.h"
#include "base/problemlog.h"
#include "controllers/idlecontroller.h"
#include "controllers/narrationcontroller.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "staff/logging.h"

#include <QFileInfo>
#include <QUrl>

AdminController::AdminController(QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &AdminController::statusChanged);
}

void AdminController::noteReset()
{
    m_lastReset = QDateTime::currentDateTime();
    Q_EMIT statusChanged();
}

void AdminController::setShown(bool shown)
{
    if (shown) {
        m_refresh.start();
        Q_EMIT statusChanged();
        return;
    }
    m_refresh.stop();
    stopSoundCheck();
}

QString AdminController::version() const { return QStringLiteral(EXHIBIT_VERSION); }

QString AdminController::contentVersion() const { return m_sources.content->contentVersion(); }

QString AdminController::analyticsStatus() const
{
    const AnalyticsStore *analytics = m_sources.analytics;
    if (!analytics || !analytics->isEnabled())
        return QStringLiteral("off ([analytics] database is not set)");
    if (!analytics->problem().isEmpty())
        return QStringLiteral("NOT RECORDING, %1 visits dropped: %2")
            .arg(analytics->droppedVisits())
            .arg(analytics->problem());
    return QStringLiteral("recording to %1").arg(analytics->fileName());
}

int AdminController::visitsToday() const
{
    const AnalyticsStore *analytics = m_sources.analytics;
    return analytics ? analytics->visitsToday() : 0;
}

QStringList AdminController::chapterTitles() const
{
    const ChapterModel *chapters = m_sources.content->chapters();
    QStringList titles;
    for (int row = 0; row < chapters->rowCount(); ++row)
        titles.append(chapters->index(row).data(ChapterModel::TitleRole).toString());
    return titles;
}

QList<int> AdminController::chapterOpensToday() const
{
    const AnalyticsStore *analytics = m_sources.analytics;
    const QVariantMap opens = analytics ? analytics->chapterOpensToday() : QVariantMap();
    const ChapterModel *chapters = m_sources.content->chapters();
    QList<int> result;
    for (int row = 0; row < chapters->rowCount(); ++row)
        result.append(
            opens.value(chapters->index(row).data(ChapterModel::ChapterIdRole).toString()).toInt());
    return result;
}

int AdminController::mostChapterOpensToday() const
{
    const QList<int> opens = chapterOpensToday();
    return std::max(1, opens.isEmpty() ? 1 : *std::max_element(opens.begin(), opens.end()));
}

QString AdminController::contentStatus() const
{
    const ContentStore *content = m_sources.content;
    if (content->status() != ContentStore::Ready)
        return content->statusMessage().isEmpty() ? QStringLiteral("no content")
                                                  : content->statusMessage();
    return content->statusMessage().isEmpty() ? QStringLiteral("ok") : content->statusMessage();
}

QString AdminController::contentFile() const { return m_sources.content->databaseFile(); }

int AdminController::problemCount() const
{
    return m_sources.problems ? m_sources.problems->count() : 0;
}

QStringList AdminController::recentProblems() const
{
    return m_sources.problems ? m_sources.problems->recent() : QStringList();
}

QString AdminController::recentProblemsText() const
{
    const QStringList problems = recentProblems();
    return problems.isEmpty() ? QStringLiteral("No problems logged since the kiosk started.")
                              : problems.join(QLatin1Char('\n'));
}

void AdminController::playSoundCheck()
{
    if (!QFileInfo::exists(m_soundCheckFile)) {
        m_soundCheckMessage
            = QStringLiteral("%1: the sound check file is missing").arg(m_soundCheckFile);
        qCWarning(lcStaff).noquote() << m_soundCheckMessage;
        Q_EMIT soundCheckChanged();
        return;
    }
    qCInfo(lcStaff) << "sound check";
    m_soundCheck = true;
    m_soundCheckMessage = QStringLiteral("starting");
    NarrationController *narration = m_sources.narration;
    narration->setSource(NarrationSource());
    narration->setSource(
        NarrationSource { true, QUrl::fromLocalFile(m_soundCheckFile), QString() });
    narration->play();
    Q_EMIT soundCheckChanged();
}

void AdminController::followNarration()
{
    if (!m_soundCheck)
        return;
    switch (m_sources.narration->status()) {
    case NarrationController::Playing:
        m_soundCheckMessage = QStringLiteral("playing");
        break;
    case NarrationController::Finished:
        m_soundCheckMessage = QStringLiteral("finished");
        break;
    case NarrationController::Unavailable:
        m_soundCheckMessage = QStringLiteral("no sound: see the problems below");
        break;
    default:
        return;
    }
    m_soundCheck = m_sources.narration->isPlaying();
    Q_EMIT soundCheckChanged();
}

void AdminController::stopSoundCheck()
{
    if (!m_soundCheck && m_soundCheckMessage.isEmpty())
        return;
    m_soundCheck = false;
    m_soundCheckMessage.clear();
    m_sources.narration->setSource(NarrationSource());
    Q_EMIT soundCheckChanged();
}

void AdminController::reloadContent()
{
    qCInfo(lcStaff) << "content reload asked from the admin panel";
    Q_EMIT reloadRequested();
    Q_EMIT statusChanged();
}

void AdminController::exitKiosk()
{
    qCInfo(lcStaff) << "staff exit from the admin panel";
    Q_EMIT quitRequested(staffExitCode);
}

void AdminController::restartKiosk()
{
    qCInfo(lcStaff) << "restart asked from the admin panel";
    Q_EMIT quitRequested(restartExitCode);
}
