<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="40"/>
        <source>Make it easier to see</source>
        <translation>让阅读更轻松</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="49"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="50"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="51"/>
        <source>Less motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="52"/>
        <source>Screen reader</source>
        <translation>读屏</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="63"/>
        <source>: on</source>
        <translation>：开</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="63"/>
        <source>: off</source>
        <translation>：关</translation>
    </message>
    <message>
        <location filename="../qml/panels/AccessibilityPanel.qml" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CallToAction</name>
    <message>
        <location filename="../qml/controls/CallToAction.qml" line="28"/>
        <source>Press Enter to begin, or H for help. For the screen reader, press R, or hold two fingers still on the screen for three seconds.</source>
        <translation>按确认键开始，按 H 键查看帮助。要使用读屏，请按 R 键，或用两根手指在屏幕上按住三秒。</translation>
    </message>
</context>
<context>
    <name>ChapterNavigationBar</name>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="46"/>
        <source>Chapters</source>
        <translation>章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="47"/>
        <source>Back to the chapter menu</source>
        <translation>返回章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="65"/>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="85"/>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="96"/>
        <source>In brief</source>
        <translation>简明版</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="100"/>
        <source>In brief, on: the chapter in short, easy sentences. Tap for the full text.</source>
        <translation>简明版已打开：用简短易懂的句子讲这一章。点一下看完整文字。</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterNavigationBar.qml" line="101"/>
        <source>In brief: the chapter in short, easy sentences</source>
        <translation>简明版：用简短易懂的句子讲这一章</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="72"/>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="127"/>
        <source>%1: the chapter&apos;s text. Up and down arrows scroll it.</source>
        <translation>%1：本章正文。按上下方向键滚动。</translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="161"/>
        <source>People in this chapter</source>
        <translation>本章人物</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/panels/ChapterPage.qml" line="165"/>
        <source>%n more among the people</source>
        <translation>
            <numerusform>人物中还有%n位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/panels/ChapterPage.qml" line="174"/>
        <source>On the timeline</source>
        <translation>年表中的事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/panels/ChapterPage.qml" line="178"/>
        <source>%n more on the timeline</source>
        <translation>
            <numerusform>年表中还有%n件事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExploreFooter</name>
    <message>
        <location filename="../qml/panels/ExploreFooter.qml" line="30"/>
        <location filename="../qml/panels/ExploreFooter.qml" line="31"/>
        <source>Chapters</source>
        <translation>章节目录</translation>
    </message>
    <message>
        <location filename="../qml/panels/ExploreFooter.qml" line="39"/>
        <source>Back to the chapter</source>
        <translation>返回章节</translation>
    </message>
</context>
<context>
    <name>FigureDetail</name>
    <message>
        <location filename="../qml/panels/FigureDetail.qml" line="137"/>
        <source>Read the chapter: %1</source>
        <translation>阅读章节：%1</translation>
    </message>
    <message>
        <location filename="../qml/panels/FigureDetail.qml" line="146"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../qml/screens/FiguresScreen.qml" line="29"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../qml/screens/FiguresScreen.qml" line="30"/>
        <source>Touch a portrait to read who they were.</source>
        <translation>触摸画像，了解其人其事。</translation>
    </message>
