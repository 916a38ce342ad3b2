#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <tuple>

/** One key figure as their page shows them, in the visitor's language, with
 *  the chapters that tell of them (chapterIndexes and chapterTitles pair up). */
struct KeyFigureDetail
{
    Q_GADGET
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString otherNames MEMBER otherNames)
    Q_PROPERTY(QString pinyin MEMBER pinyin)
    Q_PROPERTY(QString namesLine MEMBER namesLine)
    Q_PROPERTY(QString lifespan MEMBER lifespan)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString biography MEMBER biography)
    Q_PROPERTY(QUrl portraitSource MEMBER portraitSource)
    Q_PROPERTY(QString portraitDescription MEMBER portraitDescription)
    Q_PROPERTY(QList<int> chapterIndexes MEMBER chapterIndexes)
    Q_PROPERTY(QStringList chapterTitles MEMBER chapterTitles)

public:
    bool valid = false; // false: no figure is open
    QString name;
    QString otherNames; // the name as the other languages write it: "宋徽宗 赵佶"
    QString pinyin;
    QString namesLine; // the other names and the pinyin, as the page's second line
    QString lifespan;
    QString role;
    QString biography;
    QUrl portraitSource; // empty when the file is missing
    QList<int> chapterIndexes;
    QStringList chapterTitles;
    QString portraitDescription; // the portrait in words

    friend bool operator==(const KeyFigureDetail &a, const KeyFigureDetail &b)
    {
        const auto fields = [](const KeyFigureDetail &d) {
            return std::tie(d.valid, d.name, d.otherNames, d.pinyin, d.namesLine, d.lifespan,
                            d.role, d.biography, d.portraitSource, d.chapterIndexes,
                            d.chapterTitles, d.portraitDescription);
        };
        return fields(a) == fields(b);
    }
};
