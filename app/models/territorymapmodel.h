#pragma once

#include "content/territorymap.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

/** The territory map in the current language, ready to draw: one row per
 *  year with the states' areas, and the rivers, cities and coast. Longitude
 *  and latitude are projected (equirectangular, true to scale at the map's
 *  middle latitude) into map units: x from 0 to aspectRatio, y from 0 (north)
 *  to 1 (south), so QML scales one number to fit any screen. */
class TerritoryMapModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qreal aspectRatio READ aspectRatio NOTIFY contentChanged)
    // For a scale bar: one map unit (the map's height) in kilometres.
    Q_PROPERTY(qreal kilometresPerUnit READ kilometresPerUnit NOTIFY contentChanged)
    // Every feature: {featureId, kind, name, note, anchor, points, labelAt, fromYear, toYear}.
    Q_PROPERTY(QVariantList features READ features NOTIFY contentChanged)
    // The states in drawing order: {stateId, name, colour, hatched}.
    Q_PROPERTY(QVariantList states READ states NOTIFY contentChanged)

public:
    enum Role {
        YearRole = Qt::UserRole + 1,
        TitleRole,
        CaptionRole,
        RegionsRole, // [{stateId, name, colour, hatched, points, label, hasLabel}]
    };
    Q_ENUM(Role)

    explicit TerritoryMapModel(QObject *parent = nullptr);

    void setContent(const TerritoryMap &map);
    void setLanguage(const QString &language);

    [[nodiscard]] qreal aspectRatio() const;
    [[nodiscard]] qreal kilometresPerUnit() const;
    [[nodiscard]] QVariantList features() const;
    [[nodiscard]] QVariantList states() const;
    // Where a longitude and latitude fall, in map units.
    [[nodiscard]] Q_INVOKABLE QPointF project(QPointF lonLat) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void contentChanged();

private:
    [[nodiscard]] QVariantList projected(const GeoPoints &points) const;
    [[nodiscard]] QVariantList regions(const MapYear &year) const;

    TerritoryMap m_map;
    QString m_language;
};