</context>
<context>
    <name>KeypadHelpPanel</name>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="30"/>
        <source>Using the keypad</source>
        <translation>使用按键</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="48"/>
        <source>The arrow keys move the yellow ring from button to button, and each button says its name. Enter presses the button in the ring. Back or Escape goes back one step. Plus and minus make the sound louder or quieter. The help key shows this again. R turns the screen reader on or off: then a finger on the screen hears what is under it, and a double tap presses it.</source>
        <translation>方向键在按钮之间移动黄色光圈，每个按钮都会读出名称。确认键按下光圈中的按钮。返回键或退出键返回上一步。加号和减号调大或调小音量。帮助键再次显示本说明。R 键打开或关闭读屏：打开后，手指在屏幕上移动即可听到所触内容，点两下即可按下。</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="56"/>
        <source>Move the yellow ring to the next button</source>
        <translation>把黄色光圈移到下一个按钮</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="57"/>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="57"/>
        <source>Press the button in the ring</source>
        <translation>按下光圈中的按钮</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="58"/>
        <source>Back · Esc</source>
        <translation>返回 · Esc</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="58"/>
        <source>Go back one step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="59"/>
        <source>Louder or quieter</source>
        <translation>调大或调小音量</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="60"/>
        <source>Help · F1</source>
        <translation>帮助 · F1</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="60"/>
        <source>Show this help</source>
        <translation>显示本说明</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="61"/>
        <source>Screen reader on or off</source>
        <translation>打开或关闭读屏</translation>
    </message>
    <message>
        <location filename="../qml/panels/KeypadHelpPanel.qml" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KioskRoot</name>
    <message>
        <location filename="../qml/KioskRoot.qml" line="250"/>
        <source>Volume %1 of 10</source>
        <translation>音量 %1（共 10 级）</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="284"/>
        <source>%1, button</source>
        <translation>%1，按钮</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="285"/>
        <source>Picture: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="286"/>
        <source>First on this screen: %1</source>
        <translation>本屏第一项：%1</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="287"/>
        <source>Last on this screen: %1</source>
        <translation>本屏最后一项：%1</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="292"/>
        <source>Screen reader on. Move a finger over the screen to hear what is there, and double tap anywhere to press it. Flick right or left for the next or the last thing, and flick two fingers up to read on. Hold two fingers still to turn it off.</source>
        <translation>读屏已打开。手指在屏幕上移动，即可听到所触内容；在任意处点两下即可按下。向右或向左轻扫，听下一项或上一项；两指向上轻扫，继续朗读。两指按住不动即可关闭。</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="296"/>
        <source>Screen reader off.</source>
        <translation>读屏已关闭。</translation>
    </message>
    <message>
        <location filename="../qml/KioskRoot.qml" line="304"/>
        <source>The exhibit has started again for the next visitor. Screen reader off.</source>
        <translation>展览已为下一位观众重新开始。读屏已关闭。</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/controls/LanguageButton.qml" line="34"/>
        <source>Change language (now %1)</source>
        <translation>切换语言（当前：%1）</translation>
    </message>
    <message>
        <location filename="../qml/controls/LanguageButton.qml" line="49"/>
        <source>Change language</source>
        <translation>切换语言</translation>
    </message>
</context>
<context>
    <name>LanguageChooserPanel</name>
    <message>
        <location filename="../qml/panels/LanguageChooserPanel.qml" line="47"/>
        <source>Choose your language</source>
        <translation>选择语言</translation>
    </message>
    <message>
        <location filename="../qml/panels/LanguageChooserPanel.qml" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <location filename="../qml/screens/MapScreen.qml" line="27"/>
        <source>The map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../qml/screens/MapScreen.qml" line="123"/>
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
        <location filename="../qml/screens/MenuScreen.qml" line="142"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="150"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="158"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../qml/screens/MenuScreen.qml" line="14"/>
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
        <location filename="../qml/panels/NarrationBar.qml" line="92"/>
        <source>Narration position</source>
        <translation>讲解进度</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="150"/>
        <source>Narration is unavailable for this chapter</source>
        <translation>本章暂无语音讲解</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="172"/>
        <source>Hide captions</source>
        <translation>隐藏字幕</translation>
    </message>
    <message>
        <location filename="../qml/panels/NarrationBar.qml" line="172"/>
        <source>Show captions</source>
        <translation>显示字幕</translation>
    </message>
</context>
<context>
    <name>TimelineEventDetail</name>
    <message>
        <location filename="../qml/panels/TimelineEventDetail.qml" line="73"/>
        <source>Read the chapter: %1</source>
        <translation>阅读章节：%1</translation>
    </message>
    <message>
        <location filename="../qml/panels/TimelineEventDetail.qml" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <location filename="../qml/screens/TimelineScreen.qml" line="29"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../qml/screens/TimelineScreen.qml" line="30"/>
        <source>Drag along the years; touch an event to read its story.</source>
        <translation>沿着年代拖动，触摸事件阅读详情。</translation>
    </message>
</context>
<context>
    <name>VisitorOptions</name>
    <message>
        <location filename="../qml/controls/VisitorOptions.qml" line="22"/>
        <source>Text size, contrast and motion</source>
        <translation>文字大小、对比度与动画</translation>
    </message>
</context>
</TS>
