#include "content/contentfields.h"
#include "content/contentfile.h"
#include "content/translationsources.h"
#include "curatorrunner.h"
#include "testhelpers.h"
#include "translation/translationunits.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using State = TranslationSources::State;

/** The translators' round trip on a copy of the bundled exhibit, through
 *  exhibit-curator as a curator runs it: the texts out as XLIFF 1.2 with
 *  their states, back in all or nothing, through Qt Linguist's lconvert and
 *  back unchanged, and every kind of wrong file refused with its line, the
 *  database byte for byte as it was. */
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CuratorRunner curator;
    QString m_database;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExhibitDocument read() const
    {
        ExhibitDocument document;
        QString error;
        [&] { QVERIFY2(ContentFile::read(m_database, &document, &error), qPrintable(error)); }();
        return document;
    }

    QString field(const QString &name) const
    {
        QString value;
        QString error;
        ContentFields::get(read(), name, &value, &error);
        return value;
    }

    QByteArray exported(const QStringList &options = {})
    {
        const QString out = path(QStringLiteral("out.xlf"));
        [&] {
            QVERIFY2(curator(QStringList { QStringLiteral("translations"), QStringLiteral("export"),
                                           m_database }
                             + options + QStringList { out })
                         == 0,
                     qPrintable(curator.err));
        }();
        return TestHelpers::readAll(out);
    }

    int import(const QByteArray &xliff, const QString &name = QStringLiteral("in.xlf"))
    {
        const QString in = path(name);
        [&] { QVERIFY(TestHelpers::writeAll(in, xliff)); }();
        return curator(
            { QStringLiteral("translations"), QStringLiteral("import"), m_database, in });
    }

    // Every visitor-facing text, as a translator would compare the exhibit.
    QStringList allTexts()
    {
        QStringList texts;
        const ExhibitDocument document = read();
        for (const QString &name : ContentFields::paths(document)) {
            QString value;
            QString error;
            ContentFields::get(document, name, &value, &error);
            texts << name + QLatin1Char('=') + value;
        }
        return texts;
    }

    static int lineOf(const QByteArray &xml, const QByteArray &text)
    {
        const qsizetype at = xml.indexOf(text);
        return at < 0 ? -1 : int(xml.left(at).count('\n')) + 1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = path(QStringLiteral("content.db"));
        QFile::remove(m_database);
        QCOMPARE(curator({ QStringLiteral("import"), m_database,
                           TestHelpers::sourceFile(QStringLiteral("content/exhibit.json")) }),
                 0);
    }

    void everyTextGoesOutWithWhereItIsShown()
    {
        const QByteArray xliff = exported({ QStringLiteral("--target"), QStringLiteral("zh") });
        QVERIFY2(curator.out.contains(QLatin1String("translated, 0 to translate, 0 to review")),
                 qPrintable(curator.out));
        QVERIFY(xliff.contains(
            R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">)"));
        QVERIFY(xliff.contains(R"(source-language="en" target-language="zh")"));
        // A unit per text, named as 'get' names it; paragraphs one by one.
        QVERIFY(xliff.contains(R"(<trans-unit id="chapters.battles.title.zh" approved="yes" )"
                               R"(maxwidth="60" size-unit="char">)"));
        QVERIFY(xliff.contains(R"(<trans-unit id="chapters.battles.body.zh[3]")"));
        QVERIFY(xliff.contains("<source>Battles</source>"));
        QVERIFY(xliff.contains(R"(<target state="translated">战役</target>)"));
        QVERIFY(xliff.contains(R"(<note annotates="source" from="developer">)"
                               "The chapter's page, its heading, and its tile on the menu; "
                               "at most 60 characters.</note>"));

        QVERIFY(!xliff.contains(".narration."));
        QVERIFY(!xliff.contains(R"(id="chapters.battles.image")"));
        const int units = int(xliff.count("<trans-unit "));
        QVERIFY2(units > 150, QByteArray::number(units));
        // Nothing to do yet: --needs-work writes an empty file.
        QCOMPARE(exported({ QStringLiteral("--needs-work") }).count("<trans-unit "), 0);
    }

    void aChangedSourceAsksForReview()
    {
        QCOMPARE(
            curator({ QStringLiteral("set"), m_database,
                      QStringLiteral("chapters.battles.title.en"), QStringLiteral("The sieges") }),
            0);
        const QByteArray xliff = exported({ QStringLiteral("--needs-work") });
        QCOMPARE(xliff.count("<trans-unit "), 1);
        QVERIFY(xliff.contains(R"(<target state="needs-review-translation">战役</target>)"));
        QVERIFY(curator.out.contains(QLatin1String("1 to review")));
        // Translated again: in step, and the change printed.
        QByteArray done = xliff;
        done.replace(R"(<target state="needs-review-translation">战役</target>)",
                     R"(<target state="translated">围城</target>)");
        QCOMPARE(import(done), 0);
        QVERIFY2(
            curator.out.contains(QStringLiteral("chapters.battles.title.zh: \"战役\" -> \"围城\"")),
            qPrintable(curator.out));
        QCOMPARE(field(QStringLiteral("chapters.battles.title.zh")), QStringLiteral("围城"));
        QCOMPARE(exported({ QStringLiteral("--needs-work") }).count("<trans-unit "), 0);
        // Editing the translation by hand also puts it in step.
        QCOMPARE(curator({ QStringLiteral("set"), m_database,
                           QStringLiteral("chapters.battles.title.en"), QStringLiteral("Sieges") }),
                 0);
        QCOMPARE(
            curator({ QStringLiteral("set"), m_database,
                      QStringLiteral("chapters.battles.title.zh"), QStringLiteral("两次围城") }),
            0);
        QCOMPARE(exported({ QStringLiteral("--needs-work") }).count("<trans-unit "), 0);
    }

    void aParagraphChangedAsksForThatParagraphOnly()
    {
        QString body = field(QStringLiteral("chapters.causes.body.en"));
        QStringList paragraphs = ContentFields::paragraphs(body);
        paragraphs[1] += QStringLiteral(" It was a fateful choice.");
        QCOMPARE(
            curator({ QStringLiteral("set"), m_database, QStringLiteral("chapters.causes.body.en"),
                      paragraphs.join(QStringLiteral("\n\n")) }),
            0);
        const QByteArray xliff
            = exported({ QStringLiteral("--state"), QStringLiteral("needs-review-translation") });
        QCOMPARE(xliff.count("<trans-unit "), 1);
        QVERIFY(xliff.contains(R"(id="chapters.causes.body.zh[1]")"));
        QVERIFY(xliff.contains("It was a fateful choice."));
    }

    void anEmptyTranslationNeedsTranslating()
    {
        ExhibitDocument document = read();
        const QList<TranslationUnit> before
            = TranslationUnits::units(document, QStringLiteral("en"), QStringLiteral("zh"));
        document.chapters[0].text[QStringLiteral("zh")].title.clear();
        const QList<TranslationUnit> after
            = TranslationUnits::units(document, QStringLiteral("en"), QStringLiteral("zh"));
        QCOMPARE(after.size(), before.size());
        const auto title
            = std::find_if(after.cbegin(), after.cend(), [](const TranslationUnit &unit) {
                  return unit.id == QLatin1String("chapters.background.title.zh");
              });
        QVERIFY(title != after.cend());
        QCOMPARE(title->state, State::NeedsTranslation);
        QCOMPARE(TranslationUnits::stateName(title->state), QStringLiteral("needs-translation"));
    }

    void lconvertReadsItAndWritesItBackUnchanged()
    {
        const QString lconvert = qEnvironmentVariable("EXHIBIT_LCONVERT");
        if (lconvert.isEmpty() || !QFileInfo::exists(lconvert))
            QSKIP("Qt Linguist's lconvert (qt6-l10n-tools) is not installed");
        const QStringList texts = allTexts();
        exported();
        const auto run = [&](const QString &in, const QString &out) {
            QProcess process;
            process.start(lconvert,
                          { QStringLiteral("-i"), path(in), QStringLiteral("-o"), path(out) });
            QVERIFY(process.waitForFinished(60000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        };
        // Into a Qt Linguist file a translator opens, and out again as XLIFF.
        run(QStringLiteral("out.xlf"), QStringLiteral("linguist.ts"));
        const QByteArray ts = TestHelpers::readAll(path(QStringLiteral("linguist.ts")));
        QVERIFY(ts.contains("<translation>战役</translation>")); // finished, not "unfinished"
        QVERIFY(ts.contains("<extracomment>The chapter&apos;s page, its heading"));
        run(QStringLiteral("linguist.ts"), QStringLiteral("back.xlf"));
        const QByteArray back = TestHelpers::readAll(path(QStringLiteral("back.xlf")));
        QVERIFY(back.contains(R"(id="chapters.battles.title.zh")"));
        QCOMPARE(import(back, QStringLiteral("back.xlf")), 0);
        QVERIFY2(curator.out.contains(QLatin1String("; none changed")), qPrintable(curator.out));
        QCOMPARE(allTexts(), texts);
    }

    void aWrongFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");

        QTest::newRow("XLIFF 2.0")
            << QByteArray(R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">)")
            << QByteArray(
                   R"(<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">)")
            << "XLIFF 2.0: only XLIFF 1.2 is read";
        QTest::newRow("a Qt Linguist .ts file")
            << QByteArray(R"(<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">)")
            << QByteArray(R"(<TS version="2.1" language="zh">)") << "a Qt Linguist .ts file";
        QTest::newRow("a target for another language")
            << QByteArray(R"(id="chapters.battles.title.zh")")
            << QByteArray(R"(id="chapters.battles.title.en")")
            << "chapters.battles.title.en is a text in en, but the file's translations are into zh";
        QTest::newRow("a source that no longer matches")
            << QByteArray("<source>Battles</source>") << QByteArray("<source>Wars</source>")
            << "chapters.battles.title.zh: its source is no longer the exhibit's en text";
        QTest::newRow("a text the exhibit does not have")
            << QByteArray(R"(id="chapters.battles.title.zh")")
            << QByteArray(R"(id="chapters.battles.motto.zh")")
            << "chapters.battles.motto.zh: the exhibit has no such text";
        QTest::newRow("twice the same id") << QByteArray(R"(id="chapters.battles.subtitle.zh")")
                                           << QByteArray(R"(id="chapters.battles.title.zh")")
                                           << "chapters.battles.title.zh again (it is on line";
        QTest::newRow("markup inside a target")
            << QByteArray(R"(<target state="translated">战役</target>)")
            << QByteArray(R"(<target state="translated"><g id="1">战役</g></target>)")
            << "markup inside the target (<g>)";
        QTest::newRow("markup written as text")
            << QByteArray(R"(<target state="translated">战役</target>)")
            << QByteArray(R"(<target state="translated">&lt;b&gt;战役&lt;/b&gt;</target>)")
            << "chapters.battles.title.zh: ";
        QTest::newRow("longer than the layout allows")
            << QByteArray(R"(<target state="translated">战役</target>)")
            << QByteArray(R"(<target state="translated">)") + QString(61, QChar(0x6218)).toUtf8()
                + QByteArray("</target>")
            << "the layout allows at most 60";
        QTest::newRow("not UTF-8")
            << QByteArray(R"(<target state="translated">战役</target>)")
            << QByteArray("<target state=\"translated\">\xe6\x88</target>") << "not UTF-8 text";
        QTest::newRow("a unit without an id")
            << QByteArray(R"(<trans-unit id="chapters.battles.title.zh")")
            << QByteArray("<trans-unit") << "a <trans-unit> without an id";
        QTest::newRow("a language the exhibit does not have")
            << QByteArray(R"(target-language="zh")") << QByteArray(R"(target-language="fr")")
            << "the file is from en into fr; the exhibit's languages are en, zh";
    }

    void aWrongFileChangesNothing()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QByteArray xliff = exported();
        const int line = lineOf(xliff, from);
        QVERIFY2(line > 0, from.constData());
        xliff.replace(xliff.indexOf(from), from.size(), to);
        const QByteArray before = TestHelpers::readAll(m_database);
        QCOMPARE(import(xliff), int(CuratorCommand::ContentProblems));
        QVERIFY2(curator.err.contains(reason), qPrintable(curator.err));
        // Named with the file and the line of the unit (or the file's first lines).
        const QRegularExpression where(QStringLiteral("in\\.xlf:(\\d+): "));
        const QRegularExpressionMatch match = where.match(curator.err);
        QVERIFY2(match.hasMatch(), qPrintable(curator.err));
        QVERIFY2(qAbs(match.captured(1).toInt() - line) <= 2, qPrintable(curator.err));
        QVERIFY(curator.err.contains(QLatin1String("was not changed")));
        QCOMPARE(TestHelpers::readAll(m_database), before);
    }

    void aLanguageAddedIsADraftUntilTranslated()
    {
        QCOMPARE(
            curator({ QStringLiteral("languages"), QStringLiteral("add"), m_database,
                      QStringLiteral("fr"), QStringLiteral("--name"), QStringLiteral("Français") }),
            0);
        QCOMPARE(curator({ QStringLiteral("languages"), m_database }), 0);
        QVERIFY2(curator.out.contains(QStringLiteral("en  English  the source of the others\n"
                                                     "zh  中文  complete\n"
                                                     "fr  Français  draft: ")),
                 qPrintable(curator.out));
        // validate counts what is missing on one line, and publish refuses it.
        QCOMPARE(curator({ QStringLiteral("validate"), m_database }),
                 int(CuratorCommand::ContentProblems));
        QVERIFY2(QRegularExpression(QStringLiteral("^fr: (\\d+) of \\1 texts still to write"),
                                    QRegularExpression::MultilineOption)
                     .match(curator.out)
                     .hasMatch(),
                 qPrintable(curator.out));
        QVERIFY2(!curator.out.contains(QLatin1String("title.fr: text is missing")),
                 qPrintable(curator.out));
        // The kiosk has no French for its own buttons: said, and they stay English.
        QVERIFY2(
            curator.out.contains(QLatin1String("warning: languages.fr: the kiosk's own words")),
            qPrintable(curator.out));
        QVERIFY2(!curator.out.contains(QLatin1String("warning: languages.zh")),
                 qPrintable(curator.out));
        const QString live = path(QStringLiteral("live/content.db"));
        QCOMPARE(curator({ QStringLiteral("publish"), m_database, live }),
                 int(CuratorCommand::ContentProblems));
        QVERIFY(!QFileInfo::exists(live));

        // A text at a time, with set: the other texts may stay missing.
        QCOMPARE(curator({ QStringLiteral("set"), m_database, QStringLiteral("exhibit.title.fr"),
                           QStringLiteral("1126") }),
                 0);
        // Everything else through a translator's file: every unit to translate.
        QByteArray xliff = exported(
            { QStringLiteral("--target"), QStringLiteral("fr"), QStringLiteral("--needs-work") });
        QVERIFY(xliff.contains(R"(target-language="fr")"));
        QVERIFY(xliff.contains(R"(<target state="needs-translation"></target>)"));
        QVERIFY(!xliff.contains(R"(id="exhibit.title.fr")"));
        // The translator's work: each source in brackets, as pseudo-French.
        static const QRegularExpression unit(QStringLiteral(
            "<source>([^<]*)</source>\\s*<target state=\"needs-translation\"></target>"));
        QString text = QString::fromUtf8(xliff);
        text.replace(unit, QStringLiteral("<source>\\1</source><target>«\\1»</target>"));
        QCOMPARE(import(text.toUtf8()), 0);
        QCOMPARE(field(QStringLiteral("chapters.battles.title.fr")), QStringLiteral("«Battles»"));
        QCOMPARE(
            ContentFields::paragraphs(field(QStringLiteral("chapters.battles.body.fr"))).size(),
            ContentFields::paragraphs(field(QStringLiteral("chapters.battles.body.en"))).size());
        // Complete, so it validates; and it can be taken out again.
        QCOMPARE(curator({ QStringLiteral("languages"), m_database }), 0);
        QVERIFY2(curator.out.contains(QStringLiteral("fr  Français  complete")),
                 qPrintable(curator.out));
        QCOMPARE(curator({ QStringLiteral("languages"), QStringLiteral("remove"), m_database,
                           QStringLiteral("fr") }),
                 0);
        QCOMPARE(read().languages, QStringList({ QStringLiteral("en"), QStringLiteral("zh") }));
        // Every French text went with it, the map's and the translation records too:
        // added again, French starts from nothing.
        const ExhibitDocument removed = read();
        QVERIFY(!removed.map.states.constFirst().name.contains(QStringLiteral("fr")));
        QVERIFY(!removed.map.features.constFirst().text.contains(QStringLiteral("fr")));
        for (const QString &path : removed.translatedFrom.keys())
            QVERIFY2(!path.contains(QLatin1String(".fr")), qPrintable(path));
        QCOMPARE(curator({ QStringLiteral("languages"), QStringLiteral("add"), m_database,
                           QStringLiteral("fr") }),
                 0);
        const TranslationUnits::ToWrite again
            = TranslationUnits::toWrite(read(), QStringLiteral("fr"));
        QCOMPARE(again.missing, again.total);
    }

    void aLanguageIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a tag")
            << QStringList { QStringLiteral("add"), QStringLiteral("French") }
            << "'French' is not a language tag";
        QTest::newRow("there already")
            << QStringList { QStringLiteral("add"), QStringLiteral("zh") } << "already has zh";
        QTest::newRow("the source")
            << QStringList { QStringLiteral("remove"), QStringLiteral("en") }
            << "en is the exhibit's first language";
        QTest::newRow("not there") << QStringList { QStringLiteral("remove"), QStringLiteral("fr") }
                                   << "has no language fr";
    }

    void aLanguageIsRefusedWithItsReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const QByteArray before = TestHelpers::readAll(m_database);
        arguments.insert(1, m_database);
        QCOMPARE(curator(QStringList { QStringLiteral("languages") } + arguments),
                 int(CuratorCommand::UsageError));
        QVERIFY2(curator.err.contains(reason), qPrintable(curator.err));
        QCOMPARE(TestHelpers::readAll(m_database), before);
    }

    void aWrongExportOptionIsNamed_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown state")
            << QStringList { QStringLiteral("--state"), QStringLiteral("done") }
            << "'done' is not a state (translated, needs-translation, needs-review-translation)";
        QTest::newRow("unknown target")
            << QStringList { QStringLiteral("--target"), QStringLiteral("fr") }
            << "'fr' is not one of the exhibit's languages (en, zh)";
        QTest::newRow("source into itself")
            << QStringList { QStringLiteral("--source"), QStringLiteral("zh"),
                             QStringLiteral("--target"), QStringLiteral("zh") }
            << "the source and target are both zh";
    }

    void aWrongExportOptionIsNamed()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        const QString out = path(QStringLiteral("refused.xlf"));
        QCOMPARE(curator(QStringList { QStringLiteral("translations"), QStringLiteral("export"),
                                       m_database }
                         + options + QStringList { out }),
                 int(CuratorCommand::UsageError));
        QVERIFY2(curator.err.contains(reason), qPrintable(curator.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aFileCutShortChangesNothing()
    {
        const QByteArray xliff = exported();
        const QByteArray before = TestHelpers::readAll(m_database);
        QCOMPARE(import(xliff.left(xliff.size() / 2)), int(CuratorCommand::ContentProblems));
        QVERIFY2(curator.err.contains(QLatin1String("the file ends early")),
                 qPrintable(curator.err));
        QCOMPARE(TestHelpers::readAll(m_database), before);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
