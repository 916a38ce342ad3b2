#pragma once

#include "studioapp/previewfindings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QStringList>
#include <QTimer>

class AccessibilityController;
class ContentStore;
class LanguageController;
class NavigationController;
class StudioDocument;

/** Exhibit Studio's live preview: the kiosk's own screen (KioskRoot, drawn
 *  by the same QML, Theme and services, smaller) showing what the curator
 *  is editing, as it is being typed. It shows the screen a field appears on
 *  (the attract screen for the exhibit's title, the menu for a teaser, the
 *  chapter's page for its text, an event, a person, a map year), in the
 *  chosen language, orientation, text size and contrast, and the previews'
 *  findings (TextOverflow, ControlCheck) on it for the studio to outline. */
class StudioPreview : public QObject
{
    Q_OBJECT
    // The KioskRoot drawn in the studio's window (set by the preview's QML).
    Q_PROPERTY(QQuickItem *screen READ screen WRITE setScreen NOTIFY screenChanged)
    Q_PROPERTY(View view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(bool portrait READ isPortrait WRITE setPortrait NOTIFY settingsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY settingsChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY languagesChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY settingsChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY settingsChanged)
    Q_PROPERTY(PreviewFindings *findings READ findings CONSTANT)
    // How long the last change took to show: from the edit to the frame with it drawn.
    Q_PROPERTY(int lastUpdateMs READ lastUpdateMs NOTIFY updated)

public:
    enum View {
        ItemView, // the selected item's own page
        MenuView, // the menu, where chapters' titles and teasers show
        AttractView, // the attract screen: the exhibit's title and call to action
    };
    Q_ENUM(View)

    struct Parts
    {
        NavigationController *navigation;
        LanguageController *language;
        AccessibilityController *accessibility;
        ContentStore *content;
    };

    explicit StudioPreview(QObject *parent = nullptr);
    void setParts(const Parts &parts, StudioDocument *document, const QString &mediaRoot);

    [[nodiscard]] QQuickItem *screen() const { return m_screen; }
    void setScreen(QQuickItem *screen);
    [[nodiscard]] View view() const { return m_view; }
    void setView(View view);
    [[nodiscard]] bool isPortrait() const { return m_portrait; }
    void setPortrait(bool portrait);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QStringList languages() const;
    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool large);
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool high);
    [[nodiscard]] PreviewFindings *findings() { return &m_findings; }
    [[nodiscard]] int lastUpdateMs() const { return m_lastUpdateMs; }

    // The outline item whose page shows ("chapters.battles").
    void setItem(const QString &item);
    // The field being edited: the view it shows on, in its language.
    Q_INVOKABLE void showField(const QString &path);
    // The document changed: shown a moment after the last keystroke.
    void scheduleRefresh();
    // The document shown now (a file was opened).
    void refresh();

Q_SIGNALS:
    void screenChanged();
    void viewChanged();
    void settingsChanged();
    void languagesChanged();
    // The screen shows the latest change and its findings are current.
    void updated();

private:
    // Shows `view` of `item`, if that is not what shows already.
    void show(const QString &item, View view);
    // Goes to the view's screen afresh, as a visitor would reach it.
    void navigate();
    // Where the kiosk finds the item in its list (a chapter's, an event's
    // place...); -1 when it is not there yet.
    [[nodiscard]] int itemIndex() const;
    // Finds what does not fit once the screen has drawn the change,
    // `settleMs` after it (screens cross-fade; map years fade slowly).
    void checkAfter(int settleMs);
    void check();

    Parts m_parts {};
    StudioDocument *m_document = nullptr;
    QString m_mediaRoot;
    QPointer<QQuickItem> m_screen;
    QString m_item = QStringLiteral("exhibit");
    View m_view = AttractView;
    int m_navigatedIndex = -1; // the item's place when its screen was shown
    bool m_portrait = false;
    QString m_language;
    bool m_largeText = false;
    bool m_highContrast = false;
    PreviewFindings m_findings;
    QTimer m_refreshTimer; // a moment after the last keystroke
    QTimer m_settleTimer;
    QMetaObject::Connection m_frameWait;
    QElapsedTimer m_sinceChange; // since the last keystroke
    bool m_changeShown = false; // refreshed since it, not yet checked
    int m_lastUpdateMs = 0;
};
