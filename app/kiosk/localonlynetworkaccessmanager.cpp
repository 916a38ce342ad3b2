#include "kiosk/localonlynetworkaccessmanager.h"

#include <QNetworkRequest>

LocalOnlyNetworkAccessManager::LocalOnlyNetworkAccessManager(
    std::function<void(const QUrl &)> refused, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_refused(std::move(refused))
{ }

bool LocalOnlyNetworkAccessManager::isLocal(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("file") || scheme == QLatin1String("qrc");
}

QNetworkReply *LocalOnlyNetworkAccessManager::createRequest(Operation operation,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    if (isLocal(request.url()))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    m_refused(request.url());
    // An address with no scheme is answered by Qt itself with "protocol unknown",
    // without a socket, a lookup or a thread.
    QNetworkRequest refused(request);
    refused.setUrl(QUrl());
    return QNetworkAccessManager::createRequest(operation, refused, nullptr);
}
