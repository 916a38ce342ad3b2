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
    // What the language switch says for each of `languages`: "EN", "中文".
    Q_PROPERTY(QStringList languageNames READ languageNames NOTIFY languagesChanged)
    // Each of `languages` in its own name, as its speakers write it: what a
    // screen reader or the keypad says ("English", "中文", "Français").
    Q_PROPERTY(QStringList ownNames READ ownNames NOTIFY languagesChanged)

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
    [[nodiscard]] QString defaultLanguage() const { return m_default; }
    [[nodiscard]] QString nextLanguage() const;
    [[nodiscard]] QStringList languageNames() const;
    [[nodiscard]] QStringList ownNames() const;

    Q_INVOKABLE void setLanguage(const QString &language);
    Q_INVOKABLE void toggle(); // to the next language, in the content's order
    Q_INVOKABLE void reset();
    // A visitor chose a language before any visit (the attract screen): the
    // visit begins in it (the kiosk's wiring hears visitRequested).
    Q_INVOKABLE void beginVisitIn(const QString &language);
    [[nodiscard]] Q_INVOKABLE static QString nativeName(const QString &language);

Q_SIGNALS:
    void visitRequested();
    void languageChanged();
    void languagesChanged();

private:
    void applyTranslation();

    QStringList m_languages;
    QMap<QString, QString> m_names; // the content's, by code
    QString m_language;
    QString m_default;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
    QList<QPointer<QQmlEngine>> m_engines;
};
