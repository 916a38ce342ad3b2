#include "media/captiontrack.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString plainCueText(const QStringList &lines)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = lines.join(QLatin1Char('\n'));
    text.remove(tag); // <v Speaker>, <i>, <c.class>, <00:00:01.000> …
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&nbsp;"), QString(QChar(0x00A0)))
        .replace(QLatin1String("&lrm;"), QString(QChar(0x200E)))
        .replace(QLatin1String("&rlm;"), QString(QChar(0x200F)))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.trimmed();
}

} // namespace

qint64 CaptionTrack::parseTimestamp(QStringView text)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return NotATimestamp;
    qint64 hours = 0;
    if (!match.capturedView(1).isEmpty()) {
        // WebVTT allows any number of hour digits; only too many fail to convert.
        bool ok = false;
        hours = match.capturedView(1).toLongLong(&ok);
        if (!ok || hours > MaxHours)
            return TooManyHours;
    }
    return ((hours * 60 + match.capturedView(2).toInt()) * 60 + match.capturedView(3).toInt())
        * 1000
        + match.capturedView(4).toInt();
}

CaptionTrack CaptionTrack::load(const QString &fileName)
{
    CaptionTrack track;
    QFile file(fileName);
    // Opening a FIFO would wait for a writer, and /dev/zero never ends.
    if (const QFileInfo info(fileName); info.exists() && !info.isFile())
        track.m_warnings.append(
            QStringLiteral("%1: cannot read the captions: not a regular file").arg(fileName));
    else if (!file.open(QIODevice::ReadOnly))
        track.m_warnings.append(
            QStringLiteral("%1: cannot read the captions: %2").arg(fileName, file.errorString()));
    else if (file.size() > MaxFileSize)
        track.m_warnings.append(
            QStringLiteral("%1: %2 KB is too large for captions (at most %3 KB)")
                .arg(fileName)
                .arg(file.size() / 1024)
                .arg(MaxFileSize / 1024));
    else
        return parse(file.read(MaxFileSize), fileName);
    return track;
}

CaptionTrack CaptionTrack::parse(const QByteArray &data, const QString &fileName)
{
    CaptionTrack track;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = text.split(QLatin1Char('\n'));

    const QString first = lines.value(0);
    if (!first.startsWith(QLatin1String("WEBVTT"))
        || (first.size() > 6 && first.at(6) != QLatin1Char(' ')
            && first.at(6) != QLatin1Char('\t'))) {
        track.m_warnings.append(
            QStringLiteral("%1:1: not a WebVTT file (the first line must be \"WEBVTT\")")
                .arg(fileName));
        return track;
    }
    int unlisted = 0;
    const auto warn = [&](int line, const QString &problem) {
        if (track.m_warnings.size() < MaxWarnings)
            track.m_warnings.append(
                QStringLiteral("%1:%2: %3; cue skipped").arg(fileName).arg(line + 1).arg(problem));
        else
            ++unlisted;
    };

    int i = 1;
    while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) // rest of the header block
        ++i;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const int blockStart = i;
        QStringList block;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty())
            block.append(lines.at(i++));

        const QString head = block.first();
        if (head.startsWith(QLatin1String("NOTE")) || head.startsWith(QLatin1String("STYLE"))
            || head.startsWith(QLatin1String("REGION")))
            continue;

        // An optional cue identifier comes before the timing line.
        const int timingIndex = head.contains(QLatin1String("-->")) ? 0 : 1;
        const QString timing = block.value(timingIndex);
        if (!timing.contains(QLatin1String("-->"))) {
            warn(blockStart + timingIndex, QStringLiteral("no \"start --> end\" timing line"));
            continue;
        }
        const int arrow = timing.indexOf(QLatin1String("-->"));
        const QString startText = timing.left(arrow).trimmed();
        // Cue settings (line:90% align:start …) follow the end time; they are ignored.
        const QString endText = timing.mid(arrow + 3).trimmed().section(
            QRegularExpression(QStringLiteral("\\s+")), 0, 0);
        const qint64 start = parseTimestamp(startText);
        const qint64 end = parseTimestamp(endText);
        if (start < 0 || end < 0) {
            const qint64 problem = start < 0 ? start : end;
            const QString &stamp = start < 0 ? startText : endText;
            warn(blockStart + timingIndex,
                 problem == TooManyHours
                     ? QStringLiteral("'%1' is more than %2 hours")
                           .arg(stamp, QLocale(QLocale::English).toString(MaxHours))
                     : QStringLiteral("'%1' is not a timestamp like 00:01:02.345 or 01:02.345")
                           .arg(stamp));
            continue;
        }
        if (end <= start) {
            warn(blockStart + timingIndex,
                 QStringLiteral("the cue ends (%1) before it starts (%2)").arg(endText, startText));
            continue;
        }
        const QString cueText = plainCueText(block.mid(timingIndex + 1));
        if (cueText.isEmpty()) {
            warn(blockStart + timingIndex, QStringLiteral("the cue has no text"));
            continue;
        }
        track.m_cues.append({ start, end, cueText });
    }
    if (unlisted > 0)
        track.m_warnings.append(
            QStringLiteral("%1: %2 more cues skipped").arg(fileName).arg(unlisted));
    std::stable_sort(
        track.m_cues.begin(), track.m_cues.end(),
        [](const CaptionCue &a, const CaptionCue &b) { return a.startMs < b.startMs; });
    return track;
}

