#pragma once

#include "content/exhibitdocument.h"

#include <QSqlDatabase>

/** Moves an ExhibitDocument in and out of the content database's tables.
 *  SQL lives here and in content/schema.sql only. */
class ContentTables
{
public:
    // Replaces everything in the database with the document. Runs in the
    // caller's transaction; on failure returns false and sets *error.
    [[nodiscard]] static bool write(QSqlDatabase db, const ExhibitDocument &document,
                                    QString *error);
    // Reads the whole exhibit; on a failed query returns false and sets *error.
    [[nodiscard]] static bool read(QSqlDatabase db, ExhibitDocument *document, QString *error);

private:
    static bool writeTimeline(QSqlDatabase db, const ExhibitDocument &document, QString *error);
    static bool readTimeline(QSqlDatabase db, ExhibitDocument *document, QString *error);
    static bool writeFigures(QSqlDatabase db, const ExhibitDocument &document, QString *error);
    static bool readFigures(QSqlDatabase db, ExhibitDocument *document, QString *error);
    static bool writeTranslationSources(QSqlDatabase db, const ExhibitDocument &document,
                                        QString *error);
    static bool readTranslationSources(QSqlDatabase db, ExhibitDocument *document, QString *error);
    static bool readLanguageNames(QSqlDatabase db, ExhibitDocument *document, QString *error);
};
