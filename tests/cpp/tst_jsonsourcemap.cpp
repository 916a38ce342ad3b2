#include "content/jsonsourcemap.h"

#include <QTest>

/** Key paths map to the line and column where a curator would look. */
class TestJsonSourceMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionOf_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const QByteArray doc
            = "{\n"
              "  \"languages\": [\"en\", \"zh\"],\n"
              "  \"chapters\": [\n"
              "    {\"id\": \"background\", \"title\": {\"en\": \"A\", \"zh\": \"背景\"}},\n"
              "    {\"id\": \"causes\", \"n\": -1.5e3, \"ok\": true}\n"
              "  ]\n"
              "}\n";
        QTest::newRow("top-level key") << doc << "languages" << 2 << 3;
        QTest::newRow("array element") << doc << "languages[1]" << 2 << 23;
        QTest::newRow("nested key") << doc << "chapters[0].title.en" << 4 << 36;
        QTest::newRow("after Chinese text") << doc << "chapters[1].id" << 5 << 6;
        QTest::newRow("after a number") << doc << "chapters[1].ok" << 5 << 35;
        QTest::newRow("missing key falls back to its object")
            << doc << "chapters[1].title.zh" << 5 << 5;
        QTest::newRow("missing element falls back to its list")
            << doc << "chapters[7].id" << 3 << 3;
        QTest::newRow("escaped quote in a string")
            << QByteArray("{\"a\": \"say \\\"hi\\\"\", \"b\": 1}") << "b" << 1 << 21;
    }

    void positionOf()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const JsonSourceMap map(json);
        const auto position = map.positionOf(path);
        QCOMPARE(position.line, line);
        QCOMPARE(position.column, column);
    }

    void survivesJunk_data()
    {
        QTest::addColumn<QByteArray>("junk");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unbalanced") << QByteArray("}}]]{[\"");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"a", 6);
    }

    void survivesJunk()
    {
        QFETCH(QByteArray, junk);
        const JsonSourceMap map(junk);
        QVERIFY(map.positionOf(QStringLiteral("a.b[3]")).line >= 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonSourceMap)
#include "tst_jsonsourcemap.moc"
