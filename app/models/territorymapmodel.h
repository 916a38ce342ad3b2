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
    // The year the visitor has on screen (set by the kiosk's wiring from
    // NavigationController), in the current language.
    Q_PROPERTY(int shownYear READ shownYear NOTIFY shownChanged)
    Q_PROPERTY(QString shownTitle READ shownTitle NOTIFY shownChanged)
    Q_PROPERTY(QString shownCaption READ shownCaption NOTIFY shownChanged)
    // The map of the shown year in words (who holds what), for visitors who cannot see it.
    Q_PROPERTY(QString shownDescription READ shownDescription NOTIFY shownChanged)
    Q_PROPERTY(QVariantList shownRegions READ shownRegions NOTIFY shownChanged)

public:
    enum Role {
        YearRole = Qt::UserRole + 1,
        TitleRole,
        CaptionRole,
        DescriptionRole, // the map in words, for the screen reader and keypad
        RegionsRole, // [{stateId, name, colour, hatched, points, label, hasLabel}]
    };
    Q_ENUM(Role)

    explicit TerritoryMapModel(QObject *parent = nullptr);

    void setContent(const TerritoryMap &map);
    void setLanguage(const QString &language);
    void setShownIndex(int row);
    [[nodiscard]] int shownYear() const { return shown(YearRole).toInt(); }
    [[nodiscard]] QString shownTitle() const { return shown(TitleRole).toString(); }
    [[nodiscard]] QString shownCaption() const { return shown(CaptionRole).toString(); }
    [[nodiscard]] QString shownDescription() const { return shown(DescriptionRole).toString(); }
    [[nodiscard]] QVariantList shownRegions() const { return shown(RegionsRole).toList(); }

    [[nodiscard]] qreal aspectRatio() const;
    [[nodiscard]] qreal kilometresPerUnit() const;
    [[nodiscard]] QVariantList features() const;
    [[nodiscard]] QVariantList states() const;
    // Whether features[feature] is on the map in `year` (its fromYear–toYear;
    // 0 leaves that end open).
    [[nodiscard]] Q_INVOKABLE bool featureShown(int feature, int year) const;
    // Where a longitude and latitude fall, in map units.
    [[nodiscard]] Q_INVOKABLE QPointF project(QPointF lonLat) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void contentChanged();
    void shownChanged();

private:
    [[nodiscard]] QVariantList projected(const GeoPoints &points) const;
    [[nodiscard]] QVariantList regions(const MapYear &year) const;
    [[nodiscard]] QVariant shown(int role) const { return index(m_shown).data(role); }

    TerritoryMap m_map;
    QString m_language;
    int m_shown = 0;
};
