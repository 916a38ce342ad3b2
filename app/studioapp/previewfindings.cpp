#include "studioapp/previewfindings.h"

#include <QStringList>

void PreviewFindings::setFindings(const QList<PreviewFinding> &findings)
{
    const auto same = [](const PreviewFinding &a, const PreviewFinding &b) {
        return a.describe() == b.describe() && a.area == b.area;
    };
    if (std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(), m_findings.cend(),
                   same))
        return;
    const bool countChanges = findings.size() != m_findings.size();
    beginResetModel();
    m_findings = findings;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT findingsChanged();
}

QString PreviewFindings::spoken() const
{
    QStringList messages;
    for (const PreviewFinding &finding : m_findings)
        messages << finding.describe();
    return messages.join(QLatin1String("; "));
}

int PreviewFindings::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant PreviewFindings::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewFinding &finding = m_findings.at(index.row());
    switch (role) {
    case MessageRole:
        return finding.describe();
    case AreaRole:
        return finding.area;
    default:
        return {};
    }
}

QHash<int, QByteArray> PreviewFindings::roleNames() const
{
    return { { MessageRole, "message" }, { AreaRole, "area" } };
}
