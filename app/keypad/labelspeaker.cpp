#include "labelspeaker.h"

#include "logging.h"

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

LabelSpeaker::LabelSpeaker(QObject *parent)
    : QObject(parent)
{
}

LabelSpeaker::~LabelSpeaker() = default;

void LabelSpeaker::setEngine(const QString &engine)
{
    delete m_speech;
    m_speech = nullptr;
    m_voices.clear();
    m_engine = engine;
    m_engineFailed = false;
    if (!engine.isEmpty() && !QTextToSpeech::availableEngines().contains(engine)) {
        qCWarning(lcKeypad).noquote() << "spoken labels: no speech engine" << engine << "([keypad] speech_engine; installed:"
                                      << QTextToSpeech::availableEngines().join(QStringLiteral(", "))
                                      << "); the keypad works without speech";
        m_engineFailed = true;
    }
    Q_EMIT availableChanged();
}

bool LabelSpeaker::ensureEngine()
{
    // Started on first use, not with the kiosk: most visits never touch the
    // keypad, and speech-dispatcher need not run for them.
    if (m_speech || m_engineFailed || m_engine.isEmpty())
        return m_speech;
    m_speech = new QTextToSpeech(m_engine, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcKeypad).noquote() << "spoken labels: the speech engine" << m_engine
                                      << "does not start (is speech-dispatcher installed?); the keypad works without speech";
        delete m_speech;
        m_speech = nullptr;
        m_engineFailed = true;
        Q_EMIT availableChanged();
        return false;
    }
    m_speech->setVolume(m_volume / 100.0);
    connect(m_speech, &QTextToSpeech::stateChanged, this, &LabelSpeaker::speakingChanged);
    return true;
}

void LabelSpeaker::setLanguage(const QString &language)
{
    m_language = language;
}

void LabelSpeaker::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    if (m_speech)
        m_speech->setVolume(m_volume / 100.0);
}

bool LabelSpeaker::isAvailable() const
{
    return !m_engine.isEmpty() && !m_engineFailed;
}

bool LabelSpeaker::isSpeaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

QString LabelSpeaker::voiceName(const QString &language)
{
    const auto voice = findVoice(language);
    return voice ? voice->second.name() : QString();
}

std::optional<std::pair<QLocale, QVoice>> LabelSpeaker::findVoice(const QString &language)
{
    if (!ensureEngine())
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
        for (const QLocale &locale : locales) {
            m_speech->setLocale(locale);
            const QList<QVoice> voices = m_speech->availableVoices();
            const auto named = std::find_if(voices.cbegin(), voices.cend(), [&](const QVoice &voice) {
                return voice.name().startsWith(word) || voice.name().contains(QLatin1Char('(') + word);
            });
            if (named != voices.cend()) {
                found = std::make_pair(locale, *named);
                break;
            }
        }
        if (found)
            break;
    }
    m_voices.insert(language, found);
    return found;
}

void LabelSpeaker::say(const QString &text)
{
    m_lastText = text;
    Q_EMIT spoke(text);
    if (text.isEmpty() || !ensureEngine())
        return;
    const auto voice = findVoice(m_language);
    if (!voice) {
        // Better silence than Chinese read out letter by letter in an English voice.
        if (!m_warnedNoVoice)
            qCWarning(lcKeypad).noquote() << "spoken labels: the speech engine has no voice for" << m_language;
        m_warnedNoVoice = true;
        return;
    }
    m_speech->stop();
    m_speech->setLocale(voice->first);
    m_speech->setVoice(voice->second);
    m_speech->setVolume(m_volume / 100.0);
    m_speech->say(text);
}

void LabelSpeaker::stop()
{
    if (m_speech)
        m_speech->stop();
}
