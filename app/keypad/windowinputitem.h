#pragma once

#include <QQuickItem>

/** An item over the whole kiosk that sees the window's input before any
 *  item does (its eventFilter() is installed on the window it is shown in,
 *  and moves with it): the keypad's navigator and the screen reader. */
class WindowInputItem : public QQuickItem
{
    Q_OBJECT

public:
    explicit WindowInputItem(QQuickItem *parent = nullptr);

protected:
    void itemChange(ItemChange change, const ItemChangeData &data) override;
};
