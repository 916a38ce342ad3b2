#pragma once

#include <QtGlobal>

#include <atomic>

/** How many warnings the process has logged, for the benchmarks that fail
 *  on any: install() once in main(), then count(). Messages still reach Qt's
 *  own handler. */
namespace WarningCount {

namespace detail {
inline std::atomic<int> count = 0;
inline QtMessageHandler qtHandler = nullptr;

inline void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++count;
    qtHandler(type, context, message);
}
} // namespace detail

inline void install() { detail::qtHandler = qInstallMessageHandler(detail::handle); }
inline int count() { return detail::count; }

} // namespace WarningCount
