#pragma once

#include "translation/translationunit.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>

class StudioDocument;

/** The "Translation" view: for one of the exhibit's languages, the texts
 *  still to translate and those to review (their source changed after they
 *  were written), each leading to its field; how many of each; and the
 *  translator's round trip from here: every text (or only what needs work)
 *  out to an XLIFF 1.2 file, and a translator's file back in, all or
 *  nothing and as one step to undo, exactly as exhibit-curator's
 *  `translations export` and `import` do. The source is the exhibit's first
 *  language. */
class StudioTranslation : public QAbstractListModel
{
    Q_OBJECT
    // The languages translated into: every exhibit language but the source.
    Q_PROPERTY(QStringList languages READ languages NOTIFY languagesChanged)
    Q_PROPERTY(QString sourceLanguage READ sourceLanguage NOTIFY languagesChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int toTranslate READ toTranslate NOTIFY countsChanged)
    Q_PROPERTY(int toReview READ toReview NOTIFY countsChanged)
    Q_PROPERTY(int translated READ translated NOTIFY countsChanged)
    // What the last export or import did, or why it did not (each problem of
    // a translator's file on a line of its own, with the file's line).
    Q_PROPERTY(QString report READ report NOTIFY reportChanged)
    Q_PROPERTY(bool reportIsProblem READ reportIsProblem NOTIFY reportChanged)

public:
    enum Role {
        UnitRole = Qt::UserRole + 1, // "chapters.battles.body.zh[2]"
        PathRole, // the field it is in: "chapters.battles.body.zh"
        StateRole, // "needs-translation", "needs-review-translation"
        SourceRole,
        TargetRole,
    };
    Q_ENUM(Role)

    explicit StudioTranslation(StudioDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QStringList languages() const;
    [[nodiscard]] QString sourceLanguage() const;
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] int toTranslate() const { return m_toTranslate; }
    [[nodiscard]] int toReview() const { return m_toReview; }
    [[nodiscard]] int translated() const { return m_translated; }
    [[nodiscard]] QString report() const { return m_report; }
    [[nodiscard]] bool reportIsProblem() const { return m_reportIsProblem; }

    // Writes the language's units (only those needing work, if asked) to `fileName`.
    bool exportTo(const QString &fileName, bool needsWorkOnly);
    // Puts a translator's file into the exhibit, undoably; nothing changes on a problem.
    bool importFrom(const QString &fileName);
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void languagesChanged();
    void languageChanged();
    void countsChanged();
    void reportChanged();

private:
    bool setReport(const QString &report, bool problem);

    StudioDocument *m_document;
    QString m_language;
    QList<TranslationUnit> m_needingWork;
    int m_toTranslate = 0;
    int m_toReview = 0;
    int m_translated = 0;
    QString m_report;
    bool m_reportIsProblem = false;
    QTimer m_refreshTimer;
};
