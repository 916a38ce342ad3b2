#include "keypad/speechworker.h"

#include <QTextToSpeech>

namespace {

// The words a voice's name uses for a language, where its locale does not say it.
QStringList namesOfLanguage(const QString &language)
{
    if (language == QLatin1String("zh"))
        return { QStringLiteral("Mandarin"), QStringLiteral("Chinese") };
    return { QLocale::languageToString(QLocale(language).language()) };
}

} // namespace

void SpeechWorker::start(const QString &engine)
{
    m_speech = new QTextToSpeech(engine, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        delete m_speech;
        m_speech = nullptr;
        Q_EMIT started(false);
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onState(state); });
    Q_EMIT started(true);
}

void SpeechWorker::onState(int state)
{
    Q_EMIT speakingChanged(state == QTextToSpeech::Speaking);
    if (state == QTextToSpeech::Speaking)
        m_awaitingBegin = false;
    else if (state == QTextToSpeech::Ready && !m_awaitingBegin && m_turn >= 0)
        nextTurn();
}

void SpeechWorker::say(const QString &text, const QString &language, int volumePercent)
{
    m_turns.clear();
    m_turn = -1;
    speak(text, language, volumePercent);
}

void SpeechWorker::sayInTurn(const QStringList &texts, int batch, const QString &language,
                             int volumePercent)
{
    m_turns = texts;
    m_batch = batch;
    m_turn = -1;
    m_turnLanguage = language;
    m_turnVolume = volumePercent;
    nextTurn();
}

void SpeechWorker::nextTurn()
{
    if (++m_turn >= m_turns.size()) {
        m_turns.clear();
        m_turn = -1;
        return;
    }
    Q_EMIT turnStarted(m_batch, m_turn);
    if (!speak(m_turns.at(m_turn), m_turnLanguage, m_turnVolume)) {
        m_turns.clear();
        m_turn = -1;
    }
}

bool SpeechWorker::speak(const QString &text, const QString &language, int volumePercent)
{
    if (!m_speech)
        return false;
    const auto voice = findVoice(language);
    if (!voice) {
        Q_EMIT noVoice(language);
        return false;
    }
    m_speech->stop();
    m_speech->setLocale(voice->first);
    m_speech->setVoice(voice->second);
    m_speech->setVolume(volumePercent / 100.0);
    m_awaitingBegin = true;
    m_speech->say(text);
    return true;
}

void SpeechWorker::stop()
{
    m_turns.clear();
    m_turn = -1;
    if (m_speech)
        m_speech->stop();
}

QString SpeechWorker::voiceName(const QString &language)
{
    const auto voice = findVoice(language);
    return voice ? voice->second.name() : QString();
}

std::optional<std::pair<QLocale, QVoice>> SpeechWorker::findVoice(const QString &language)
{
    if (!m_speech)
        return std::nullopt;
    const auto cached = m_voices.constFind(language);
    if (cached != m_voices.cend())
        return *cached;

    std::optional<std::pair<QLocale, QVoice>> found;
    const QLocale::Language wanted = QLocale(language).language();
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() != wanted)
            continue;
        m_speech->setLocale(locale);
        const QList<QVoice> voices = m_speech->availableVoices();
        if (!voices.isEmpty()) {
            found = std::make_pair(locale, voices.first());
            break;
        }
    }
    for (const QString &word : namesOfLanguage(language)) {
        if (found)
            break;
        for (const QLocale &locale : locales) {
            m_speech->setLocale(locale);
            const QList<QVoice> voices = m_speech->availableVoices();
            const auto named
                = std::find_if(voices.cbegin(), voices.cend(), [&](const QVoice &voice) {
                      return voice.name().startsWith(word)
                          || voice.name().contains(QLatin1Char('(') + word);
                  });
            if (named != voices.cend()) {
                found = std::make_pair(locale, *named);
                break;
            }
        }
    }
    m_voices.insert(language, found);
    return found;
}
