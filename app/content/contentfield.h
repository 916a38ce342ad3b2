#pragma once

#include <QString>

#include <functional>

/** One field of the exhibit as exhibit-curator get/set see it: read as text,
 *  and written from text in the field's own form. */
struct ContentField
{
    std::function<QString()> get;
    // Changes the field; false with *error when the value is not of its form.
    std::function<bool(const QString &value, QString *error)> set;

    // A plain text field held in `member`.
    [[nodiscard]] static ContentField text(QString &member)
    {
        return { [&member] { return member; },
                 [&member](const QString &value, QString *) {
                     member = value;
                     return true;
                 } };
    }
};
