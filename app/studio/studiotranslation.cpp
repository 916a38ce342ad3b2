#include "studio/studiotranslation.h"

#include "content/contentfields.h"
#include "studio/studiodocument.h"
#include "translation/translationimport.h"
#include "translation/translationunits.h"
#include "translation/xliffreader.h"
#include "translation/xliffwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
// Listing reads every text of the language: once typing pauses, not at each key.
constexpr int refreshDelayMs = 200;
} // namespace

StudioTranslation::StudioTranslation(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StudioTranslation::refresh);
    connect(document, &StudioDocument::fieldChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(document, &StudioDocument::opened, this, [this] {
        Q_EMIT languagesChanged();
        if (!languages().contains(m_language))
            m_language = languages().value(0);
        Q_EMIT languageChanged();
        refresh();
    });
}

QStringList StudioTranslation::languages() const { return m_document->exhibit().languages.mid(1); }

QString StudioTranslation::sourceLanguage() const
{
    return m_document->exhibit().languages.value(0);
}

void StudioTranslation::setLanguage(const QString &language)
{
    if (language == m_language || !languages().contains(language))
        return;
    m_language = language;
    Q_EMIT languageChanged();
    refresh();
}

void StudioTranslation::refresh()
{
    m_refreshTimer.stop();
    QList<TranslationUnit> units;
    if (!m_language.isEmpty())
        units = TranslationUnits::units(m_document->exhibit(), sourceLanguage(), m_language);
    m_toTranslate = m_toReview = m_translated = 0;
    for (const TranslationUnit &unit : std::as_const(units)) {
        switch (unit.state) {
        case TranslationSources::State::Translated:
            ++m_translated;
            break;
        case TranslationSources::State::NeedsTranslation:
            ++m_toTranslate;
            break;
        case TranslationSources::State::NeedsReview:
            ++m_toReview;
            break;
        }
    }
    units.removeIf([](const TranslationUnit &unit) {
        return unit.state == TranslationSources::State::Translated;
    });
    beginResetModel();
    m_needingWork = std::move(units);
    endResetModel();
    Q_EMIT countsChanged();
}

bool StudioTranslation::setReport(const QString &report, bool problem)
{
    m_report = report;
    m_reportIsProblem = problem;
    Q_EMIT reportChanged();
    return !problem;
}

bool StudioTranslation::exportTo(const QString &fileName, bool needsWorkOnly)
{
    // An edit a moment ago is in the file, though the list has not caught up yet.
    if (m_refreshTimer.isActive())
        refresh();
    const QList<TranslationUnit> units = needsWorkOnly
        ? m_needingWork
        : TranslationUnits::units(m_document->exhibit(), sourceLanguage(), m_language);
    const QByteArray xliff = XliffWriter::write(units, QFileInfo(m_document->fileName()).fileName(),
                                                sourceLanguage(), m_language);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(xliff) != xliff.size() || !file.commit())
        return setReport(tr("%1 cannot be written: %2").arg(fileName, file.errorString()), true);
    return setReport(tr("Wrote %n text(s) from %1 into %2 to %3.", "", int(units.size()))
                         .arg(sourceLanguage(), m_language, fileName),
                     false);
}

bool StudioTranslation::importFrom(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return setReport(tr("%1 cannot be read: %2").arg(fileName, file.errorString()), true);
    const XliffReader::File xliff = XliffReader::read(file.readAll(), fileName);
    const TranslationImport::Result result = xliff.errors.isEmpty()
        ? TranslationImport::apply(m_document->exhibit(), xliff, fileName)
        : TranslationImport::Result { {}, {}, 0, xliff.errors };
    if (!result.errors.isEmpty())
        return setReport(tr("Nothing was imported:") + QLatin1Char('\n')
                             + result.errors.join(QLatin1Char('\n')),
                         true);
    m_document->replaceExhibit(result.document,
                               tr("Import the translation %1").arg(QFileInfo(fileName).fileName()));
    refresh();
    return setReport(tr("Imported %n translation(s) into %1 from %2", "", result.imported)
                             .arg(xliff.targetLanguage, QFileInfo(fileName).fileName())
                         + QStringLiteral("; ") + tr("%n changed.", "", int(result.changes.size())),
                     false);
}

int StudioTranslation::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_needingWork.size());
}

QVariant StudioTranslation::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TranslationUnit &unit = m_needingWork.at(index.row());
    switch (role) {
    case UnitRole:
        return unit.id;
    case PathRole: {
        QString body;
        int paragraph = 0;
        return ContentFields::paragraphOf(unit.id, &body, &paragraph) ? body : unit.id;
    }
    case StateRole:
        return TranslationUnits::stateName(unit.state);
    case SourceRole:
        return unit.source;
    case TargetRole:
        return unit.target;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioTranslation::roleNames() const
{
    return { { UnitRole, "unit" },
             { PathRole, "path" },
             { StateRole, "state" },
             { SourceRole, "source" },
             { TargetRole, "target" } };
}
