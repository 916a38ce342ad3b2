#include "keypad/windowinputitem.h"

#include <QQuickWindow>

WindowInputItem::WindowInputItem(QQuickItem *parent)
    : QQuickItem(parent)
{ }

void WindowInputItem::itemChange(ItemChange change, const ItemChangeData &data)
{
    if (change == ItemSceneChange) {
        if (QQuickWindow *old = window())
            old->removeEventFilter(this);
        if (data.window)
            data.window->installEventFilter(this);
    }
    QQuickItem::itemChange(change, data);
}