namespace {

// Where to cut `text` (at most `limit` characters) for its first part: after
// the last clause mark within the limit past its middle, else at the last
// space, else at the limit.
qsizetype cutPoint(QStringView text, qsizetype limit)
{
    static const QString clauseMarks
        = QStringLiteral(",;:.!?\u2014\uFF0C\u3001\uFF1B\uFF1A\u3002\uFF01\uFF1F");
    for (qsizetype i = limit - 1; i >= limit / 2; --i) {
        // A Latin mark ends a clause only before a space ("250,000" is one number).
        const bool wide = text.at(i).unicode() > 0x2000;
        if (clauseMarks.contains(text.at(i)) && (wide || text.at(i + 1).isSpace()))
            return i + 1;
    }
    for (qsizetype i = limit; i > 0; --i) {
        if (text.at(i).isSpace())
            return i;
    }
    return limit;
}

} // namespace

CaptionTrack CaptionTrack::inReadableParts(int maxCharacters, int maxCjkCharacters) const
{
    CaptionTrack parts;
    parts.m_warnings = m_warnings;
    for (const CaptionCue &cue : m_cues) {
        const QString text = QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const qsizetype limit = text.contains(QLatin1Char(' ')) ? maxCharacters : maxCjkCharacters;
        if (text.size() <= limit) {
            parts.m_cues.append(cue);
            continue;
        }
        // Parts of about equal length, each within the limit.
        const qsizetype count = (text.size() + limit - 1) / limit;
        const qsizetype target = std::min<qsizetype>(limit, (text.size() + count - 1) / count + 8);
        QStringView rest(text);
        qint64 start = cue.startMs;
        const qint64 duration = cue.endMs - cue.startMs;
        qsizetype done = 0;
        while (!rest.isEmpty()) {
            const qsizetype cut = rest.size() <= limit ? rest.size() : cutPoint(rest, target);
            const QString part = rest.left(cut).trimmed().toString();
            done += cut;
            rest = rest.mid(cut).trimmed();
            const qint64 end
                = rest.isEmpty() ? cue.endMs : cue.startMs + duration * done / text.size();
            if (!part.isEmpty())
                parts.m_cues.append({ start, end, part });
            start = end;
        }
    }
    return parts;
}

int CaptionTrack::cueIndexAt(qint64 positionMs) const
{
    // The last cue starting at or before the position, if it has not ended yet.
    const auto after = std::upper_bound(
        m_cues.begin(), m_cues.end(), positionMs,
        [](qint64 position, const CaptionCue &cue) { return position < cue.startMs; });
    if (after == m_cues.begin())
        return -1;
    const int index = int(std::distance(m_cues.begin(), after)) - 1;
    return positionMs < m_cues.at(index).endMs ? index : -1;
}
