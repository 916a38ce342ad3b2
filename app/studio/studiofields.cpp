#include "studio/studiofields.h"

#include "content/contentfields.h"
#include "studio/studiodocument.h"

namespace {

// The texts a visitor reads as paragraphs, edited in a larger box.
bool isMultiline(const QString &key)
{
    static const QStringList keys {
        QStringLiteral("body"),         QStringLiteral("text"),
        QStringLiteral("biography"),    QStringLiteral("caption"),
        QStringLiteral("description"),  QStringLiteral("portraitDescription"),
        QStringLiteral("imageCaption"), QStringLiteral("imageDescription"),
        QStringLiteral("inBrief")
    };
    return keys.contains(key);
}

// A body's paragraphs are limited one by one: what is left of the longest.
int remainingOf(const QString &value, int limit)
{
    if (limit <= 0)
        return 0;
    qsizetype longest = 0;
    for (const QString &paragraph : value.split(QStringLiteral("\n\n")))
        longest = std::max(longest, paragraph.trimmed().size());
    return limit - int(longest);
}

} // namespace

StudioFields::StudioFields(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &StudioDocument::fieldChanged, this, &StudioFields::refresh);
    connect(document, &StudioDocument::problemsChanged, this, &StudioFields::refresh);
    connect(document, &StudioDocument::opened, this, [this] {
        beginResetModel();
        m_rows = rowsOf(m_item);
        endResetModel();
        Q_EMIT itemChanged();
    });
}

void StudioFields::setItem(const QString &item)
{
    if (item == m_item)
        return;
    beginResetModel();
    m_item = item;
    m_rows = rowsOf(item);
    endResetModel();
    Q_EMIT itemChanged();
}

QStringList StudioFields::languages() const { return m_document->exhibit().languages; }

QList<StudioFields::Row> StudioFields::rowsOf(const QString &item) const
{
    if (item.isEmpty())
        return {};
    const ExhibitDocument &exhibit = m_document->exhibit();
    const QStringList &languages = exhibit.languages;
    const QHash<QString, int> &limits = m_document->textLimits();
    QHash<QString, QString> problems;
    // A warning (a narration out of date) under its field too, unless a problem is there.
    for (const ContentProblem &problem : m_document->warnings() + m_document->problems())
        problems.insert(problem.path, problem.message);

    const QString prefix = item + QLatin1Char('.');
    QList<Row> rows;
    QHash<QString, qsizetype> rowOfKey;
    for (const QString &path : ContentFields::paths(exhibit)) {
        // Which words a recording was made from is the studio's to keep, not the curator's to type.
        if (!path.startsWith(prefix) || path.endsWith(QLatin1String(".madeFrom")))
            continue;
        // The language is a segment of its own, wherever it stands
        // ("title.en", "narration.en.audio").
        QStringList segments = path.mid(prefix.size()).split(QLatin1Char('.'));
        qsizetype language = -1;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (languages.contains(segments.at(i)))
                language = i;
        }
        const QString languageCode = language >= 0 ? segments.takeAt(language) : QString();
        const QString key = segments.join(QLatin1Char('.'));
        if (!rowOfKey.contains(key)) {
            rowOfKey.insert(key, rows.size());
            Row row;
            row.key = key;
            row.shared = language < 0;
            const int columns = row.shared ? 1 : int(languages.size());
            for (int c = 0; c < columns; ++c) {
                row.paths.append(QString());
                row.values.append(QString());
                row.limits.append(0);
                row.remaining.append(0);
                row.problems.append(QString());
            }
            rows.append(row);
        }
        Row &row = rows[rowOfKey.value(key)];
        const qsizetype column = row.shared ? 0 : languages.indexOf(languageCode);
        const QString value = m_document->field(path);
        const int limit = limits.value(path, limits.value(path + QStringLiteral("[0]")));
        row.paths[column] = path;
        row.values[column] = value;
        row.limits[column] = limit;
        row.remaining[column] = remainingOf(value, limit);
        // A body's problems are its paragraphs': the first one found is shown.
        QString problem = problems.value(path);
        for (int p = 0; problem.isEmpty() && p < 64 && key == QLatin1String("body"); ++p)
            problem = problems.value(QStringLiteral("%1[%2]").arg(path).arg(p));
        row.problems[column] = problem;
    }
    return rows;
}

void StudioFields::refresh()
{
    QList<Row> rows = rowsOf(m_item);
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r) == m_rows.at(r))
            continue;
        m_rows[r] = rows.at(r);
        Q_EMIT dataChanged(index(int(r)), index(int(r)));
    }
}

QString StudioFields::labelOf(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("title"), QT_TR_NOOP("Title") },
        { QStringLiteral("subtitle"), QT_TR_NOOP("Subtitle") },
        { QStringLiteral("callToAction"), QT_TR_NOOP("Call to action") },
        { QStringLiteral("teaser"), QT_TR_NOOP("Teaser (on the menu)") },
        { QStringLiteral("imageCaption"), QT_TR_NOOP("Picture caption") },
        { QStringLiteral("imageDescription"), QT_TR_NOOP("Picture description") },
        { QStringLiteral("inBrief"), QT_TR_NOOP("In brief (easy read)") },
        { QStringLiteral("body"), QT_TR_NOOP("Text (paragraphs)") },
        { QStringLiteral("image"), QT_TR_NOOP("Picture") },
        { QStringLiteral("narration.audio"), QT_TR_NOOP("Narration recording") },
        { QStringLiteral("narration.captions"), QT_TR_NOOP("Narration captions") },
        { QStringLiteral("date"), QT_TR_NOOP("Date") },
        { QStringLiteral("endDate"), QT_TR_NOOP("End date") },
        { QStringLiteral("chapter"), QT_TR_NOOP("Told in chapter") },
        { QStringLiteral("era"), QT_TR_NOOP("Reign era") },
        { QStringLiteral("text"), QT_TR_NOOP("Text") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("lifespan"), QT_TR_NOOP("Lifespan") },
        { QStringLiteral("role"), QT_TR_NOOP("Role") },
        { QStringLiteral("biography"), QT_TR_NOOP("Biography") },
        { QStringLiteral("portraitDescription"), QT_TR_NOOP("Portrait description") },
        { QStringLiteral("portrait"), QT_TR_NOOP("Portrait") },
        { QStringLiteral("pinyin"), QT_TR_NOOP("Name in pinyin") },
        { QStringLiteral("chapters"), QT_TR_NOOP("Told in chapters") },
        { QStringLiteral("caption"), QT_TR_NOOP("Caption") },
        { QStringLiteral("description"), QT_TR_NOOP("The map in words") },
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? key : tr(*found);
}

int StudioFields::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StudioFields::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return labelOf(row.key);
    case KeyRole:
        return row.key;
    case SharedRole:
        return row.shared;
    case MultilineRole:
        return isMultiline(row.key);
    case PathsRole:
        return row.paths;
    case ValuesRole:
        return row.values;
    case LimitsRole:
        return QVariant::fromValue(row.limits);
    case RemainingRole:
        return QVariant::fromValue(row.remaining);
    case ProblemsRole:
        return row.problems;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioFields::roleNames() const
{
    return { { KeyRole, "key" },          { LabelRole, "label" },
             { SharedRole, "shared" },    { MultilineRole, "multiline" },
             { PathsRole, "paths" },      { ValuesRole, "values" },
             { LimitsRole, "limits" },    { RemainingRole, "remaining" },
             { ProblemsRole, "problems" } };
}
