#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

/** The visitor's language. Switches every text at once: the content models
 *  follow languageChanged(), and the interface's own strings (qsTr) come from
 *  the Qt translation for that language, applied with QQmlEngine::retranslate. */
class LanguageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY languagesChanged)
    // Where `language` is in `languages` (and in their names).
    Q_PROPERTY(int languageIndex READ languageIndex NOTIFY languageIndexChanged)
    // What the language switch says for each of `languages`: "EN", "中文".
    Q_PROPERTY(QStringList languageNames READ languageNames NOTIFY languagesChanged)
    // Each of `languages` in its own name, as its speakers write it: what a
    // screen reader or the keypad says ("English", "中文", "Français").
    Q_PROPERTY(QStringList ownNames READ ownNames NOTIFY languagesChanged)
    // Two languages fit side by side as chips; three or more are chosen from
    // a list (the chooser), each in its own name.
    Q_PROPERTY(bool choosesFromList READ choosesFromList NOTIFY languagesChanged)
    Q_PROPERTY(bool chooserOpen READ chooserOpen NOTIFY chooserOpenChanged)

public:
    explicit LanguageController(QObject *parent = nullptr);

    // The content's languages and the names it gives them, and the kiosk's
    // default among them (empty or unknown: the content's first, with a
    // warning for unknown).
    void setAvailableLanguages(const QStringList &languages, const QString &preferredDefault,
                               const QMap<QString, QString> &names = {});
    void addEngine(QQmlEngine *engine);

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QStringList languages() const { return m_languages; }
    [[nodiscard]] int languageIndex() const { return int(m_languages.indexOf(m_language)); }
    [[nodiscard]] QString defaultLanguage() const { return m_default; }
    [[nodiscard]] QString nextLanguage() const;
    [[nodiscard]] QStringList languageNames() const;
    [[nodiscard]] QStringList ownNames() const;
    [[nodiscard]] bool choosesFromList() const { return m_languages.size() > 2; }
    [[nodiscard]] bool chooserOpen() const { return m_chooserOpen; }

    Q_INVOKABLE void setLanguage(const QString &language);
    Q_INVOKABLE void toggle(); // to the next language, in the content's order
    Q_INVOKABLE void reset(); // the default language, the chooser closed
    // A visitor chose a language before any visit (the attract screen): the
    // visit begins in it (the kiosk's wiring hears visitRequested).
    Q_INVOKABLE void beginVisitIn(const QString &language);
    [[nodiscard]] Q_INVOKABLE static QString nativeName(const QString &language);

    // The chooser: opening it is a visitor's first touch if none came before
    // (a visit begins: visitRequested), so the idle reset closes it.
    Q_INVOKABLE void openChooser();
    Q_INVOKABLE void closeChooser();
    Q_INVOKABLE void choose(const QString &language); // and close the chooser

    // How a language's text is set (ScriptFonts): its typeface, and whether
    // it is written in Chinese characters, kana or hangul.
    [[nodiscard]] Q_INVOKABLE static QString serifFamily(const QString &language);
    [[nodiscard]] Q_INVOKABLE static bool isCjk(const QString &language);

Q_SIGNALS:
    void visitRequested();
    void languageChanged();
    void languagesChanged();
    void chooserOpenChanged();
    void languageIndexChanged();

private:
    void applyTranslation();
    // The interface's own words in `language` (the interface is written in English).
    [[nodiscard]] static QString translationFile(const QString &language);
    void setChooserOpen(bool open);

    QStringList m_languages;
    QMap<QString, QString> m_names; // the content's, by code
    QString m_language;
    QString m_default;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
    bool m_chooserOpen = false;
    QList<QPointer<QQmlEngine>> m_engines;
};
