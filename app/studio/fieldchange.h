#pragma once

#include "content/exhibitdocument.h"

#include <QList>
#include <QString>

/** One field that differs between the live exhibit and the working copy,
 *  by the field's path; an item added or removed shows as its fields going
 *  from or to nothing. */
struct FieldChange
{
    QString path;
    QString before; // live
    QString after; // working copy

    friend bool operator==(const FieldChange &a, const FieldChange &b)
    {
        return a.path == b.path && a.before == b.before && a.after == b.after;
    }

    // In the working copy's order, then what it no longer has.
    [[nodiscard]] static QList<FieldChange> between(const ExhibitDocument &live,
                                                    const ExhibitDocument &edited);
    // One page for whoever approves the change: every field, old beside new.
    [[nodiscard]] static QByteArray html(const QList<FieldChange> &changes, const QString &title);
};
