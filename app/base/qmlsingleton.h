#pragma once

#include <QJSEngine>
#include <QQmlEngine>

/** Lets a service built in main() (or a test's setup) be the object QML
 *  gets for a QML_SINGLETON type: the class derives from this, main() calls
 *  provide(), and the QML engine's create() hands that instance out. The
 *  service stays owned by C++ and outlives every engine.
 *
 *  Qt 6.4 calls a default constructor in preference to create(), silently
 *  making a second, unwired instance; so a service using this must not be
 *  default-constructible (take the parent as a required argument). */
template<typename T>
class QmlSingleton
{
public:
    static void provide(T *instance) { s_instance = instance; }
    [[nodiscard]] static T *instance() { return s_instance; }

    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton::create", "service used from QML before main() provided it");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    inline static T *s_instance = nullptr;
};
