#pragma once

#include "previews/previewshot.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class KioskScene;
class KioskServices;
class QQmlEngine;
class QTextStream;

/** `exhibit-kiosk --render-previews DIR`: every screen of the exhibit
 *  (attract, menu, each chapter, the timeline, the map at each year, the
 *  figures and each figure's page) in every language, both orientations and
 *  both text sizes, rendered offscreen to PNG with an index page, and every
 *  text that would not show whole and every control a visitor could not
 *  use (covered, or out of a wheelchair user's reach) reported. This is how a curator checks a
 *  change before publishing it. */
class PreviewRenderer
{
public:
    PreviewRenderer(KioskServices *services, QQmlEngine *engine);
    ~PreviewRenderer();

    // Renders everything into `folder` and writes index.html; progress and
    // every problem go to `out`. False if the interface could not be loaded.
    bool render(const QString &folder, QTextStream &out);
    [[nodiscard]] const QList<PreviewShot> &shots() const { return m_shots; }
    [[nodiscard]] int problemCount() const;
    // Every screen it renders, by name ("menu", "chapter battles").
    [[nodiscard]] QStringList screenNames() const;
    // Renders only the screens named; returns the names it does not know (and then keeps all).
    QStringList only(const QStringList &screens);

private:
    struct Step
    {
        QString screen;
        std::function<void()> show;
        int settleMilliseconds = 400; // longer than the screen's fades
    };
    [[nodiscard]] QList<Step> steps() const;
    void showLongestCaption();
    void waitForFades() const;
    void shoot(const Step &step, const QString &language, const QString &orientation, bool large,
               const QString &folder, QTextStream &out);

    KioskServices *m_services;
    QQmlEngine *m_engine;
    std::unique_ptr<KioskScene> m_scene;
    QList<PreviewShot> m_shots;
    QStringList m_only; // empty: every screen
};
