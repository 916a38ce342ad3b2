#pragma once

#include <QObject>
#include <QUrl>

class QQuickWindow;

/** Keeps the gallery's visitors inside the exhibit: the window fills the
 *  screen without frame and stays on top (and goes back to fullscreen if
 *  anything takes it out), the cursor is hidden, the window refuses to
 *  close (Alt+F4, a window manager's close), context-menu requests go
 *  nowhere, and no link can open a browser or another program. Staff leave
 *  through the admin panel, which ends the event loop instead. */
class Lockdown : public QObject
{
    Q_OBJECT

public:
    explicit Lockdown(QObject *parent = nullptr);
    ~Lockdown() override;

    void apply(QQuickWindow *window, bool hideCursor);

    [[nodiscard]] int blockedUrlCount() const { return m_blockedUrls; }

public Q_SLOTS:
    // Receives every URL anything asks the desktop to open.
    void refuseUrl(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QQuickWindow *m_window = nullptr;
    bool m_cursorHidden = false;
    int m_blockedUrls = 0;
};
