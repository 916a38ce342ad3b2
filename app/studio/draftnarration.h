#pragma once

#include "content/exhibitdocument.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/** "Make a draft narration": a chapter's current words in one language spoken
 *  by the offline voices the bundled narration was made with, with captions
 *  timed sentence by sentence, by tools/generate-narration.py itself (one
 *  synthesis, not a second). The files are written to a private folder; the
 *  studio copies them into the media folder when they are ready. A curator
 *  hears the chapter before a professional recording replaces it. */
class DraftNarration : public QObject
{
    Q_OBJECT

public:
    // `script`: tools/generate-narration.py where it is installed.
    explicit DraftNarration(const QString &script, QObject *parent = nullptr);
    ~DraftNarration() override;

    // The Debian packages missing for a language's voice ("festival
    // festvox-us-slt-hts sox opus-tools"); empty when it can be made.
    [[nodiscard]] QStringList missingPackages(const QString &language) const;

    [[nodiscard]] bool isRunning() const { return m_process != nullptr; }
    [[nodiscard]] QString chapterId() const { return m_chapterId; }
    [[nodiscard]] QString language() const { return m_language; }
    // Speaks the chapter's words in `language`; false with *error if it cannot start.
    bool start(const Chapter &chapter, const QString &language, QString *error);
    void cancel();

Q_SIGNALS:
    // The files, in a folder that lasts until the next draft (or this object).
    void finished(const QString &audioFile, const QString &captionsFile);
    void failed(const QString &message);

private:
    void done(int exitCode, QProcess::ExitStatus status);

    QString m_script;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_chapterId;
    QString m_language;
};
