#include "studio/fieldchange.h"

#include "content/contentfields.h"

#include <QSet>

namespace {

QString valueOf(const ExhibitDocument &document, const QString &path)
{
    QString value;
    QString ignored;
    ContentFields::get(document, path, &value, &ignored);
    return value;
}

// Paragraph breaks and line breaks as the page shows them.
QString asHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QList<FieldChange> FieldChange::between(const ExhibitDocument &live, const ExhibitDocument &edited)
{
    const QStringList editedPaths = ContentFields::paths(edited);
    const QSet<QString> inEdited(editedPaths.cbegin(), editedPaths.cend());
    QList<FieldChange> changes;
    for (const QString &path : editedPaths) {
        FieldChange change { path, valueOf(live, path), valueOf(edited, path) };
        if (change.before != change.after)
            changes.append(std::move(change));
    }
    for (const QString &path : ContentFields::paths(live)) {
        if (inEdited.contains(path))
            continue;
        FieldChange change { path, valueOf(live, path), QString() };
        if (!change.before.isEmpty())
            changes.append(std::move(change));
    }
    return changes;
}

QByteArray FieldChange::html(const QList<FieldChange> &changes, const QString &title)
{
    QString page
        = QStringLiteral(
              "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
              "<title>%1</title><style>"
              "body{font-family:'Noto Serif','Noto Serif CJK SC',serif;margin:2em}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #bbb;padding:.4em;vertical-align:top;text-align:left}"
              "td.before{background:#fbeaea}td.after{background:#eaf6ea}"
              "code{font-size:.9em}</style></head><body>\n<h1>%1</h1>\n")
              .arg(title.toHtmlEscaped());
    if (changes.isEmpty()) {
        page += QStringLiteral("<p>No field differs from the live exhibit.</p>\n");
    } else {
        page += QStringLiteral("<p>%1 fields differ from the live exhibit.</p>\n"
                               "<table><tr><th>Field</th><th>Live</th><th>New</th></tr>\n")
                    .arg(changes.size());
        for (const FieldChange &change : changes)
            page += QStringLiteral("<tr><td><code>%1</code></td><td class=\"before\">%2</td>"
                                   "<td class=\"after\">%3</td></tr>\n")
                        .arg(change.path.toHtmlEscaped(), asHtml(change.before),
                             asHtml(change.after));
        page += QStringLiteral("</table>\n");
    }
    page += QStringLiteral("</body></html>\n");
    return page.toUtf8();
}
