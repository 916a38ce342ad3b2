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

// Imports the module `uri` once in `engine`: what registers its types with
// Qt 6.4 (a module built on Exhibit, such as Exhibit Studio's, after
// prepare()). `registration` is the module's generated qml_register_types_…
// function: naming it here links it into every program that imports it.
void import(QQmlEngine *engine, const char *uri, void (*registration)());

// The engine's instance of the singleton `typeName` of the module `uri`, made
// by the engine on first use; never null (a name that is not in the module
// stops the program).
QObject *singleton(QQmlEngine *engine, const char *typeName, const char *uri = "Exhibit");

// The singleton of class T: QML knows each by its class's name (app/kiosk/qmltypes.h).
template <typename T> T *singleton(QQmlEngine *engine, const char *uri = "Exhibit")
{
    return qobject_cast<T *>(singleton(engine, T::staticMetaObject.className(), uri));
}

// The engine's singleton of class T, from now on owned by `owner` (a
// composition root such as KioskServices: the engine's owner deletes it
// before the engine).
template <typename T> T *adopt(QQmlEngine *engine, QObject *owner, const char *uri = "Exhibit")
{
    T *part = singleton<T>(engine, uri);
    QJSEngine::setObjectOwnership(part, QJSEngine::CppOwnership);
    part->setParent(owner);
    return part;
}

} // namespace ExhibitModule
