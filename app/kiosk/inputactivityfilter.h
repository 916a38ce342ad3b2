#pragma once

#include <QObject>
#include <QPointer>

class IdleController;

/** Watches every input event the application receives (installed on the
 *  application object) and tells the idle controller that someone is there.
 *  One filter for the whole app, so no QML item can forget to report input;
 *  it never consumes an event. */
class InputActivityFilter : public QObject
{
    Q_OBJECT

public:
    InputActivityFilter(IdleController *idle, QObject *parent);

Q_SIGNALS:
    // Any touch, click, key or wheel (for whatever else times out on inactivity).
    void inputSeen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<IdleController> m_idle;
};
