#pragma once

#include <QMutex>
#include <QQmlNetworkAccessManagerFactory>
#include <QSet>
#include <QUrl>

/** Gives each QML engine thread (the engine's, the image loader's) a
 *  LocalOnlyNetworkAccessManager, and logs each refused address once: a
 *  database with a thousand remote images must not flood the journal. */
class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    [[nodiscard]] int refusedCount() const;

private:
    void refuse(const QUrl &url);

    mutable QMutex m_mutex; // create() is called from several threads
    QSet<QUrl> m_refused;
};
