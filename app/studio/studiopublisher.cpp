#include "studio/studiopublisher.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// Shares of the whole the bar gives each step: rendering is most of the time.
constexpr double checkShare = 0.1;
constexpr double renderShare = 0.8;

} // namespace

StudioPublisher::StudioPublisher(QObject *parent)
    : QObject(parent)
{
    m_screenCounter.setInterval(300);
    connect(&m_screenCounter, &QTimer::timeout, this, &StudioPublisher::countScreens);
}

StudioPublisher::~StudioPublisher() { cancel(); }

bool StudioPublisher::start(const Request &request, QString *error)
{
    if (isRunning()) {
        *error = tr("A publish is under way already.");
        return false;
    }
    if (request.liveFile.isEmpty()) {
        *error = tr("Choose the live database to publish to first (Changes since live → Live "
                    "database…).");
        return false;
    }
    for (const char *program : { "exhibit-curator", "exhibit-kiosk" }) {
        if (!QFileInfo(QDir(m_programs).filePath(QString::fromLatin1(program))).isExecutable()) {
            *error = tr("%1 is not in %2: install Exhibit Kiosk whole")
                         .arg(QString::fromLatin1(program), m_programs);
            return false;
        }
    }
    m_request = request;
    m_findings.clear();
    m_cancelled = false;
    setState(Checking);
    setProgress(tr("Checking the exhibit and its media…"), 0);
    run(QStringLiteral("exhibit-curator"),
        { QStringLiteral("validate"), request.workingCopy, QStringLiteral("--media"),
          request.mediaFolder });
    return true;
}

void StudioPublisher::retireProcess()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process.release()->deleteLater(); // it may be the one whose signal this is
}

void StudioPublisher::run(const QString &program, const QStringList &arguments)
{
    retireProcess();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::finished, this, &StudioPublisher::stepDone);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            stop(tr("Could not start %1: %2").arg(m_process->program(), m_process->errorString()));
    });
    m_process->start(QDir(m_programs).filePath(program), arguments);
}

void StudioPublisher::stepDone(int exitCode, QProcess::ExitStatus status)
{
    const QString out = QString::fromUtf8(m_process->readAllStandardOutput());
    const QString err = QString::fromUtf8(m_process->readAllStandardError());
    if (status != QProcess::NormalExit) {
        stop(tr("%1 stopped unexpectedly; nothing was published.").arg(m_process->program()));
        return;
    }
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    switch (m_state) {
    case Checking: {
        if (exitCode != 0) {
            QStringList problems = lines;
            problems.removeIf(
                [](const QString &line) { return line.startsWith(QLatin1String("warning: ")); });
            stop(tr("The exhibit has problems, so nothing was published: fix them first."),
                 problems.isEmpty() ? err.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : problems);
            return;
        }
        m_previews = std::make_unique<QTemporaryDir>();
        setState(Rendering);
        setProgress(tr("Drawing every screen in every language, orientation and text size…"),
                    checkShare);
        m_screenCounter.start();
        run(QStringLiteral("exhibit-kiosk"),
            { QStringLiteral("--render-previews"), m_previews->path(), QStringLiteral("--content"),
              m_request.workingCopy, QStringLiteral("--media"), m_request.mediaFolder });
        return;
    }
    case Rendering: {
        m_screenCounter.stop();
        if (exitCode != 0) {
            // "SCREEN (LANGUAGE, ORIENTATION, SIZE): finding" lines; the rest is progress.
            QStringList findings = lines;
            findings.removeIf([](const QString &line) {
                return line.startsWith(QLatin1String("rendering "))
                    || line.contains(QLatin1String(" screens in "));
            });
            stop(tr("Some screens do not show everything, so nothing was published: fix what "
                    "the previews found."),
                 findings.isEmpty() ? err.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : findings);
            return;
        }
        setState(Publishing);
        setProgress(tr("Publishing…"), checkShare + renderShare);
        run(QStringLiteral("exhibit-curator"),
            { QStringLiteral("publish"), m_request.workingCopy, m_request.liveFile,
              QStringLiteral("--media"), m_request.mediaFolder, QStringLiteral("--who"),
              m_request.who, QStringLiteral("--note"), m_request.note });
        return;
    }
    case Publishing: {
        static const QRegularExpression versionLine(QStringLiteral(" as version (\\d+) of "));
        const QRegularExpressionMatch match = versionLine.match(out);
        if (exitCode != 0 || !match.hasMatch()) {
            stop(tr("Not published; the live database is as it was."),
                 err.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            return;
        }
        const int version = match.captured(1).toInt();
        retireProcess();
        setProgress(tr("Published."), 1);
        setState(Published,
                 tr("Published as version %1. The kiosks show it after their next "
                    "visit ends.")
                     .arg(version));
        Q_EMIT published(version);
        return;
    }
    default:
        return;
    }
}

void StudioPublisher::countScreens()
{
    const int total = m_request.screensPerSet * m_request.sets;
    if (!m_previews || total <= 0)
        return;
    const int done = int(QDir(m_previews->path()).entryList({ QStringLiteral("*.png") }).size());
    setProgress(tr("Drawing every screen in every language, orientation and text size: %1 of %2…")
                    .arg(done)
                    .arg(total),
                checkShare + renderShare * std::min(1.0, double(done) / total));
}

void StudioPublisher::cancel()
{
    if (!isRunning())
        return;
    m_screenCounter.stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
        m_process.reset();
    }
    m_cancelled = true;
    setState(Stopped, tr("Cancelled; nothing was published."));
}

void StudioPublisher::stop(const QString &result, const QStringList &findings)
{
    m_screenCounter.stop();
    retireProcess();
    m_findings = findings;
    setState(Stopped, result);
}

void StudioPublisher::setState(State state, const QString &result)
{
    m_state = state;
    m_result = result;
    Q_EMIT stateChanged();
}

void StudioPublisher::setProgress(const QString &step, double progress)
{
    m_step = step;
    m_progress = progress;
    Q_EMIT progressChanged();
}
