#include "studioapp/studioservices.h"

#include "config/bundledpaths.h"
#include "config/kioskconfig.h"
#include "kiosk/exhibitmodule.h"
#include "kiosk/kioskservices.h"
#include "studioapp/studiopreview.h"
#include "studioapp/studiosession.h"

#include <QQmlEngine>

// Qt's generated registration of the module's types (see ExhibitModule::import).
void qml_register_types_ExhibitStudio();

namespace {

constexpr const char *moduleUri = "ExhibitStudio";

KioskConfig previewConfig(const QString &mediaRoot)
{
    KioskConfig config = KioskConfig::defaults();
    config.setValue(ConfigKey::MediaRoot, mediaRoot);
    config.setValue(ConfigKey::NarrationAutoplay, false); // the curator presses play
    config.setValue(ConfigKey::SpokenLabels, false);
    // The preview stays on the screen being edited while the curator reads.
    config.setValue(ConfigKey::IdleTimeout, 86400);
    return config;
}

QQmlEngine *prepare(QQmlEngine *engine)
{
    ExhibitModule::prepare(engine);
    ExhibitModule::import(engine, moduleUri, &qml_register_types_ExhibitStudio);
    return engine;
}

} // namespace

StudioServices::StudioServices(QQmlEngine *engine, const QString &mediaRoot, QObject *parent)
    : QObject(parent)
    , m_kiosk(new KioskServices(previewConfig(mediaRoot), prepare(engine), this))
    , m_session(ExhibitModule::adopt<StudioSession>(engine, this, moduleUri))
    , m_preview(ExhibitModule::adopt<StudioPreview>(engine, this, moduleUri))
{
    StudioDocument *document = m_session->document();
    m_session->setMediaFolder(m_kiosk->config().mediaRoot());
    m_session->setNarrationTool(BundledPaths::narrationTool());
    m_preview->setParts({ m_kiosk->navigation(), m_kiosk->language(), m_kiosk->accessibility(),
                          m_kiosk->content() },
                        document, m_kiosk->config().mediaRoot());
    connect(document, &StudioDocument::fieldChanged, m_preview, &StudioPreview::scheduleRefresh);
    connect(document, &StudioDocument::opened, m_preview, &StudioPreview::refresh);
    connect(m_session, &StudioSession::selectedItemChanged, m_preview,
            [this] { m_preview->setItem(m_session->selectedItem()); });
}

StudioServices::~StudioServices() = default;
