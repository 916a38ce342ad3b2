#pragma once

#include <QObject>
#include <QString>

class KioskServices;
class QQmlEngine;
class StudioPreview;
class StudioSession;

/** Exhibit Studio's composition root, for one QML engine: the session being
 *  edited, and the kiosk's own services in a preview configuration (no
 *  content file watched, no visits recorded, no idle reset, no spoken
 *  labels, narration only when asked) showing the session's document in the
 *  preview. main() and the studio's QML tests both use it.
 *
 *  As with KioskServices, the services go before their engine: a host makes
 *  the engine their parent or declares them after it. */
class StudioServices : public QObject
{
    Q_OBJECT

public:
    // `mediaRoot`: the media folder the exhibit's paths are relative to.
    StudioServices(QQmlEngine *engine, const QString &mediaRoot, QObject *parent = nullptr);
    ~StudioServices() override;

    [[nodiscard]] KioskServices *kiosk() const { return m_kiosk; }
    [[nodiscard]] StudioSession *session() const { return m_session; }
    [[nodiscard]] StudioPreview *preview() const { return m_preview; }

private:
    KioskServices *m_kiosk;
    StudioSession *m_session;
    StudioPreview *m_preview;
};
