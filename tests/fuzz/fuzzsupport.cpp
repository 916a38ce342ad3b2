#include <QtGlobal>

/* One for every harness: each bad input is reported through Qt logging, and
 * millions of them would drown the fuzzer's own output. */
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}
