#include "kioskservices.h"

#include "contentstore.h"
#include "languagecontroller.h"
#include "navigationcontroller.h"

#include <QQmlEngine>

KioskServices::KioskServices(const KioskConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_content(new ContentStore(this))
    , m_language(new LanguageController(this))
    , m_navigation(new NavigationController(this))
{
    ContentStore::provide(m_content);
    LanguageController::provide(m_language);
    NavigationController::provide(m_navigation);

    connect(m_language, &LanguageController::languageChanged, m_content,
            [this] { m_content->setLanguage(m_language->language()); });
    connect(m_content, &ContentStore::contentReplaced, this, [this] {
        m_language->setAvailableLanguages(m_content->languages(), m_config.defaultLanguage());
        m_content->setLanguage(m_language->language());
        m_navigation->setChapterCount(m_content->chapters()->rowCount());
    });
    // A new visitor starts in the kiosk's default language.
    connect(m_navigation, &NavigationController::visitEnded, m_language, &LanguageController::reset);
}

KioskServices::~KioskServices()
{
    ContentStore::provide(nullptr);
    LanguageController::provide(nullptr);
    NavigationController::provide(nullptr);
}

void KioskServices::loadContent()
{
    m_content->load(m_config.contentDatabase(), m_config.mediaRoot());
}

void KioskServices::attachEngine(QQmlEngine *engine)
{
    // Qt 6.5 adds this import path by itself; 6.4 needs it to find "import Exhibit".
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_language->addEngine(engine);
}
