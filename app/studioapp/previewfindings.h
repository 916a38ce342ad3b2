#pragma once

#include "previews/previewfinding.h"

#include <QAbstractListModel>
#include <QList>

/** What the previews' checks found on the screen Exhibit Studio is showing,
 *  for the preview to outline in red: each finding's words and where it is
 *  (in the kiosk screen's own coordinates, whatever size it is drawn at). */
class PreviewFindings : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Every finding's words in one sentence, for a screen reader on the preview.
    Q_PROPERTY(QString spoken READ spoken NOTIFY findingsChanged)

public:
    enum Role {
        MessageRole = Qt::UserRole + 1, // "body "The war began…" overflows by 240 px"
        AreaRole, // QRectF
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setFindings(const QList<PreviewFinding> &findings);
    [[nodiscard]] const QList<PreviewFinding> &findings() const { return m_findings; }

    [[nodiscard]] QString spoken() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void findingsChanged();

private:
    QList<PreviewFinding> m_findings;
};
