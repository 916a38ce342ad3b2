#pragma once

#include "keypad/touchgestures.h"
#include "keypad/visiblescene.h"
#include "keypad/windowinputitem.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class LabelSpeaker;
class QEventPoint;

/** The kiosk's own screen reader, for blind visitors on the touchscreen
 *  itself (a system screen reader does not run inside the kiosk's
 *  lockdown). Its gestures are those visitors know from VoiceOver and
 *  TalkBack (TouchGestures): a finger moving over the screen speaks what is
 *  under it (a control's name and role, a text, a picture's description); a
 *  double tap anywhere presses what was spoken last; a flick right or left
 *  speaks the next or previous item in reading order (VisibleScene::readables),
 *  scrolling a long text to it; two fingers flicked up read on from there.
 *
 *  On, it takes every touch: nothing under a finger is pressed by accident.
 *  Off, it only watches for two fingers held still for three seconds (the
 *  gesture a blind visitor is told of), and asks for the reader with
 *  toggleRequested(), as on. It speaks through the keypad's LabelSpeaker,
 *  in the visitor's language; the words it adds ("button", "picture") are
 *  QML's, translated there.
 *
 *  Sits over the whole kiosk (anchors.fill) and draws nothing: the QML
 *  FocusRing follows focusRect. Disabled where the screen is not the whole
 *  window (Exhibit Studio's preview). */
class ScreenReader : public WindowInputItem
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(LabelSpeaker *speaker READ speaker WRITE setSpeaker NOTIFY speakerChanged)
    // How a control and a picture are said: "%1, button", "Picture: %1".
    Q_PROPERTY(QString controlWords MEMBER m_controlWords NOTIFY wordsChanged)
    Q_PROPERTY(QString pictureWords MEMBER m_pictureWords NOTIFY wordsChanged)
    // Said before the item when a flick finds no further one: "Last: %1".
    Q_PROPERTY(QString lastWords MEMBER m_lastWords NOTIFY wordsChanged)
    Q_PROPERTY(QString firstWords MEMBER m_firstWords NOTIFY wordsChanged)
    // What was spoken last, in this item's coordinates.
    Q_PROPERTY(QQuickItem *currentItem READ currentItem NOTIFY currentItemChanged)
    Q_PROPERTY(QRectF focusRect READ focusRect NOTIFY focusRectChanged)
    Q_PROPERTY(qreal focusRadius READ focusRadius NOTIFY focusRectChanged)

public:
    explicit ScreenReader(QQuickItem *parent = nullptr);

    [[nodiscard]] bool isActive() const { return m_active; }
    void setActive(bool on);
    [[nodiscard]] LabelSpeaker *speaker() const { return m_speaker; }
    void setSpeaker(LabelSpeaker *speaker);
    [[nodiscard]] QQuickItem *currentItem() const { return m_current; }
    [[nodiscard]] QRectF focusRect() const { return m_focusRect; }
    [[nodiscard]] qreal focusRadius() const { return m_focusRadius; }

    // What the reader says for an item on screen now; empty if it reads nothing there.
    [[nodiscard]] Q_INVOKABLE QString spokenFor(QQuickItem *item) const;

public Q_SLOTS:
    // Says a message of the kiosk's own ("Screen reader on"), cutting short what was being read.
    void say(const QString &text);
    void reset(); // the visit is over: nothing spoken last, no gesture half made

Q_SIGNALS:
    void activeChanged();
    void speakerChanged();
    void wordsChanged();
    void currentItemChanged();
    void focusRectChanged();
    void toggleRequested(); // two fingers held still
    void activated(); // a double tap pressed the current control

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Readable = VisibleScene::Readable;

    [[nodiscard]] QList<Readable> readScene() const;
    [[nodiscard]] QString spoken(const Readable &readable) const;
    bool touch(QEvent *event);
    bool mouse(QEvent *event);
    void feed(int id, const QEventPoint &point);
    void act(TouchGestures::Result result);
    void explore(const QPointF &at);
    void step(int direction);
    void readOn();
    void activate();
    void follow(); // every frame while on: keep up with the screen under the reader
    void setCurrent(QQuickItem *item);
    void updateFocusRect();
    void updateTicking();
    // From the window's coordinates (where its events are) to its content item's.
    [[nodiscard]] QPointF toScreen(const QPointF &windowPoint) const;

    bool m_active = false;
    QPointer<LabelSpeaker> m_speaker;
    QString m_controlWords = QStringLiteral("%1, button");
    QString m_pictureWords = QStringLiteral("Picture: %1");
    QString m_lastWords = QStringLiteral("Last: %1");
    QString m_firstWords = QStringLiteral("First: %1");

    TouchGestures m_gestures;
    QElapsedTimer m_clock;
    QTimer m_ticker; // time passing with fingers down, for the gestures that wait
    QPointer<QQuickItem> m_current;
    QPointer<QQuickItem> m_spokenThisTouch; // a finger passing over it again says nothing
    QList<QPointer<QQuickItem>> m_readingOn; // the items being read in turn
    QRectF m_focusRect;
    qreal m_focusRadius = 0;
    QMetaObject::Connection m_frameConnection;
};
