#pragma once

#include <QByteArray>
#include <QString>

/** The staff PIN as kiosk.ini stores it: never the PIN itself, only a salted
 *  PBKDF2-HMAC-SHA256 hash, written as
 *      pbkdf2-sha256$i=ITERATIONS,d=6$SALT$HASH      (salt and hash in base64)
 *  the shape Django and passlib use (parameters as in their argon2 lines),
 *  so a technician can recognise it and any PBKDF2 tool can check it. d is
 *  the fewest digits the PIN could have when it was made: hashes from
 *  before PINs needed 6 digits (pbkdf2-sha256$ITERATIONS$SALT$HASH) still
 *  work, and `--check-config` asks for a new one. */
namespace PinHash {

// About 0.1 s on a small kiosk PC: slow for a guesser, unnoticeable at the pad.
inline constexpr int defaultIterations = 100000;
// A 4-digit PIN falls to 10,000 guesses; 6 digits need a million, which
// the pad's lockouts make years of trying.
inline constexpr int minimumDigits = 6;
inline constexpr int legacyMinimumDigits = 4; // what hashes without d= allowed
inline constexpr int maximumDigits = 12;

// Empty when the PIN is acceptable for a new hash, else why not.
[[nodiscard]] QString pinProblem(const QString &pin);

// A fresh random salt each time, so equal PINs give different lines.
[[nodiscard]] QString hash(const QString &pin, int iterations = defaultIterations);
[[nodiscard]] QString hashWithSalt(const QString &pin, const QByteArray &salt, int iterations);

// Empty when the text is a hash this kiosk can check, else what is wrong.
[[nodiscard]] QString formatProblem(const QString &encoded);
// Empty for a hash made under today's rule; else why to make a new one
// (it keeps working).
[[nodiscard]] QString weaknessOf(const QString &encoded);

// True when pin is the one encoded; compares in constant time.
[[nodiscard]] bool verify(const QString &pin, const QString &encoded);

} // namespace PinHash
