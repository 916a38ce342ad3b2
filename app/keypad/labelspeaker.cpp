#include "keypad/labelspeaker.h"

#include "base/workerthread.h"
#include "keypad/logging.h"
#include "keypad/speechworker.h"

#include <QTextToSpeech>
#include <QThread>

LabelSpeaker::LabelSpeaker(QObject *parent)
    : QObject(parent)
{ }

LabelSpeaker::~LabelSpeaker() { stopEngine(); }

void LabelSpeaker::setEngine(const QString &engine)
{
    stopEngine();
    m_engine = engine;
    m_engineFailed = false;
    if (!engine.isEmpty() && !QTextToSpeech::availableEngines().contains(engine)) {
        qCWarning(lcKeypad).noquote()
            << "spoken labels: no speech engine" << engine << "([keypad] speech_engine; installed:"
            << QTextToSpeech::availableEngines().join(QStringLiteral(", "))
            << "); the keypad works without speech";
        m_engineFailed = true;
    }
    Q_EMIT availableChanged();
}

void LabelSpeaker::prepare() { ensureEngine(); }

// The engine's thread is made on first need, not with the kiosk: a test or a
// kiosk without a keypad never starts speech-dispatcher. Commands sent before
// the engine has started wait in the thread's queue, in order.
bool LabelSpeaker::ensureEngine()
{
    if (m_engineFailed || m_engine.isEmpty())
        return false;
    if (m_thread)
        return true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker = new SpeechWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::started, this, &LabelSpeaker::onStarted);
    connect(m_worker, &SpeechWorker::speakingChanged, this, [this](bool speaking) {
        if (m_speaking != speaking) {
            m_speaking = speaking;
            Q_EMIT speakingChanged();
        }
    });
    connect(m_worker, &SpeechWorker::turnStarted, this, [this](int batch, int index) {
        if (batch != m_batch || index >= m_turns.size())
            return;
        m_lastText = m_turns.at(index);
        Q_EMIT spoke(m_lastText);
        Q_EMIT turnStarted(index);
    });
    connect(m_worker, &SpeechWorker::noVoice, this, [this](const QString &language) {
        // Better silence than Chinese read out letter by letter in an English voice.
        if (!m_warnedNoVoice)
            qCWarning(lcKeypad).noquote()
                << "spoken labels: the speech engine has no voice for" << language;
        m_warnedNoVoice = true;
    });
    m_thread->start();
    m_starting = true;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, engine = m_engine] { worker->start(engine); });
    return true;
}

void LabelSpeaker::onStarted(bool ok)
{
    m_starting = false;
    if (ok)
        return;
    qCWarning(lcKeypad).noquote()
        << "spoken labels: the speech engine" << m_engine
        << "does not start (is speech-dispatcher installed?); the keypad works without speech";
    m_engineFailed = true;
    Q_EMIT availableChanged();
}

void LabelSpeaker::stopEngine()
{
    if (!m_thread)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    // An engine still starting (it can take many seconds on a busy machine)
    // cannot be interrupted, and the kiosk does not wait for it to stop.
    if (!WorkerThread::stop(m_thread, 3000)) {
        if (m_starting)
            qCInfo(lcKeypad) << "the speech engine was still starting; not waiting for it";
        else
            qCWarning(lcKeypad) << "the speech engine did not stop within 3 s; leaving it behind";
    }
    m_thread = nullptr;
    m_worker = nullptr;
    m_starting = false;
    if (m_speaking) {
        m_speaking = false;
        Q_EMIT speakingChanged();
    }
}

void LabelSpeaker::setLanguage(const QString &language) { m_language = language; }

void LabelSpeaker::setVolume(int percent) { m_volume = std::clamp(percent, 0, 100); }

bool LabelSpeaker::isAvailable() const { return !m_engine.isEmpty() && !m_engineFailed; }

bool LabelSpeaker::isSpeaking() const { return m_speaking; }

QString LabelSpeaker::voiceName(const QString &language)
{
    QString name;
    if (ensureEngine())
        QMetaObject::invokeMethod(
            m_worker, [&name, worker = m_worker, language] { name = worker->voiceName(language); },
            Qt::BlockingQueuedConnection);
    return name;
}

void LabelSpeaker::say(const QString &text)
{
    m_turns.clear();
    m_lastText = text;
    Q_EMIT spoke(text);
    if (text.isEmpty() || !ensureEngine())
        return;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, text, language = m_language, volume = m_volume] {
                                  worker->say(text, language, volume);
                              });
}

void LabelSpeaker::sayInTurn(const QStringList &texts)
{
    m_turns = texts;
    ++m_batch;
    if (texts.isEmpty())
        return;
    if (!ensureEngine()) {
        // Silent: the first is "said", as say() does, and the rest wait for nothing.
        m_lastText = texts.constFirst();
        Q_EMIT spoke(m_lastText);
        Q_EMIT turnStarted(0);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, texts, batch = m_batch, language = m_language, volume = m_volume] {
            worker->sayInTurn(texts, batch, language, volume);
        });
}

void LabelSpeaker::stop()
{
    m_turns.clear();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
}
