#include "controllers/scriptfonts.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>

namespace {

struct ScriptFont
{
    QLocale::Script script;
    QFontDatabase::WritingSystem writingSystem;
    const char *preferred; // empty: "Noto Serif <script>"
};

// The scripts a museum's visitors read, with the writing system Qt's font
// database files their fonts under.
constexpr ScriptFont scriptFonts[] = {
    { QLocale::LatinScript, QFontDatabase::Latin, "Noto Serif" },
    { QLocale::GreekScript, QFontDatabase::Greek, "Noto Serif" },
    { QLocale::CyrillicScript, QFontDatabase::Cyrillic, "Noto Serif" },
    { QLocale::SimplifiedHanScript, QFontDatabase::SimplifiedChinese, "Noto Serif CJK SC" },
    { QLocale::TraditionalHanScript, QFontDatabase::TraditionalChinese, "Noto Serif CJK TC" },
    { QLocale::JapaneseScript, QFontDatabase::Japanese, "Noto Serif CJK JP" },
    { QLocale::KoreanScript, QFontDatabase::Korean, "Noto Serif CJK KR" },
    { QLocale::ArabicScript, QFontDatabase::Arabic, "Noto Naskh Arabic" },
    { QLocale::HebrewScript, QFontDatabase::Hebrew, "" },
    { QLocale::ArmenianScript, QFontDatabase::Armenian, "" },
    { QLocale::GeorgianScript, QFontDatabase::Georgian, "" },
    { QLocale::DevanagariScript, QFontDatabase::Devanagari, "" },
    { QLocale::BengaliScript, QFontDatabase::Bengali, "" },
    { QLocale::GurmukhiScript, QFontDatabase::Gurmukhi, "" },
    { QLocale::GujaratiScript, QFontDatabase::Gujarati, "" },
    { QLocale::OriyaScript, QFontDatabase::Oriya, "" },
    { QLocale::TamilScript, QFontDatabase::Tamil, "" },
    { QLocale::TeluguScript, QFontDatabase::Telugu, "" },
    { QLocale::KannadaScript, QFontDatabase::Kannada, "" },
    { QLocale::MalayalamScript, QFontDatabase::Malayalam, "" },
    { QLocale::SinhalaScript, QFontDatabase::Sinhala, "" },
    { QLocale::ThaiScript, QFontDatabase::Thai, "" },
    { QLocale::LaoScript, QFontDatabase::Lao, "" },
    { QLocale::TibetanScript, QFontDatabase::Tibetan, "" },
    { QLocale::MyanmarScript, QFontDatabase::Myanmar, "" },
    { QLocale::KhmerScript, QFontDatabase::Khmer, "" },
};

QLocale::Script scriptOf(const QString &language)
{
    const QLocale::Script script = QLocale(language).script();
    // A code the locale data does not know (a pseudo-locale such as en-XA)
    // is read by its language alone.
    if (script != QLocale::AnyScript)
        return script;
    return QLocale(language.section(QLatin1Char('-'), 0, 0)).script();
}

const ScriptFont *fontFor(QLocale::Script script)
{
    for (const ScriptFont &font : scriptFonts) {
        if (font.script == script)
            return &font;
    }
    return nullptr;
}

QString findSerif(const QString &language)
{
    const QLocale::Script script = scriptOf(language);
    const ScriptFont *font = fontFor(script);
    // A script the table above does not know, or no fonts to ask (a command
    // line tool): Qt's own fallback sets it.
    if (!font || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QString::fromLatin1(ScriptFonts::latinSerif);
    const QStringList covering = QFontDatabase::families(font->writingSystem);
    const QString preferred = *font->preferred
        ? QString::fromLatin1(font->preferred)
        : QStringLiteral("Noto Serif ") + QLocale::scriptToString(script);
    if (covering.contains(preferred))
        return preferred;
    for (const QString &family : covering) {
        if (family.contains(QLatin1String("Serif")))
            return family;
    }
    return covering.value(0);
}

} // namespace

namespace ScriptFonts {

QString serifFor(const QString &language)
{
    // Asked by every text's binding, from the GUI thread; fonts do not change
    // while the kiosk runs.
    static QHash<QString, QString> found;
    const auto known = found.constFind(language);
    if (known != found.constEnd())
        return *known;
    return *found.insert(language, findSerif(language));
}

bool isCjk(const QString &language)
{
    switch (scriptOf(language)) {
    case QLocale::SimplifiedHanScript:
    case QLocale::TraditionalHanScript:
    case QLocale::HanScript:
    case QLocale::JapaneseScript:
    case QLocale::KoreanScript:
        return true;
    default:
        return false;
    }
}

QString scriptName(const QString &language) { return QLocale::scriptToString(scriptOf(language)); }

} // namespace ScriptFonts
