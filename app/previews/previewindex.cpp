#include "previews/previewindex.h"

#include <QFile>
#include <QTextStream>

namespace PreviewIndex {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

bool write(const QString &fileName, const QList<PreviewShot> &shots)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream html(&file);
    int problems = 0;
    for (const auto &shot : shots)
        problems += int(shot.problems.size());

    html << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
         << "<title>Exhibit previews</title>\n<style>\n"
         << "body { font-family: 'Noto Serif', serif; background: #f3ebdc; color: #221d18; margin: "
            "2em; }\n"
         << "h2 { margin-top: 2em; border-bottom: 2px solid #a8322b; }\n"
         << ".row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }\n"
         << "figure { margin: 0; background: #fffdf8; padding: 8px; border: 1px solid #d3c2a4; }\n"
         << "figure.bad { border: 3px solid #a8322b; }\n"
         << "figcaption { font-size: 0.85em; margin-top: 4px; }\n"
         << "img.landscape { width: 320px; } img.portrait { height: 320px; }\n"
         << ".problem { color: #a8322b; }\n</style></head><body>\n"
         << "<h1>Exhibit previews</h1>\n<p>" << shots.size() << " screens rendered. ";
    if (problems == 0) {
        html << "Every text shows whole and legible; every control is in reach, uncovered and "
                "named; every picture is described.</p>\n";
    } else {
        html << "<strong class=\"problem\">" << problems << " problems:</strong></p>\n<ul>\n";
        for (const auto &shot : shots) {
            for (const auto &finding : shot.problems)
                html << "<li class=\"problem\"><a href=\"" << shot.file << "\">"
                     << escaped(shot.title()) << "</a>: " << escaped(finding.describe())
                     << "</li>\n";
        }
        html << "</ul>\n";
    }

    // Shots come orientation by orientation; the page groups them by screen.
    QStringList screens;
    for (const auto &shot : shots) {
        if (!screens.contains(shot.screen))
            screens.append(shot.screen);
    }
    for (const QString &screen : std::as_const(screens)) {
        html << "<h2>" << escaped(screen) << "</h2>\n<div class=\"row\">\n";
        for (const auto &shot : shots) {
            if (shot.screen != screen)
                continue;
            html << "<figure" << (shot.problems.isEmpty() ? "" : " class=\"bad\"") << "><a href=\""
                 << shot.file << "\"><img class=\"" << shot.orientation << "\" src=\"" << shot.file
                 << "\" alt=\"" << escaped(shot.title()) << "\" loading=\"lazy\"></a><figcaption>"
                 << escaped(shot.language) << " · " << escaped(shot.orientation) << " · "
                 << escaped(shot.textSize) << " text";
            for (const auto &finding : shot.problems)
                html << "<br><span class=\"problem\">" << escaped(finding.describe()) << "</span>";
            html << "</figcaption></figure>\n";
        }
        html << "</div>\n";
    }
    html << "</body></html>\n";
    return file.flush();
}

} // namespace PreviewIndex
