#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

/** Publishing from Exhibit Studio, the way a technician would from a
 *  terminal and with the very same programs: `exhibit-curator validate` on
 *  the working copy and its media, `exhibit-kiosk --render-previews` of every
 *  screen in every language, orientation and text size with the previews'
 *  checks (a progress from the screens written, and a cancel), then
 *  `exhibit-curator publish` with who and a note, which checks the snapshot
 *  it publishes once more. Any problem stops it, listed, with nothing
 *  published. Rollback is the publisher's own, in process. */
class StudioPublisher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1 of the whole
    Q_PROPERTY(QString result READ result NOTIFY stateChanged)
    // What stopped it: the validator's problems or the previews' findings, one per line.
    Q_PROPERTY(QStringList findings READ findings NOTIFY stateChanged)

public:
    enum State { Idle, Checking, Rendering, Publishing, Published, Stopped };
    Q_ENUM(State)

    // `programs`: the folder exhibit-curator and exhibit-kiosk are in.
    explicit StudioPublisher(QObject *parent = nullptr);
    ~StudioPublisher() override;

    void setPrograms(const QString &folder) { m_programs = folder; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString step() const { return m_step; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString result() const { return m_result; }
    [[nodiscard]] QStringList findings() const { return m_findings; }
    [[nodiscard]] bool isRunning() const { return m_state >= Checking && m_state <= Publishing; }
    // Stopped by the curator, not by a problem.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

    struct Request
    {
        QString workingCopy;
        QString liveFile;
        QString mediaFolder;
        QString who;
        QString note;
        int screensPerSet = 0; // screens per language, orientation and text size
        int sets = 0;
    };
    // False with *error if it cannot begin (another is running, no live file).
    bool start(const Request &request, QString *error);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    // Published: the kiosks pick up `version` at their next quiet moment.
    void published(int version);

private:
    void run(const QString &program, const QStringList &arguments);
    void retireProcess();
    void stepDone(int exitCode, QProcess::ExitStatus status);
    void stop(const QString &result, const QStringList &findings = {});
    void setState(State state, const QString &result = {});
    void setProgress(const QString &step, double progress);
    void countScreens();

    QString m_programs;
    Request m_request;
    State m_state = Idle;
    QString m_step;
    double m_progress = 0;
    QString m_result;
    QStringList m_findings;
    bool m_cancelled = false;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_previews;
    QTimer m_screenCounter;
};
