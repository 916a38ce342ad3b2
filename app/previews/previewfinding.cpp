#include "previews/previewfinding.h"

#include <QQuickItem>

QString PreviewFinding::nameOf(const QQuickItem *item, const QString &words)
{
    QString name;
    for (const QQuickItem *named = item; named && name.isEmpty(); named = named->parentItem())
        name = named->objectName();
    QString shown = words.simplified();
    if (shown.size() > 32)
        shown = shown.left(30) + QStringLiteral("…");
    return name.isEmpty() ? QStringLiteral("\"%1\"").arg(shown)
                          : QStringLiteral("%1 \"%2\"").arg(name, shown);
}
