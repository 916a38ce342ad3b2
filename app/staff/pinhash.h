#pragma once

#include <QByteArray>
#include <QString>

/** The staff PIN as kiosk.ini stores it: never the PIN itself, only a salted
 *  PBKDF2-HMAC-SHA256 hash, written as
 *      pbkdf2-sha256$ITERATIONS$SALT$HASH      (salt and hash in base64)
 *  the same shape Django and passlib use, so a technician can recognise it
 *  and any PBKDF2 tool can check it. */
namespace PinHash {

// About 0.1 s on a small kiosk PC: slow for a guesser, unnoticeable at the pad.
inline constexpr int defaultIterations = 100000;
inline constexpr int minimumDigits = 4;
inline constexpr int maximumDigits = 12;

// Empty when the PIN is acceptable, else why not ("use 4 to 12 digits").
[[nodiscard]] QString pinProblem(const QString &pin);

// A fresh random salt each time, so equal PINs give different lines.
[[nodiscard]] QString hash(const QString &pin, int iterations = defaultIterations);
[[nodiscard]] QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);

// Empty when the text is a hash this kiosk can check, else what is wrong.
[[nodiscard]] QString formatProblem(const QString &encoded);

// True when pin is the one encoded; compares in constant time.
[[nodiscard]] bool verify(const QString &pin, const QString &encoded);

} // namespace PinHash
