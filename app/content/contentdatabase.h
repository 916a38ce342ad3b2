#pragma once

#include <QSqlDatabase>
#include <QString>

/** One named SQLite connection to an exhibit content database, closed and
 *  removed when this object goes. Knows the schema version this build
 *  understands and how to create or migrate a database up to it. */
class ContentDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr int currentSchemaVersion = 5;

    ContentDatabase(const QString &fileName, Mode mode);
    ~ContentDatabase();
    ContentDatabase(const ContentDatabase &) = delete;
    ContentDatabase &operator=(const ContentDatabase &) = delete;

    // Opens the file and checks it is an SQLite database; on failure error()
    // says why, naming the file.
    bool open();
    // ReadWrite only: creates the schema in a new file, or migrates an older
    // one; refuses a file made by a newer version of the software.
    bool prepareSchema();
    // Fails unless the file holds an exhibit schema this build can read.
    bool checkReadable();

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int schemaVersion() const;

private:
    bool fail(const QString &message);
    bool runScript(const QString &resource);
    [[nodiscard]] bool hasTables() const;

    QString m_fileName;
    QString m_connectionName;
    Mode m_mode;
    QString m_error;
};
