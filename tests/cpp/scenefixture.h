#pragma once

#include "kiosk/exhibitmodule.h"
#include "previews/previewfinding.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <functional>
#include <memory>

/** A small QML scene shown in a real window (offscreen), for the previews'
 *  rules: `qml` is placed inside a root Item of `size` (the screen), and
 *  `check` reads the scene. At a `scale` other than 1 the screen is drawn
 *  that much smaller or larger in its window, as Exhibit Studio's preview
 *  draws the kiosk's screen: the findings must not change. */
inline QList<PreviewFinding>
findingsOnScreen(const QByteArray &qml, const QSize &size,
                 const std::function<QList<PreviewFinding>(QQuickItem *)> &check, qreal scale = 1)
{
    QQmlEngine engine;
    ExhibitModule::prepare(&engine); // for the attached Keypad
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Exhibit\nItem {\n" + qml + "\n}", QUrl());
    QQuickWindow window;
    window.resize((QSizeF(size) * scale).toSize());
    std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem *>(component.create()));
    if (!root) {
        qWarning() << component.errors();
        return { { QStringLiteral("(scene did not load)") } };
    }
    root->setParentItem(window.contentItem());
    root->setSize(size);
    root->setTransformOrigin(QQuickItem::TopLeft);
    root->setScale(scale);
    window.show();
    QCoreApplication::processEvents();
    return check(root.get());
}

// The same, described ("body "The war…" overflows by 240 px").
inline QStringList findingsInScene(const QByteArray &qml, const QSize &size,
                                   const std::function<QList<PreviewFinding>(QQuickItem *)> &check,
                                   qreal scale = 1)
{
    QStringList described;
    for (const PreviewFinding &finding : findingsOnScreen(qml, size, check, scale))
        described.append(finding.describe());
    return described;
}
