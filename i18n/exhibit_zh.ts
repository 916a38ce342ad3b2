<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="58"/>
        <source>Make it easier to see</source>
        <translation>让阅读更轻松</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="66"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="67"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="68"/>
        <source>Less motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="78"/>
        <source>: on</source>
        <translation>：开</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="78"/>
        <source>: off</source>
        <translation>：关</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChapterNavigationBar</name>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="43"/>
        <source>Chapters</source>
        <translation>章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="44"/>
        <source>Back to the chapter menu</source>
        <translation>返回章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="57"/>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="74"/>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="61"/>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="147"/>
        <source>People in this chapter</source>
        <translation>本章人物</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="176"/>
        <source>On the timeline</source>
        <translation>年表中的事件</translation>
    </message>
</context>
<context>
    <name>ExploreFooter</name>
    <message>
        <location filename="../qml/panels/ExploreFooter.qml" line="32"/>
        <location filename="../qml/panels/ExploreFooter.qml" line="33"/>
        <source>Chapters</source>
        <translation>章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ExploreFooter.qml" line="41"/>
        <source>Back to the chapter</source>
        <translation>返回章节</translation>
    </message>
</context>
<context>
    <name>FigureDetail</name>
    <message>
        <location filename="../qml/panels/FigureDetail.qml" line="123"/>
        <source>Read the chapter: %1</source>
        <translation>阅读章节：%1</translation>
    </message>
    <message>
        <location filename="../qml/panels/FigureDetail.qml" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../qml/screens/FiguresScreen.qml" line="30"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../qml/screens/FiguresScreen.qml" line="38"/>
        <source>Touch a portrait to read who they were.</source>
        <translation>触摸画像，了解其人其事。</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/controls/LanguageButton.qml" line="26"/>
        <source>Change language</source>
        <translation>切换语言</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="12"/>
        <source>Exhibit Kiosk</source>
        <translation>展览互动屏</translation>
    </message>
</context>
<context>
    <name>MapScaleBar</name>
    <message>
        <location filename="../qml/controls/MapScaleBar.qml" line="32"/>
        <source>%1 km</source>
        <translation>%1公里</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../qml/screens/MapScreen.qml" line="39"/>
        <source>The map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../qml/screens/MapScreen.qml" line="109"/>
        <source>Borders approximate. Coasts and rivers as today, except the Yellow River&apos;s course.</source>
        <translation>边界为示意。海岸与河流按今日绘制，黄河河道除外。</translation>
    </message>
</context>
<context>
    <name>MapYearSelector</name>
    <message>
        <location filename="../qml/panels/MapYearSelector.qml" line="48"/>
        <source>Show the year %1</source>
        <translation>显示%1年</translation>
    </message>
</context>
<context>
    <name>MenuScreen</name>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="83"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="91"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="99"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="110"/>
        <source>Touch a chapter to read its story</source>
        <translation>轻触任一章节，阅读其中的故事</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="45"/>
        <source>Pause narration</source>
        <translation>暂停讲解</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="45"/>
        <source>Play narration</source>
        <translation>播放讲解</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="58"/>
        <source>Replay narration from the start</source>
        <translation>从头重播讲解</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="91"/>
        <source>Narration position</source>
        <translation>讲解进度</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="148"/>
        <source>Narration is unavailable for this chapter</source>
        <translation>本章暂无语音讲解</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="166"/>
        <source>Hide captions</source>
        <translation>隐藏字幕</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="166"/>
        <source>Show captions</source>
        <translation>显示字幕</translation>
    </message>
</context>
<context>
    <name>TimelineEventDetail</name>
    <message>
        <location filename="../qml/panels/TimelineEventDetail.qml" line="90"/>
        <source>Read the chapter: %1</source>
        <translation>阅读章节：%1</translation>
    </message>
    <message>
        <location filename="../qml/panels/TimelineEventDetail.qml" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../qml/screens/TimelineScreen.qml" line="31"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../qml/screens/TimelineScreen.qml" line="39"/>
        <source>Drag along the years; touch an event to read its story.</source>
        <translation>沿着年代拖动，触摸事件阅读详情。</translation>
    </message>
</context>
<context>
    <name>VisitorOptions</name>
    <message>
        <location filename="../qml/controls/VisitorOptions.qml" line="24"/>
        <source>Text size, contrast and motion</source>
        <translation>文字大小、对比度与动画</translation>
    </message>
</context>
</TS>
