#include "kiosk/kioskcommands.h"

#include "config/kioskconfig.h"
#include "config/pinhash.h"
#include "curator/checkcommands.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace KioskCommands {

namespace {

// Turns terminal echo off for as long as it lives, so a PIN typed is not shown.
class HiddenInput
{
public:
    explicit HiddenInput(bool enabled)
    {
        if (enabled && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
    }
    ~HiddenInput()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

QString ask(QTextStream &in, QTextStream &err, bool interactive, const QString &prompt)
{
    if (interactive) {
        err << prompt << Qt::flush;
    }
    const QString line = in.readLine();
    if (interactive)
        err << Qt::endl;
    return line;
}

} // namespace

int hashPin(QTextStream &in, QTextStream &out, QTextStream &err, bool interactive)
{
    QString pin;
    QString again;
    {
        const HiddenInput hidden(interactive);
        pin = ask(in, err, interactive,
                  QStringLiteral("New staff PIN (%1 to %2 digits): ")
                      .arg(PinHash::minimumDigits)
                      .arg(PinHash::maximumDigits));
        if (pin.isNull()) {
            err << "exhibit-kiosk --hash-pin: no PIN given on standard input" << Qt::endl;
            return 2;
        }
        if (interactive)
            again = ask(in, err, interactive, QStringLiteral("The same PIN again: "));
    }
    pin = pin.trimmed();
    if (const QString problem = PinHash::pinProblem(pin); !problem.isEmpty()) {
        err << "exhibit-kiosk --hash-pin: " << problem << Qt::endl;
        return 1;
    }
    if (interactive && again.trimmed() != pin) {
        err << "exhibit-kiosk --hash-pin: the two PINs differ; nothing printed" << Qt::endl;
        return 1;
    }
    if (interactive)
        err << "Paste this line into the [staff] section of kiosk.ini:" << Qt::endl;
    out << "pin_hash = " << PinHash::hash(pin) << Qt::endl;
    return 0;
}

int checkConfig(const QString &configFile, QTextStream &out)
{
    // The problems are printed here, once, rather than also logged.
    QLoggingCategory::setFilterRules(
        QStringLiteral("exhibit.*.warning=false\nexhibit.*.info=false"));

    QStringList problems;
    if (!QFileInfo(configFile).isFile())
        problems.append(QStringLiteral("%1: no such file").arg(configFile));
    const KioskConfig config = KioskConfig::load(configFile);
    if (problems.isEmpty())
        problems += config.problems();

    // The content and media, checked exactly as 'exhibit-curator validate' does.
    QTextStream progress(stderr);
    int chapters = -1;
    const QStringList contentProblems
        = CheckCommands(out, progress)
              .problemsIn(config.contentDatabase(), config.mediaRoot(), &chapters);
    for (const QString &problem : contentProblems) // an unreadable file's one line names it already
        problems.append(chapters < 0 ? problem
                                     : config.contentDatabase() + QStringLiteral(": ") + problem);
    for (const QString &problem : std::as_const(problems))
        out << problem << Qt::endl;
    for (const QString &note : config.notes())
        out << "note: " << note << Qt::endl;
    if (config.pinHash().isEmpty())
        out << "note: no staff PIN is set ([staff] pin_hash): the admin panel cannot be opened"
            << Qt::endl;
    else if (const QString weakness = PinHash::weaknessOf(config.pinHash()); !weakness.isEmpty())
        out << "warning: [staff] pin_hash: " << weakness << Qt::endl;
    if (!problems.isEmpty()) {
        out << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " found"
            << Qt::endl;
        return 1;
    }
    out << "ok: " << QFileInfo(configFile).absoluteFilePath() << "; content "
        << config.contentDatabase() << " (" << chapters << " chapters, media in "
        << config.mediaRoot() << ")" << Qt::endl;
    return 0;
}

} // namespace KioskCommands
