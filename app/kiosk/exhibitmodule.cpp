#include "kiosk/exhibitmodule.h"

#include <QQmlComponent>

// Qt's generated registration of the module's types, compiled into this
// library. Naming it here links it (and the registration it sets up) into
// every program that makes services, plugin or not.
void qml_register_types_Exhibit();

namespace ExhibitModule {

QQmlEngine *prepare(QQmlEngine *engine)
{
    void (*volatile registration)() = &qml_register_types_Exhibit; // volatile: kept, and so linked
    Q_UNUSED(registration);
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Importing the module once is what registers its types with Qt 6.4.
    QQmlComponent probe(engine);
    probe.setData(QByteArrayLiteral("import QtQml\nimport Exhibit\nQtObject {}\n"),
                  QUrl(QStringLiteral("qrc:/exhibit-module-probe.qml")));
    if (probe.isError())
        qFatal("the QML module Exhibit cannot be imported: %s", qPrintable(probe.errorString()));
    return engine;
}

QObject *singleton(QQmlEngine *engine, const char *typeName)
{
    const int typeId = qmlTypeId("Exhibit", 1, 0, typeName);
    QObject *instance = typeId < 0 ? nullptr : engine->singletonInstance<QObject *>(typeId);
    if (!instance)
        qFatal("the QML module Exhibit has no singleton %s", typeName);
    return instance;
}

} // namespace ExhibitModule
