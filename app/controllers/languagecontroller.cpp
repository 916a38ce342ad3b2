#include "controllers/languagecontroller.h"

#include "config/logging.h"
#include "controllers/logging.h"
#include "controllers/scriptfonts.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{ }

void LanguageController::setAvailableLanguages(const QStringList &languages,
                                               const QString &preferredDefault,
                                               const QMap<QString, QString> &names)
{
    m_languages = languages;
    m_names = names;
    m_default = languages.value(0);
    if (!preferredDefault.isEmpty()) {
        if (languages.contains(preferredDefault))
            m_default = preferredDefault;
        else
            qCWarning(lcConfig).noquote()
                << QStringLiteral("kiosk.default_language: '%1' is not one of the content's "
                                  "languages (%2); using '%3'")
                       .arg(preferredDefault, languages.join(QStringLiteral(", ")), m_default);
    }
    // Said once, as the content arrives, rather than at each visitor's switch.
    for (const QString &language : languages) {
        if (language != QLatin1String("en") && !QFile::exists(translationFile(language)))
            qCWarning(lcVisitor).noquote()
                << QStringLiteral("no interface translation for %1: its buttons and spoken "
                                  "labels stay in English")
                       .arg(language);
    }
    Q_EMIT languagesChanged();
    Q_EMIT languageIndexChanged();
    if (!m_languages.contains(m_language))
        setLanguage(m_default);
}

void LanguageController::addEngine(QQmlEngine *engine) { m_engines.append(engine); }

QString LanguageController::nextLanguage() const
{
    if (m_languages.isEmpty())
        return {};
    return m_languages.value((m_languages.indexOf(m_language) + 1) % m_languages.size());
}

void LanguageController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    if (!m_languages.contains(language)) {
        qCWarning(lcVisitor) << "ignoring a switch to language" << language
                             << "which the content does not have";
        return;
    }
    m_language = language;
    applyTranslation();
    Q_EMIT languageChanged();
    Q_EMIT languageIndexChanged();
}

void LanguageController::toggle() { setLanguage(nextLanguage()); }

void LanguageController::reset()
{
    setChooserOpen(false);
    setLanguage(m_default);
}

void LanguageController::openChooser()
{
    setChooserOpen(true);
    Q_EMIT visitRequested();
}

void LanguageController::closeChooser() { setChooserOpen(false); }

void LanguageController::choose(const QString &language)
{
    setLanguage(language);
    setChooserOpen(false);
}

void LanguageController::setChooserOpen(bool open)
{
    if (m_chooserOpen == open)
        return;
    m_chooserOpen = open;
    Q_EMIT chooserOpenChanged();
}

QString LanguageController::serifFamily(const QString &language)
{
    const QString family = ScriptFonts::serifFor(language);
    // No installed font covers it (said when the content loads): Qt's own
    // fallback is the last hope.
    return family.isEmpty() ? QString::fromLatin1(ScriptFonts::latinSerif) : family;
}

bool LanguageController::isCjk(const QString &language) { return ScriptFonts::isCjk(language); }

QString LanguageController::nativeName(const QString &language)
{
    // Written in the language itself, as visitors look for their own.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh"))
        return QStringLiteral("中文");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language.toUpper() : name;
}

void LanguageController::beginVisitIn(const QString &language)
{
    setLanguage(language);
    Q_EMIT visitRequested();
}

QStringList LanguageController::languageNames() const
{
    QStringList names;
    // Chinese, Japanese and Korean are recognised by their script, in the
    // name the content gives them (中文, 繁體中文, 日本語); the others, and a
    // name too long for a button beside the others, by their code.
    constexpr int longestLabel = 4; // characters
    const QStringList own = ownNames();
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        const QString &code = m_languages.at(i);
        names.append(ScriptFonts::isCjk(code) && own.at(i).size() <= longestLabel ? own.at(i)
                                                                                  : code.toUpper());
    }
    return names;
}

QStringList LanguageController::ownNames() const
{
    QStringList names;
    for (const QString &code : m_languages)
        names.append(m_names.value(code, nativeName(code)));
    return names;
}

QString LanguageController::translationFile(const QString &language)
{
    return QStringLiteral(":/i18n/exhibit_%1.qm").arg(language);
}

void LanguageController::applyTranslation()
{
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    // The interface is written in English; other languages have a .qm file.
    if (m_language != QLatin1String("en") && m_translator.load(translationFile(m_language)))
        m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
}
