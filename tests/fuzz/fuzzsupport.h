#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

/* What the harnesses share: the fuzzer's bytes as a QByteArray, quiet
 * logging, and a check that stops the run (libFuzzer saves the input). */
namespace FuzzSupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Every bad input is reported through Qt logging; millions of them would
// drown the fuzzer's own output.
inline void silenceLogging()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

// A property every input must keep; broken, the input is a finding.
inline void require(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "property broken: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

} // namespace FuzzSupport
