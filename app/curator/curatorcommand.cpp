#include "curator/curatorcommand.h"

#include "content/contentfile.h"

std::optional<int> CuratorCommand::helpOrUsage(const QStringList &args, const char *command,
                                               int count, const char *expected, const char *help)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        m_out << help;
        return Success;
    }
    if (args.size() != count) {
        m_err << "exhibit-curator " << command << ": expected " << expected << "\n\n" << help;
        return UsageError;
    }
    return std::nullopt;
}

QString CuratorCommand::takeOption(QStringList *args, const QString &name,
                                   const QString &defaultValue)
{
    const int at = int(args->indexOf(name));
    if (at < 0 || at + 1 >= args->size())
        return defaultValue;
    const QString value = args->at(at + 1);
    args->remove(at, 2);
    return value;
}

bool CuratorCommand::takeFlag(QStringList *args, const QString &name)
{
    return args->removeAll(name) > 0;
}

bool CuratorCommand::readContent(const QString &databaseFile, ExhibitDocument *document)
{
    QString error;
    if (ContentFile::read(databaseFile, document, &error))
        return true;
    m_err << error << '\n';
    return false;
}
