#include "content/textfingerprint.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace TextFingerprint {

QString of(const QString &text)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isFingerprint(const QString &value)
{
    static const QRegularExpression form(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return form.match(value).hasMatch();
}

} // namespace TextFingerprint
