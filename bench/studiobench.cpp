// exhibit-studio-bench [--content DB] [--count N]: Exhibit Studio's
// measurements behind bench/studio.sh (docs/PERFORMANCE.md), the real studio
// window driven offscreen by simulated keys. Prints "key value" lines:
//   open-ms       from the start of opening a working copy of DB to the
//                 studio's first frame with the preview showing it (editable)
//   preview-ms    for each of N words typed into a chapter's text, from the
//                 word's last keystroke to the frame showing it on the preview
//                 with the previews' checks run on it
//   warnings      how many warnings were logged (the run fails if any)

#include "warningcount.h"

#include "config/bundledpaths.h"
#include "studioapp/studiopreview.h"
#include "studioapp/studioservices.h"
#include "studioapp/studiosession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)
Q_IMPORT_QML_PLUGIN(ExhibitStudioPlugin)

namespace {

// The window's next frame, drawn.
bool waitForFrame(QQuickWindow *window)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    return frame.wait(5000);
}

// An item by its objectName, anywhere in the window's item tree (items a
// Repeater makes are the tree's, not their parent's QObject children).
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exhibit-studio-bench"));
    QStandardPaths::setTestModeEnabled(true); // recent files: not the curator's
    WarningCount::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Exhibit Studio's benchmarks: open, preview."));
    parser.addHelpOption();
    const QCommandLineOption content { QStringLiteral("content"),
                                       QStringLiteral("Content database (default: the bundled)."),
                                       QStringLiteral("DB"), BundledPaths::contentDatabase() };
    const QCommandLineOption count { QStringLiteral("count"),
                                     QStringLiteral("Words typed (default 60)."),
                                     QStringLiteral("N"), QStringLiteral("60") };
    parser.addOptions({ content, count });
    parser.process(app);
    QTextStream out(stdout);
    const int words = parser.value(count).toInt();
    if (words <= 0) {
        out << "error --count: '" << parser.value(count) << "' is not a positive whole number"
            << Qt::endl;
        return 2;
    }

    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("working.db"));
    if (!QFile::copy(parser.value(content), copy)) {
        out << "error cannot copy " << parser.value(content) << Qt::endl;
        return 2;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QQmlApplicationEngine engine;
    auto *services = new StudioServices(&engine, BundledPaths::mediaRoot(), &engine);
    StudioPreview *preview = services->preview();
    QSignalSpy updated(preview, &StudioPreview::updated);

    QElapsedTimer opening;
    opening.start();
    if (!services->session()->open(QUrl::fromLocalFile(copy))) {
        out << "error " << services->session()->message() << Qt::endl;
        return 2;
    }
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ExhibitStudio/qml/studio/StudioWindow.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window || !waitForFrame(window)) {
        out << "error the studio's window did not show" << Qt::endl;
        return 2;
    }
    out << "open-ms " << opening.elapsed() << Qt::endl;

    // A chapter's first paragraph, its English column: the cursor at its end.
    services->session()->select(QStringLiteral("chapters.battles"));
    if (!updated.wait(5000))
        QTest::qWait(500);
    QQuickItem *body
        = findItem(window->contentItem(), QStringLiteral("field:chapters.battles.body.en[0]"));
    if (!body) {
        out << "error no field chapters.battles.body.en[0]" << Qt::endl;
        return 2;
    }
    body->forceActiveFocus();
    body->setProperty("cursorPosition", body->property("length"));
    QTest::qWait(1000);

    const QString word = QStringLiteral(" walls");
    for (int i = 0; i < words; ++i) {
        updated.clear();
        for (const QChar character : word) {
            QTest::keyClick(window, character.toLatin1());
            QTest::qWait(40); // a quick typist
        }
        if (!updated.wait(5000)) {
            out << "error the preview did not follow word " << i + 1 << Qt::endl;
            return 2;
        }
        out << "preview-ms " << preview->lastUpdateMs() << Qt::endl;
        QTest::qWait(200);
    }
    out << "warnings " << WarningCount::count() << Qt::endl;
    return WarningCount::count() > 0 ? 1 : 0;
}
