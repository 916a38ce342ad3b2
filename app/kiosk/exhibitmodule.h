#pragma once

#include <QQmlEngine>

/** The QML module Exhibit as its hosts (the kiosk, a preview, a test) reach
 *  it from C++: an engine made ready to import it, and that engine's own
 *  instance of one of the module's singletons. */
namespace ExhibitModule {

// Lets `engine` import Exhibit (Qt 6.5 adds the path by itself; 6.4 needs
// it) and has it register the module's types, so that its singletons can be
// fetched before any QML is loaded. Returns the engine.
QQmlEngine *prepare(QQmlEngine *engine);

// The engine's instance of the singleton `typeName`, made by the engine on
// first use; never null (a name that is not in the module stops the program).
QObject *singleton(QQmlEngine *engine, const char *typeName);

// The singleton of class T: QML knows each by its class's name (app/kiosk/qmltypes.h).
template <typename T> T *singleton(QQmlEngine *engine)
{
    return qobject_cast<T *>(singleton(engine, T::staticMetaObject.className()));
}

} // namespace ExhibitModule
