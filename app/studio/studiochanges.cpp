#include "studio/studiochanges.h"

#include "content/contentfields.h"
#include "content/contentfile.h"
#include "studio/studiodocument.h"
#include "studio/studiooutline.h"

namespace {
// Comparing reads every field of both: once typing pauses, not at each key.
constexpr int refreshDelayMs = 200;
} // namespace

StudioChanges::StudioChanges(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StudioChanges::refresh);
    connect(document, &StudioDocument::fieldChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(document, &StudioDocument::opened, this, &StudioChanges::refresh);
    setLiveFile({});
}

void StudioChanges::setLiveFile(const QString &fileName)
{
    m_liveFile = fileName;
    m_live = {};
    m_liveProblem.clear();
    if (fileName.isEmpty())
        m_liveProblem = tr("No live database is known for this working copy: choose the one "
                           "the kiosks read to compare with it.");
    else if (!ContentFile::read(fileName, &m_live, &m_liveProblem))
        m_live = {};
    Q_EMIT liveChanged();
    refresh();
}

void StudioChanges::refresh()
{
    m_refreshTimer.stop();
    QList<FieldChange> changes;
    if (m_liveProblem.isEmpty() && !m_liveFile.isEmpty())
        changes = FieldChange::between(m_live, m_document->exhibit());
    if (changes == m_changes)
        return;
    const int before = int(m_changes.size());
    beginResetModel();
    m_changes = std::move(changes);
    m_revertible.clear();
    const ExhibitDocument &edited = m_document->exhibit();
    for (const FieldChange &change : std::as_const(m_changes)) {
        QString value;
        QString ignored;
        m_revertible << (ContentFields::get(m_live, change.path, &value, &ignored)
                         && ContentFields::get(edited, change.path, &value, &ignored));
    }
    endResetModel();
    if (before != m_changes.size())
        Q_EMIT countChanged();
}

bool StudioChanges::liveValue(const QString &path, QString *value) const
{
    const qsizetype row = std::find_if(m_changes.cbegin(), m_changes.cend(),
                                       [&](const FieldChange &c) { return c.path == path; })
        - m_changes.cbegin();
    if (row >= m_changes.size() || !m_revertible.at(row))
        return false;
    *value = m_changes.at(row).before;
    return true;
}

int StudioChanges::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant StudioChanges::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldChange &change = m_changes.at(index.row());
    switch (role) {
    case PathRole:
        return change.path;
    case ItemRole:
        return StudioOutline::itemOf(change.path);
    case BeforeRole:
        return change.before;
    case AfterRole:
        return change.after;
    case RevertibleRole:
        return m_revertible.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioChanges::roleNames() const
{
    return { { PathRole, "path" },
             { ItemRole, "item" },
             { BeforeRole, "before" },
             { AfterRole, "after" },
             { RevertibleRole, "revertible" } };
}
