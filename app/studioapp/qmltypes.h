#pragma once

// The C++ types Exhibit Studio's QML sees, registered in the module
// ExhibitStudio here (as app/kiosk/qmltypes.h does for Exhibit). The
// singletons are the engine's; StudioServices fetches and wires them.

#include "studio/studiochanges.h"
#include "studio/studiofields.h"
#include "studio/studiohistory.h"
#include "studio/studiooutline.h"
#include "studio/studioproblems.h"
#include "studio/studiopublisher.h"
#include "studio/studiosearch.h"
#include "studio/studiotranslation.h"
#include "studioapp/previewfindings.h"
#include "studioapp/studiopreview.h"
#include "studioapp/studiosession.h"

#include <QQmlEngine>

struct StudioSessionForeign
{
    Q_GADGET
    QML_FOREIGN(StudioSession)
    QML_NAMED_ELEMENT(StudioSession)
    QML_SINGLETON
};

struct StudioPreviewForeign
{
    Q_GADGET
    QML_FOREIGN(StudioPreview)
    QML_NAMED_ELEMENT(StudioPreview)
    QML_SINGLETON
};

// Models the session and the preview hand out; named for their enums.
struct StudioOutlineForeign
{
    Q_GADGET
    QML_FOREIGN(StudioOutline)
    QML_NAMED_ELEMENT(StudioOutline)
    QML_UNCREATABLE("StudioSession.outline is the one outline")
};

struct StudioFieldsForeign
{
    Q_GADGET
    QML_FOREIGN(StudioFields)
    QML_ANONYMOUS
};

struct StudioProblemsForeign
{
    Q_GADGET
    QML_FOREIGN(StudioProblems)
    QML_ANONYMOUS
};

struct StudioSearchForeign
{
    Q_GADGET
    QML_FOREIGN(StudioSearch)
    QML_ANONYMOUS
};

struct StudioChangesForeign
{
    Q_GADGET
    QML_FOREIGN(StudioChanges)
    QML_ANONYMOUS
};

struct StudioTranslationForeign
{
    Q_GADGET
    QML_FOREIGN(StudioTranslation)
    QML_ANONYMOUS
};

struct StudioHistoryForeign
{
    Q_GADGET
    QML_FOREIGN(StudioHistory)
    QML_ANONYMOUS
};

struct StudioPublisherForeign
{
    Q_GADGET
    QML_FOREIGN(StudioPublisher)
    QML_NAMED_ELEMENT(StudioPublisher)
    QML_UNCREATABLE("StudioSession.publisher is the one publisher")
};

struct PreviewFindingsForeign
{
    Q_GADGET
    QML_FOREIGN(PreviewFindings)
    QML_ANONYMOUS
};
