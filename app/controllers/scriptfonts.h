#pragma once

#include <QString>

/** The typeface each exhibit language is set in: the one that covers its
 *  script. Latin, Greek and Cyrillic are set in Noto Serif; Chinese, Japanese
 *  and Korean in the matching Noto Serif CJK; any other script in its Noto
 *  Serif (Noto Naskh for Arabic) or else any installed font that covers it.
 *  A language is known by its code ("zh", "zh-Hant", "ja", "en-XA"); its
 *  script comes from the locale data (QLocale). Needs a QGuiApplication. */
namespace ScriptFonts {

inline constexpr const char *latinSerif = "Noto Serif";

// The family for `language`, or empty when no installed font covers its script.
[[nodiscard]] QString serifFor(const QString &language);

// Written in Chinese characters, kana or hangul: set without italics, with
// wider letter spacing, and with Chinese numerals.
[[nodiscard]] bool isCjk(const QString &language);

// The script of `language` as the system names it ("Thai"), for messages.
[[nodiscard]] QString scriptName(const QString &language);

} // namespace ScriptFonts
