#pragma once

#include <QNetworkAccessManager>

#include <functional>

/** The QML engine's network access: files and Qt resources only. Anything
 *  else (http:, ftp:, data: …) is answered at once with an error and never
 *  leaves the process, so no text, image or font a database names can reach
 *  the network, even if a Text somewhere renders markup after all. */
class LocalOnlyNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    // `refused` is told each refused address (the factory logs each once).
    LocalOnlyNetworkAccessManager(std::function<void(const QUrl &)> refused,
                                  QObject *parent = nullptr);

    [[nodiscard]] static bool isLocal(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    std::function<void(const QUrl &)> m_refused;
};
