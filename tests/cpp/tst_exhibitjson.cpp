#include "content/contentfields.h"
#include "content/exhibitjson.h"
#include "testhelpers.h"

#include <QTest>

/** Reading the exhibit JSON: what is accepted, and how each kind of mistake
 *  is reported to a curator (file, line, column, key). */
class TestExhibitJson : public QObject
{
    Q_OBJECT

private:
    QByteArray m_minimal;

private Q_SLOTS:
    void initTestCase()
    {
        m_minimal
            = TestHelpers::readAll(TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")));
        QVERIFY(!m_minimal.isEmpty());
    }

    void readsMinimalExhibit()
    {
        const auto result = ExhibitJson::read(m_minimal, QStringLiteral("minimal.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        const ExhibitDocument &doc = result.document;
        QCOMPARE(doc.languages, QStringList({ QStringLiteral("en"), QStringLiteral("zh") }));
        QCOMPARE(doc.chapters.size(), 2);
        QCOMPARE(doc.chapters.at(1).id, QStringLiteral("causes"));
        QCOMPARE(doc.chapters.at(0).text.value(QStringLiteral("zh")).body,
                 QStringList({ QStringLiteral("第一段。"), QStringLiteral("第二段。") }));
        QCOMPARE(doc.exhibit.value(QStringLiteral("zh")).callToAction, QStringLiteral("触摸开始"));
        QCOMPARE(doc.timeline.size(), 2);
        QCOMPARE(doc.timeline.at(0).text.value(QStringLiteral("zh")).era,
                 QStringLiteral("宣和二年"));
        QCOMPARE(doc.timeline.at(0).chapter, QStringLiteral("causes"));
        QCOMPARE(doc.timeline.at(1).endDate, QStringLiteral("1126-02-10"));
        QVERIFY(doc.timeline.at(1).text.value(QStringLiteral("en")).era.isEmpty());
        QCOMPARE(doc.map.years.size(), 1);
        QCOMPARE(doc.map.years.at(0).regions.at(0).outline.at(1), QPointF(125, 36));
        QCOMPARE(doc.map.years.at(0).regions.at(0).label, QPointF(115, 40));
        QVERIFY(!doc.map.years.at(0).regions.at(1).hasLabel);
        QCOMPARE(doc.map.features.at(1).toYear, 1127);
        QCOMPARE(doc.map.features.at(2).anchor, QStringLiteral("left"));
        QCOMPARE(doc.map.features.at(2).text.value(QStringLiteral("zh")).note,
                 QStringLiteral("宋都"));
    }

    // The minimal exhibit with one key figure, on the line where "figures": [] was.
    static QByteArray withFigure(QByteArray json)
    {
        return json.replace("\"figures\": [],", figureLine());
    }

    static QByteArray figureLine()
    {
        return QByteArrayLiteral(
            "\"figures\": [{\"id\": \"li-gang\", \"portrait\": \"portraits/li-gang.svg\", "
            "\"pinyin\": \"Lǐ Gāng\", \"chapters\": [\"causes\"], \"name\": {\"en\": \"Li Gang\", "
            "\"zh\": \"李纲\"}, \"lifespan\": {\"en\": \"1083–1140\", \"zh\": \"1083–1140年\"}, "
            "\"role\": {\"en\": \"Minister\", \"zh\": \"大臣\"}, \"biography\": {\"en\": "
            "\"Defended Kaifeng.\", \"zh\": \"守卫开封。\"}, \"portraitDescription\": {\"en\": "
            "\"A bearded official in a winged cap.\", \"zh\": \"戴展翅帽、留胡须的官员。\"}}],");
    }

    void readsKeyFigures()
    {
        const auto result = ExhibitJson::read(withFigure(m_minimal), QStringLiteral("figure.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.document.figures.size(), 1);
        const KeyFigure &figure = result.document.figures.first();
        QCOMPARE(figure.pinyin, QStringLiteral("Lǐ Gāng"));
        QCOMPARE(figure.chapters, QStringList { QStringLiteral("causes") });
        QCOMPARE(figure.text.value(QStringLiteral("zh")).lifespan, QStringLiteral("1083–1140年"));
        const QByteArray written = ExhibitJson::write(result.document);
        QCOMPARE(
            ExhibitJson::write(ExhibitJson::read(written, QStringLiteral("again.json")).document),
            written);

        // Curators' paths for a figure's fields.
        ExhibitDocument document = result.document;
        QString value;
        QString error;
        QVERIFY(ContentFields::set(&document, QStringLiteral("figures.li-gang.chapters"),
                                   QStringLiteral(" causes,background "), &error));
        QVERIFY(ContentFields::get(document, QStringLiteral("figures.li-gang.chapters"), &value,
                                   &error));
        QCOMPARE(value, QStringLiteral("causes, background"));
        QVERIFY(ContentFields::set(&document, QStringLiteral("figures.li-gang.role.zh"),
                                   QStringLiteral("宰相"), &error));
        QCOMPARE(document.figures.first().text.value(QStringLiteral("zh")).role,
                 QStringLiteral("宰相"));
        QVERIFY(!ContentFields::get(document, QStringLiteral("figures.yue-fei.role.en"), &value,
                                    &error));
        QCOMPARE(error,
                 QStringLiteral("figures.yue-fei.role.en: no figure \"yue-fei\" in this exhibit"));
        QVERIFY(ContentFields::paths(document).contains(
            QStringLiteral("figures.li-gang.biography.zh")));
    }

    void bundledExhibitIsValid()
    {
        const auto result = ExhibitJson::readFile(
            TestHelpers::sourceFile(QStringLiteral("content/exhibit.json")));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.document.chapters.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(result.document.chapters.at(i).id, ExhibitDocument::chapterIds().at(i));
    }

    void writeThenReadIsIdentity()
    {
        const auto first = ExhibitJson::read(m_minimal, QStringLiteral("minimal.json"));
        const QByteArray written = ExhibitJson::write(first.document);
        const auto second = ExhibitJson::read(written, QStringLiteral("written.json"));
        QVERIFY(second.ok());
        QCOMPARE(ExhibitJson::write(second.document), written);
    }

    // Each row: a replacement in the minimal exhibit, and the exact report.
    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");

        QTest::newRow("syntax error")
            << QByteArray("\"figures\": [],") << QByteArray("\"figures\": [,")
            << "bad.json:29:16: not valid JSON: illegal value";
        QTest::newRow("missing Chinese title")
            << QByteArray("\"title\": {\"en\": \"Causes\", \"zh\": \"起因\"}")
            << QByteArray("\"title\": {\"en\": \"Causes\"}")
            << "bad.json:21:7: chapters[1].title.zh: text is missing or empty";
        QTest::newRow("empty teaser")
            << QByteArray("\"teaser\": {\"en\": \"A pact at sea.\"")
            << QByteArray("\"teaser\": {\"en\": \"  \"")
            << "bad.json:23:18: chapters[1].teaser.en: text is missing or empty";
        QTest::newRow("unknown chapter id")
            << QByteArray("\"id\": \"causes\"") << QByteArray("\"id\": \"causez\"")
            << "bad.json:19:7: chapters[1].id: 'causez' is not a chapter id; use one of: "
               "background, causes, battles, aftermath, legacy";
        QTest::newRow("duplicate chapter")
            << QByteArray("\"id\": \"causes\"") << QByteArray("\"id\": \"background\"")
            << "bad.json:19:7: chapters[1].id: chapter 'background' appears more than once";
        QTest::newRow("image escapes media root")
            << QByteArray("images/causes.svg") << QByteArray("../../etc/passwd")
            << "bad.json:20:7: chapters[1].image: '../../etc/passwd' must be a path "
               "inside the media folder (no leading '/', no '..')";
        QTest::newRow("absolute image path")
            << QByteArray("images/causes.svg") << QByteArray("/tmp/x.svg")
            << "bad.json:20:7: chapters[1].image: '/tmp/x.svg' must be a path "
               "inside the media folder (no leading '/', no '..')";
        QTest::newRow("body not a list")
            << QByteArray("\"en\": [\"Only paragraph.\"]")
            << QByteArray("\"en\": \"Only paragraph.\"")
            << "bad.json:25:16: chapters[1].body.en: expected a list of paragraphs, found text";
        QTest::newRow("number as paragraph")
            << QByteArray("\"Only paragraph.\"") << QByteArray("42")
            << "bad.json:25:23: chapters[1].body.en[0]: expected a paragraph of text, found a "
               "number";
        QTest::newRow("typo in a key")
            << QByteArray("\"teaser\": {\"en\": \"A pact")
            << QByteArray("\"teasr\": {\"en\": \"A pact")
            << "bad.json:23:7: chapters[1].teasr: unknown key \"teasr\" "
               "(expected one of: id, image, "
               "title, subtitle, teaser, imageCaption, imageDescription, "
               "inBrief, body, narration)";
        QTest::newRow("language not in the exhibit")
            << QByteArray("\"zh\": \"联盟\"") << QByteArray("\"fr\": \"Alliance\"")
            << "bad.json:22:41: chapters[1].subtitle.fr: language \"fr\" is not in the "
               "exhibit's \"languages\"";
        QTest::newRow("missing section")
            << QByteArray("\"figures\": [],") << QByteArray()
            << "bad.json:1:1: figures: required key \"figures\" is missing (use [] if empty)";
        QTest::newRow("bad language code")
            << QByteArray("[\"en\", \"zh\"]") << QByteArray("[\"en\", \"zh\", \"EN\"]")
            << "bad.json:2:29: languages[2]: 'EN' is not a language code such as \"en\" or \"zh\"";
        const QByteArray narrated = "\"id\": \"causes\", \"narration\": ";
        QTest::newRow("narration path escapes")
            << QByteArray("\"id\": \"causes\",")
            << narrated + "{\"en\": {\"audio\": \"/tmp/a.opus\", \"captions\": \"a.vtt\"}},"
            << "bad.json:19:44: chapters[1].narration.en.audio: '/tmp/a.opus' must be a path "
               "inside the media folder "
               "(no leading '/', no '..')";
        QTest::newRow("narration without captions")
            << QByteArray("\"id\": \"causes\",") << narrated + "{\"zh\": {\"audio\": \"a.opus\"}},"
            << "bad.json:19:37: chapters[1].narration.zh.captions: required key \"captions\" is "
               "missing";
        QTest::newRow("narration with empty captions")
            << QByteArray("\"id\": \"causes\",")
            << narrated + "{\"en\": {\"audio\": \"a.opus\", \"captions\": \"\"}},"
            << "bad.json:19:63: chapters[1].narration.en.captions: every narration needs its "
               "captions, for visitors who cannot hear it: a WebVTT file in the media folder";
        QTest::newRow("picture description empty in Chinese")
            << QByteArray("\"zh\": \"一幅水墨画：河边一座有城墙的城市。\"")
            << QByteArray("\"zh\": \"\"")
            << "bad.json:15:131: chapters[0].imageDescription.zh: text is missing or empty: say in "
               "words what the "
               "picture shows, for visitors who cannot see it";
        QTest::newRow("easy-read text missing in English")
            << QByteArray("\"inBrief\": {\"en\": \"The Song ruled China. Its capital was rich.\", ")
            << QByteArray("\"inBrief\": {")
            << "bad.json:15:159: chapters[0].inBrief.en: text is missing or empty";
        QTest::newRow("map year description missing in Chinese")
            << QByteArray(", \"zh\": \"金占北方，宋占南方。\"") << QByteArray()
            << "bad.json:37:118: map.years[0].description.zh: text is missing or empty: say in "
               "words what the "
               "picture shows, for visitors who cannot see it";
        QTest::newRow("narration not an object")
            << QByteArray("\"id\": \"causes\",") << narrated + "{\"en\": \"a.opus\"},"
            << "bad.json:19:37: chapters[1].narration.en: expected {\"audio\": …, \"captions\": "
               "…}, found text";
        QTest::newRow("event out of date order")
            << QByteArray("\"date\": \"1126-01-30\"") << QByteArray("\"date\": \"1119\"")
            << "bad.json:28:211: timeline[1].date: 1119 comes before the previous event's 1120: "
               "keep the timeline in date order";
        QTest::newRow("impossible date")
            << QByteArray("\"date\": \"1120\"") << QByteArray("\"date\": \"1120-02-30\"")
            << "bad.json:28:35: timeline[0].date: '1120-02-30' is not a date such as 1126, 1126-01 "
               "or 1126-01-18";
        QTest::newRow("end before start") << QByteArray("\"endDate\": \"1126-02-10\"")
                                          << QByteArray("\"endDate\": \"1125-02-10\"")
                                          << "bad.json:28:233: timeline[1].endDate: '1125-02-10' "
                                             "is not a date on or after 1126-01-30";
        QTest::newRow("event in an unknown chapter")
            << QByteArray("\"chapter\": \"causes\"") << QByteArray("\"chapter\": \"sieges\"")
            << "bad.json:28:51: timeline[0].chapter: no chapter 'sieges' in this exhibit";
        QTest::newRow("event text missing in Chinese")
            << QByteArray("\"text\": {\"en\": \"A pact.\", \"zh\": \"盟约。\"}")
            << QByteArray("\"text\": {\"en\": \"A pact.\"}")
            << "bad.json:28:154: timeline[0].text.zh: text is missing or empty";
        QTest::newRow("map point with latitude first")
            << QByteArray("[125, 36], [125, 45]") << QByteArray("[36, 125], [125, 45]")
            << "bad.json:39:50: map.years[0].regions[0].outline[1]: [36, 125] lies outside "
               "the map (longitude 90 to 135, latitude 18 to 55): is it [longitude, latitude]?";
        QTest::newRow("map region of an unknown state")
            << QByteArray("{\"state\": \"song\"") << QByteArray("{\"state\": \"xia\"")
            << "bad.json:40:11: map.years[0].regions[1].state: no state 'xia' in map.states";
        QTest::newRow("map colour not a colour")
            << QByteArray("\"#b5452f\"") << QByteArray("\"red\"")
            << "bad.json:34:22: map.states[1].colour: 'red' is not a colour such as \"#b5452f\"";
        QTest::newRow("map city of two points")
            << QByteArray("[[114.345, 34.795]]") << QByteArray("[[114.345, 34.795], [114, 35]]")
            << "bad.json:47:41: map.features[2].points: a city is one point: [[longitude, "
               "latitude]]";
        QTest::newRow("map caption missing in Chinese")
            << QByteArray(", \"zh\": \"北方沦陷。\"") << QByteArray()
            << "bad.json:37:62: map.years[0].caption.zh: text is missing or empty";
        QTest::newRow("map point not a pair")
            << QByteArray("[110, 35], [118, 38]") << QByteArray("[110, 35], [118]")
            << "bad.json:45:69: map.features[1].points[1]: expected [longitude, latitude] in "
               "degrees, e.g. [114.35, 34.8]";
        QTest::newRow("map feature of unknown kind")
            << QByteArray("\"kind\": \"river\"") << QByteArray("\"kind\": \"canal\"")
            << "bad.json:45:30: map.features[1].kind: 'canal' is not a kind of feature; use "
               "one of: sea, land, river, wall, city, pass";
        const QByteArray figure = figureLine();
        QTest::newRow("figure in an unknown chapter")
            << QByteArray("\"figures\": [],")
            << QByteArray(figure).replace("[\"causes\"]", "[\"sieges\"]")
            << "bad.json:29:104: figures[0].chapters[0]: no chapter 'sieges' in this exhibit";
        QTest::newRow("figure portrait escapes")
            << QByteArray("\"figures\": [],")
            << QByteArray(figure).replace("portraits/li-gang.svg", "../li-gang.svg")
            << "bad.json:29:33: figures[0].portrait: '../li-gang.svg' must be a path inside the "
               "media "
               "folder (no leading '/', no '..')";
        QTest::newRow("figure biography missing in Chinese")
            << QByteArray("\"figures\": [],")
            << QByteArray(figure).replace(", \"zh\": \"守卫开封。\"", "")
            << "bad.json:29:247: figures[0].biography.zh: text is missing or empty";
        QTest::newRow("portrait description empty")
            << QByteArray("\"figures\": [],")
            << QByteArray(figure).replace("A bearded official in a winged cap.", "")
            << "bad.json:29:328: figures[0].portraitDescription.en: text is missing or empty: say "
               "in words what the "
               "picture shows, for visitors who cannot see it";
        QTest::newRow("figure id with capitals")
            << QByteArray("\"figures\": [],")
            << QByteArray(figure).replace("\"li-gang\"", "\"Li Gang\"")
            << "bad.json:29:16: figures[0].id: 'Li Gang' is not a figure id (lowercase letters, "
               "digits "
               "and hyphens, at most 40)";
        QTest::newRow("markup in a title")
            << QByteArray("\"title\": {\"en\": \"Background\"")
            << QByteArray(
                   "\"title\": {\"en\": \"Background<img src=\\\"http://127.0.0.1:8/t.png\\\">\"")
            << "bad.json:12:17: chapters[0].title.en: '<img' looks like markup; content text is "
               "shown exactly as written, so tags and character entities are refused";
        QTest::newRow("entity in an event's text")
            << QByteArray("\"text\": {\"en\": \"A pact.\"")
            << QByteArray("\"text\": {\"en\": \"A pact &amp; a war.\"")
            << "bad.json:28:163: timeline[0].text.en: '&amp;' looks like markup; content "
               "text is shown exactly as written, so tags and character entities are refused";
        QTest::newRow("not an object") << m_minimal << QByteArray("[1, 2]")
                                       << "bad.json:1:1: the exhibit must be a JSON object { … }";
    }

    void refusedBeforeParsing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("100 KB of [") << QByteArray(100 * 1024, '[')
                                     << "bad.json:1:33: brackets nested more than 32 levels deep; "
                                        "an exhibit needs at most 9";
        QTest::newRow("objects on lines of their own")
            << QByteArray("{\n").repeated(40)
            << "bad.json:33:1: brackets nested more than 32 levels deep; an exhibit "
               "needs at most 9";
        QTest::newRow("larger than 64 MB")
            << QByteArray(ExhibitJson::maxFileSize + 1, ' ')
            << "bad.json: the file is larger than 64 MB; an exhibit is far smaller (is this the "
               "right file?)";
    }

    // Refused in one line, before a source map or a document is built: the
    // 100 KB of brackets took 8 GB of memory and aborted, before the depth check.
    void refusedBeforeParsing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ExhibitJson::ReadResult result = ExhibitJson::read(json, QStringLiteral("bad.json"));
        QCOMPARE(result.errors, QStringList { expected });
    }

    void bracketsInTextAreText()
    {
        QByteArray json = m_minimal;
        json.replace("\"Only paragraph.\"", "\"" + QByteArray(200, '[') + "\"");
        const ExhibitJson::ReadResult result
            = ExhibitJson::read(json, QStringLiteral("brackets.json"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    }

    void markupIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("image tag") << "Background<img src=\"http://x/t.png\">"
                                   << "<img";
        QTest::newRow("closing tag") << "bold</b>"
                                     << "</b";
        QTest::newRow("comment") << "a <!-- b -->"
                                 << "<!--";
        QTest::newRow("processing instruction") << "<?xml"
                                                << "<?xml";
        QTest::newRow("named entity") << "Song &amp; Jin"
                                      << "&amp;";
        QTest::newRow("numeric entity") << "&#60;b>"
                                        << "&#60;";
        QTest::newRow("hexadecimal entity") << "&#x3C;b>"
                                            << "&#x3C;";
        QTest::newRow("less-than in text") << "a < b and 1<2"
                                           << "";
        QTest::newRow("ampersand in text") << "AT&T, Han & Tang; Song&Jin"
                                           << "";
        QTest::newRow("Chinese brackets") << "《满江红》〈序〉"
                                          << "";
    }

    void markupIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        QCOMPARE(ExhibitValidator::markupIn(text), found);
    }

    void reportsProblems()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = m_minimal;
        QVERIFY2(json.contains(from), from.constData());
        json.replace(from, to);
        const auto result = ExhibitJson::read(json, QStringLiteral("bad.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.contains(expected),
                 qPrintable(result.errors.join(QLatin1Char('\n'))));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << m_minimal.left(m_minimal.size() / 2)
                                   << "bad.json:28:39: not valid JSON: unterminated string";
        QTest::newRow("trailing comma")
            << QByteArray(m_minimal).replace("\"figures\": [],", "\"figures\": [1,],")
            << "bad.json:29:18: not valid JSON: object is missing after a comma";
        QTest::newRow("invalid UTF-8") << QByteArray(m_minimal).replace("起因", "\xff\xfe")
                                       << "bad.json:21:40: not valid JSON: invalid UTF8 string";
        QTest::newRow("empty file")
            << QByteArray() << "bad.json:1:1: not valid JSON: illegal value";
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = ExhibitJson::read(json, QStringLiteral("bad.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first(), expected);
    }

    void unreadableFileIsNamed()
    {
        const auto result = ExhibitJson::readFile(QStringLiteral("/nonexistent/exhibit.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.errors.first().startsWith(
            QLatin1String("/nonexistent/exhibit.json: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestExhibitJson)
#include "tst_exhibitjson.moc"
