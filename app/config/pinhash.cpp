#include "config/pinhash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

namespace PinHash {

namespace {

const QLatin1String scheme("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

struct Parts
{
    int iterations = 0;
    int minimumDigits = legacyMinimumDigits;
    QByteArray salt;
    QByteArray hash;
};

// Returns false with *problem set when encoded is not a hash we can check.
bool split(const QString &encoded, Parts *parts, QString *problem)
{
    const QStringList fields = encoded.trimmed().split(QLatin1Char('$'));
    if (fields.size() != 4 || fields.at(0) != scheme) {
        *problem = QStringLiteral(
            "not a PIN hash (expected pbkdf2-sha256$i=ITERATIONS,d=DIGITS$SALT$HASH; "
            "make one with exhibit-kiosk --hash-pin)");
        return false;
    }
    bool ok = false;
    // "i=100000,d=6", or a bare iteration count from before d= existed.
    static const QRegularExpression parameters(QStringLiteral("^i=([0-9]{1,9}),d=([0-9]{1,2})$"));
    if (const auto match = parameters.match(fields.at(1)); match.hasMatch()) {
        parts->iterations = match.captured(1).toInt(&ok);
        parts->minimumDigits = match.captured(2).toInt();
        if (parts->minimumDigits < legacyMinimumDigits || parts->minimumDigits > maximumDigits) {
            *problem = QStringLiteral("d=%1 is not a number of digits from %2 to %3")
                           .arg(match.captured(2))
                           .arg(legacyMinimumDigits)
                           .arg(maximumDigits);
            return false;
        }
    } else {
        parts->iterations = fields.at(1).toInt(&ok);
    }
    if (!ok || parts->iterations < 1000 || parts->iterations > 10000000) {
        *problem = QStringLiteral("iteration count '%1' is not between 1000 and 10000000")
                       .arg(fields.at(1));
        return false;
    }
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto salt = decode(fields.at(2));
    const auto hash = decode(fields.at(3));
    if (!salt || (*salt).size() < 8) {
        *problem = QStringLiteral("the salt is not base64 of at least 8 bytes");
        return false;
    }
    if (!hash || (*hash).size() != hashBytes) {
        *problem = QStringLiteral("the hash is not base64 of %1 bytes").arg(hashBytes);
        return false;
    }
    parts->salt = *salt;
    parts->hash = *hash;
    return true;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, hashBytes);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString pinProblem(const QString &pin)
{
    static const QRegularExpression digits(
        QStringLiteral("^[0-9]{%1,%2}$").arg(minimumDigits).arg(maximumDigits));
    if (digits.match(pin).hasMatch())
        return {};
    return QStringLiteral("a PIN is %1 to %2 digits (the pad has only digits)")
        .arg(minimumDigits)
        .arg(maximumDigits);
}

QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations)
{
    return QStringList { scheme, QStringLiteral("i=%1,d=%2").arg(iterations).arg(minimumDigits),
                         QString::fromLatin1(salt.toBase64()),
                         QString::fromLatin1(derive(pin, salt, iterations).toBase64()) }
        .join(QLatin1Char('$'));
}

QString hash(const QString &pin, int iterations)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / sizeof(quint32));
    return hashWithSalt(pin, salt, iterations);
}

QString formatProblem(const QString &encoded)
{
    Parts parts;
    QString problem;
    split(encoded, &parts, &problem);
    return problem;
}

QString weaknessOf(const QString &encoded)
{
    Parts parts;
    QString problem;
    if (!split(encoded, &parts, &problem) || parts.minimumDigits >= minimumDigits)
        return {};
    return QStringLiteral("the staff PIN was made when %1-digit PINs were allowed; it keeps "
                          "working, but make one of "
                          "%2 to %3 digits with exhibit-kiosk --hash-pin")
        .arg(legacyMinimumDigits)
        .arg(minimumDigits)
        .arg(maximumDigits);
}

bool verify(const QString &pin, const QString &encoded)
{
    Parts parts;
    QString problem;
    if (!split(encoded, &parts, &problem))
        return false;
    return equalInConstantTime(derive(pin, parts.salt, parts.iterations), parts.hash);
}

} // namespace PinHash
