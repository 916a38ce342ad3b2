#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

/* What the harnesses share: the fuzzer's bytes as a QByteArray and checks
 * that stop the run (libFuzzer saves the input). Logging is silenced for
 * every harness by LLVMFuzzerInitialize in fuzzsupport.cpp. */
namespace FuzzSupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property every input must keep; broken, the input is a finding.
inline void require(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "property broken: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

// Every message about a bad input names its file first ("FILE:LINE: ...").
inline void requireEachNamesTheFile(const QStringList &messages, const QString &fileName)
{
    for (const QString &message : messages)
        require(message.startsWith(fileName + QLatin1Char(':')), "every message names the file",
                message);
}

} // namespace FuzzSupport
