#pragma once

// The C++ types QML sees, registered in the Exhibit module here, at the top
// of the layers: the areas below know nothing of QML registration, and this
// is the one place that says which of their classes QML may use and how.
// (QML_FOREIGN: Qt's way to register a class compiled in another library.)
//
// The singletons are the engine's: it makes one of each (with its default
// constructor) and deletes them with itself, so each engine in a process (the
// kiosk's, a preview's, a test's) has its own. KioskServices fetches them from
// the engine it is given and wires them (kiosk/exhibitmodule.h).

#include "controllers/accessibilitycontroller.h"
#include "controllers/idlecontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "controllers/schedulecontroller.h"
#include "keypad/keypad.h"
#include "keypad/keypadnavigator.h"
#include "keypad/labelspeaker.h"
#include "keypad/screenreader.h"
#include "kiosk/kioskframe.h"
#include "kiosk/slowdrift.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "models/keyfiguremodel.h"
#include "models/territorymapmodel.h"
#include "models/timelinemodel.h"
#include "staff/admincontroller.h"
#include "staff/staffaccesscontroller.h"

#include <QQmlEngine>

struct ContentStoreForeign
{
    Q_GADGET
    QML_FOREIGN(ContentStore)
    QML_NAMED_ELEMENT(ContentStore)
    QML_SINGLETON
};

struct LanguageControllerForeign
{
    Q_GADGET
    QML_FOREIGN(LanguageController)
    QML_NAMED_ELEMENT(LanguageController)
    QML_SINGLETON
};

struct AccessibilityControllerForeign
{
    Q_GADGET
    QML_FOREIGN(AccessibilityController)
    QML_NAMED_ELEMENT(AccessibilityController)
    QML_SINGLETON
};

struct NavigationControllerForeign
{
    Q_GADGET
    QML_FOREIGN(NavigationController)
    QML_NAMED_ELEMENT(NavigationController)
    QML_SINGLETON
};

struct NarrationControllerForeign
{
    Q_GADGET
    QML_FOREIGN(NarrationController)
    QML_NAMED_ELEMENT(NarrationController)
    QML_SINGLETON
};

struct IdleControllerForeign
{
    Q_GADGET
    QML_FOREIGN(IdleController)
    QML_NAMED_ELEMENT(IdleController)
    QML_SINGLETON
};

struct ScheduleControllerForeign
{
    Q_GADGET
    QML_FOREIGN(ScheduleController)
    QML_NAMED_ELEMENT(ScheduleController)
    QML_SINGLETON
};

struct StaffAccessControllerForeign
{
    Q_GADGET
    QML_FOREIGN(StaffAccessController)
    QML_NAMED_ELEMENT(StaffAccessController)
    QML_SINGLETON
};

struct AdminControllerForeign
{
    Q_GADGET
    QML_FOREIGN(AdminController)
    QML_NAMED_ELEMENT(AdminController)
    QML_SINGLETON
};

struct LabelSpeakerForeign
{
    Q_GADGET
    QML_FOREIGN(LabelSpeaker)
    QML_NAMED_ELEMENT(LabelSpeaker)
    QML_SINGLETON
};

struct ChapterModelForeign
{
    Q_GADGET
    QML_FOREIGN(ChapterModel)
    QML_NAMED_ELEMENT(ChapterModel)
    QML_UNCREATABLE("ChapterModel is provided by ContentStore.chapters")
};

struct TimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(TimelineModel)
    QML_NAMED_ELEMENT(TimelineModel)
    QML_UNCREATABLE("TimelineModel is provided by ContentStore.timeline")
};

struct TerritoryMapModelForeign
{
    Q_GADGET
    QML_FOREIGN(TerritoryMapModel)
    QML_NAMED_ELEMENT(TerritoryMapModel)
    QML_UNCREATABLE("TerritoryMapModel is provided by ContentStore.territoryMap")
};

struct KeyFigureModelForeign
{
    Q_GADGET
    QML_FOREIGN(KeyFigureModel)
    QML_NAMED_ELEMENT(KeyFigureModel)
    QML_UNCREATABLE("KeyFigureModel is provided by ContentStore.figures")
};

struct KeypadNavigatorForeign
{
    Q_GADGET
    QML_FOREIGN(KeypadNavigator)
    QML_NAMED_ELEMENT(KeypadNavigator)
};

struct ScreenReaderForeign
{
    Q_GADGET
    QML_FOREIGN(ScreenReader)
    QML_NAMED_ELEMENT(ScreenReader)
};

struct WelcomeTextModelForeign
{
    Q_GADGET
    QML_FOREIGN(WelcomeTextModel)
    QML_NAMED_ELEMENT(WelcomeTextModel)
    QML_UNCREATABLE("WelcomeTextModel is provided by ContentStore.welcome")
};

// Values QML reads (ContentStore.openTimelineEvent, ContentStore.openFigure)
// and may hold in typed properties.
struct TimelineEventDetailForeign
{
    Q_GADGET
    QML_FOREIGN(TimelineEventDetail)
    QML_VALUE_TYPE(timelineEventDetail)
};

struct KeyFigureDetailForeign
{
    Q_GADGET
    QML_FOREIGN(KeyFigureDetail)
    QML_VALUE_TYPE(keyFigureDetail)
};

// Keypad.isDefault, Keypad.modal, Keypad.radius, Keypad.onBack on any item.
struct KeypadForeign
{
    Q_GADGET
    QML_FOREIGN(Keypad)
    QML_NAMED_ELEMENT(Keypad)
    QML_UNCREATABLE("Keypad only has attached properties")
    QML_ATTACHED(KeypadAttached)
};

struct KioskFrameForeign
{
    Q_GADGET
    QML_FOREIGN(KioskFrame)
    QML_NAMED_ELEMENT(KioskFrame)
};

struct SlowDriftForeign
{
    Q_GADGET
    QML_FOREIGN(SlowDrift)
    QML_NAMED_ELEMENT(SlowDrift)
};
