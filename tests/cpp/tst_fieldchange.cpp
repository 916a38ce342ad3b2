#include "studio/fieldchange.h"
#include "studiofixture.h"

#include <QTest>

/** "Changes since live": every field that differs, old beside new, and the
 *  one-page HTML an approver reads. */
class TestFieldChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedIsNoChange()
    {
        const ExhibitDocument live = StudioFixture::bundledExhibit();
        QVERIFY(FieldChange::between(live, live).isEmpty());
        QVERIFY(FieldChange::html({}, QStringLiteral("1126")).contains("No field differs"));
    }

    void editsAdditionsAndRemovals()
    {
        const ExhibitDocument live = StudioFixture::bundledExhibit();
        ExhibitDocument edited = live;
        edited.exhibit[QStringLiteral("zh")].title = QStringLiteral("一一二六");
        edited.chapters[2].text[QStringLiteral("en")].body.append(
            QStringLiteral("A new paragraph."));
        const TimelineEvent removed = edited.timeline.takeFirst();

        const QList<FieldChange> changes = FieldChange::between(live, edited);
        QCOMPARE(changes.first(),
                 FieldChange({ QStringLiteral("exhibit.title.zh"),
                               live.exhibit.value(QStringLiteral("zh")).title,
                               QStringLiteral("一一二六") }));
        const auto body = std::find_if(changes.cbegin(), changes.cend(), [](const auto &change) {
            return change.path == QLatin1String("chapters.battles.body.en");
        });
        QVERIFY(body != changes.cend());
        QVERIFY(body->after.endsWith(QLatin1String("\n\nA new paragraph.")));
        // The removed event's fields go to nothing, after everything the copy has.
        QCOMPARE(changes.last().path.section(QLatin1Char('.'), 0, 1),
                 QStringLiteral("timeline.") + removed.id);
        QVERIFY(changes.last().after.isEmpty());
        const auto removedTitle
            = std::find_if(changes.cbegin(), changes.cend(), [&](const auto &change) {
                  return change.path == QStringLiteral("timeline.%1.title.en").arg(removed.id);
              });
        QVERIFY(removedTitle != changes.cend());
        QCOMPARE(removedTitle->before, removed.text.value(QStringLiteral("en")).title);
    }

    void thePageShowsTextAsText()
    {
        const QByteArray page
            = FieldChange::html({ { QStringLiteral("exhibit.title.en"), QStringLiteral("1126"),
                                    QStringLiteral("<script>alert(1)</script> & more") },
                                  { QStringLiteral("exhibit.title.zh"), QStringLiteral("靖康"),
                                    QStringLiteral("第一段\n\n第二段") } },
                                QStringLiteral("Changes to \"1126\""));
        const QString text = QString::fromUtf8(page);
        QVERIFY(!text.contains(QLatin1String("<script>")));
        QVERIFY(text.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
        QVERIFY(text.contains(QStringLiteral("第一段<br><br>第二段")));
        QVERIFY(text.contains(QLatin1String("<title>Changes to &quot;1126&quot;</title>")));
        QVERIFY(text.contains(QLatin1String("2 fields differ")));
    }
};

QTEST_GUILESS_MAIN(TestFieldChange)
#include "tst_fieldchange.moc"
