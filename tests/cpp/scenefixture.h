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
 *  rules: `qml` is placed inside a root Item that fills the window, and
 *  `check` reads the scene; its findings come back described. */
inline QStringList
findingsInScene(const QByteArray &qml, const QSize &size,
                const std::function<QList<PreviewFinding>(QQuickWindow *, QQuickItem *)> &check)
{
    QQmlEngine engine;
    ExhibitModule::prepare(&engine); // for the attached Keypad
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Exhibit\nItem { anchors.fill: parent\n" + qml + "\n}",
                      QUrl());
    QQuickWindow window;
    window.resize(size);
    std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem *>(component.create()));
    if (!root) {
        qWarning() << component.errors();
        return { QStringLiteral("(scene did not load)") };
    }
    root->setParentItem(window.contentItem());
    root->setSize(size);
    window.show();
    QCoreApplication::processEvents();
    QStringList described;
    for (const PreviewFinding &finding : check(&window, root.get()))
        described.append(finding.describe());
    return described;
}
