#include "curator/curatorcommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exhibit-curator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXHIBIT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CuratorCommands commands(out, err);
    return commands.run(app.arguments().mid(1));
}
