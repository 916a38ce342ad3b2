#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

/** Every warning and error the kiosk logs since it started, counted, with
 *  the latest few kept for the admin panel, so staff see "3 problems: media
 *  file missing…" without a laptop and journalctl. It sits in Qt's message
 *  chain and passes every message on unchanged (to the journal, the
 *  terminal or the test runner). */
class ProblemLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kept = 8;

    explicit ProblemLog(QObject *parent = nullptr);
    ~ProblemLog() override;

    // The process's log, if main() made one (tests may not).
    [[nodiscard]] static ProblemLog *instance();

    [[nodiscard]] int count() const { return m_count; }
    // Newest first, each "HH:mm:ss category: message".
    [[nodiscard]] QStringList recent() const { return m_recent; }

Q_SIGNALS:
    void changed();

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);
    void record(const QString &line);

    int m_count = 0;
    QStringList m_recent;
};
