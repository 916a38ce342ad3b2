#include "kiosk/localonlynetworkfactory.h"

#include "kiosk/localonlynetworkaccessmanager.h"
#include "kiosk/logging.h"

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    return new LocalOnlyNetworkAccessManager([this](const QUrl &url) { refuse(url); }, parent);
}

int LocalOnlyNetworkFactory::refusedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_refused.size());
}

void LocalOnlyNetworkFactory::refuse(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    if (m_refused.contains(url))
        return;
    m_refused.insert(url);
    qCWarning(lcKiosk).noquote() << "refused to fetch" << url.toDisplayString()
                                 << "for the interface: the kiosk shows local files only";
}
