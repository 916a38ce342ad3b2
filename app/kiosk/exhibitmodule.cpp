#include "kiosk/exhibitmodule.h"

#include <QQmlComponent>

// Qt's generated registration of the module's types, compiled into this
// library. Naming it here links it (and the registration it sets up) into
// every program that makes services, plugin or not.
void qml_register_types_Exhibit();

namespace ExhibitModule {

QQmlEngine *prepare(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    import(engine, "Exhibit", &qml_register_types_Exhibit);
    return engine;
}

void import(QQmlEngine *engine, const char *uri, void (*registration)())
{
    void (*volatile linked)() = registration; // volatile: kept, and so linked
    Q_UNUSED(linked);
    QQmlComponent probe(engine);
    probe.setData("import QtQml\nimport " + QByteArray(uri) + "\nQtObject {}\n",
                  QUrl(QStringLiteral("qrc:/module-probe.qml")));
    if (probe.isError())
        qFatal("the QML module %s cannot be imported: %s", uri, qPrintable(probe.errorString()));
}

QObject *singleton(QQmlEngine *engine, const char *typeName, const char *uri)
{
    const int typeId = qmlTypeId(uri, 1, 0, typeName);
    QObject *instance = typeId < 0 ? nullptr : engine->singletonInstance<QObject *>(typeId);
    if (!instance)
        qFatal("the QML module %s has no singleton %s", uri, typeName);
    return instance;
}

} // namespace ExhibitModule
