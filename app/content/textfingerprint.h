#pragma once

#include <QString>

/** A text's fingerprint: "sha256:" and the 64 hexadecimal digits of its
 *  UTF-8 bytes. What a narration records of the words it speaks, and a
 *  translation of the source it was written from: the text itself need not
 *  be kept to tell that it changed. tools/generate-narration.py computes
 *  the same. */
namespace TextFingerprint {

[[nodiscard]] QString of(const QString &text);
[[nodiscard]] bool isFingerprint(const QString &value);

} // namespace TextFingerprint
