<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangesPane</name>
    <message numerus="yes">
        <location filename="../qml/studio/ChangesPane.qml" line="31"/>
        <source>Fields changed since %1: %n</source>
        <translation>
            <numerusform>自 %1 以来改动的字段：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="39"/>
        <source>Live database…</source>
        <translation>线上数据库…</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="40"/>
        <location filename="../qml/studio/ChangesPane.qml" line="131"/>
        <source>Choose the live database to compare with</source>
        <translation>选择要对照的线上数据库</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="45"/>
        <source>Export as a page…</source>
        <translation>导出为网页…</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="47"/>
        <source>Export the changes as an HTML page</source>
        <translation>将改动导出为 HTML 网页</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="69"/>
        <source>Changes since live</source>
        <translation>自线上版本以来的改动</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="80"/>
        <source>%1: was “%2”, now “%3”</source>
        <translation>%1：原为“%2”，现为“%3”</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="95"/>
        <location filename="../qml/studio/ChangesPane.qml" line="105"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="116"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="117"/>
        <source>Put %1 back as it is live</source>
        <translation>将 %1 还原为线上版本</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="132"/>
        <source>Exhibit databases (*.db *.sqlite)</source>
        <translation>展览数据库 (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="132"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="138"/>
        <source>Export the changes as</source>
        <translation>将改动导出为</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChangesPane.qml" line="140"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>ChapterLinks</name>
    <message>
        <location filename="../qml/studio/ChapterLinks.qml" line="43"/>
        <location filename="../qml/studio/ChapterLinks.qml" line="51"/>
        <source>No chapter</source>
        <translation>无章节</translation>
    </message>
    <message>
        <location filename="../qml/studio/ChapterLinks.qml" line="71"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DraftNarration</name>
    <message>
        <location filename="../app/studio/draftnarration.cpp" line="69"/>
        <source>A draft narration is being made already.</source>
        <translation>正在生成一段草稿解说。</translation>
    </message>
    <message>
        <location filename="../app/studio/draftnarration.cpp" line="74"/>
        <source>To make a draft narration, install %1.</source>
        <translation>要生成草稿解说，请安装 %1。</translation>
    </message>
    <message>
        <location filename="../app/studio/draftnarration.cpp" line="91"/>
        <location filename="../app/studio/draftnarration.cpp" line="119"/>
        <source>The draft narration could not be made: %1</source>
        <translation>无法生成草稿解说：%1</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="121"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="122"/>
        <location filename="../qml/studio/FieldBox.qml" line="164"/>
        <source>Choose a file for %1</source>
        <translation>为 %1 选择文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="132"/>
        <source>Make a draft narration</source>
        <translation>生成草稿解说</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="133"/>
        <source>Make a draft narration for %1</source>
        <translation>为 %1 生成草稿解说</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="147"/>
        <source>Speaking the chapter&apos;s words…</source>
        <translation>正在朗读本章文字…</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="155"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldBox.qml" line="156"/>
        <source>Cancel the draft narration</source>
        <translation>取消草稿解说</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/FieldBox.qml" line="176"/>
        <source>%n characters left</source>
        <translation>
            <numerusform>还可输入 %n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/FieldBox.qml" line="177"/>
        <source>%n characters over</source>
        <translation>
            <numerusform>超出 %n 个字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../qml/studio/FieldEditor.qml" line="90"/>
        <source>Remove this event</source>
        <translation>删除此事件</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldEditor.qml" line="91"/>
        <source>Remove this person</source>
        <translation>删除此人物</translation>
    </message>
    <message>
        <location filename="../qml/studio/FieldEditor.qml" line="104"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../qml/studio/FieldRow.qml" line="67"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../qml/studio/MessageBar.qml" line="37"/>
        <source>OK</source>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../qml/studio/MessageBar.qml" line="38"/>
        <source>Dismiss the message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="28"/>
        <source>Search every text…</source>
        <translation>搜索所有文字…</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="29"/>
        <source>Search every text in every language</source>
        <translation>以所有语言搜索所有文字</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="47"/>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="96"/>
        <source>Add an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="97"/>
        <source>Add a timeline event</source>
        <translation>添加时间线事件</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="103"/>
        <source>Add a person</source>
        <translation>添加人物</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlinePane.qml" line="118"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/OutlinePane.qml" line="122"/>
        <source>%n texts hold “%1”</source>
        <translation>
            <numerusform>%n 段文字包含“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineRow</name>
    <message numerus="yes">
        <location filename="../qml/studio/OutlineRow.qml" line="18"/>
        <source>%1, %2, %n problems</source>
        <translation>
            <numerusform>%1，%2，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlineRow.qml" line="19"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../qml/studio/OutlineRow.qml" line="39"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>ParagraphsEditor</name>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="81"/>
        <source>%1, paragraph %2 of %3</source>
        <translation>%1，第 %2 段，共 %3 段</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="117"/>
        <source>Move paragraph %1 up</source>
        <translation>将第 %1 段上移</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="128"/>
        <source>Move paragraph %1 down</source>
        <translation>将第 %1 段下移</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="139"/>
        <source>Remove paragraph %1</source>
        <translation>删除第 %1 段</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="156"/>
        <source>Add a paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="159"/>
        <source>Ctrl+Return in a paragraph does the same</source>
        <translation>在段落中按 Ctrl+Return 也可以</translation>
    </message>
    <message>
        <location filename="../qml/studio/ParagraphsEditor.qml" line="161"/>
        <source>Ctrl+Return in a paragraph</source>
        <translation>在段落中按 Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../qml/studio/PreviewPane.qml" line="61"/>
        <source>The kiosk&apos;s screen as visitors will see it</source>
        <translation>观众将看到的展台屏幕</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewPane.qml" line="63"/>
        <source>Space plays or pauses the chapter&apos;s narration.</source>
        <translation>按空格键播放或暂停本章讲解。</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewPane.qml" line="128"/>
        <source>What the preview found</source>
        <translation>预览发现的问题</translation>
    </message>
</context>
<context>
    <name>PreviewToolBar</name>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="34"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="39"/>
        <source>Its page</source>
        <translation>所在页面</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="46"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="53"/>
        <source>Attract</source>
        <translation>待机画面</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="54"/>
        <source>Attract screen</source>
        <translation>待机画面</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="63"/>
        <source>Visitor</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="72"/>
        <source>Preview in %1</source>
        <translation>以 %1 预览</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="79"/>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="85"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../qml/studio/PreviewToolBar.qml" line="91"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../qml/studio/ProblemsPane.qml" line="21"/>
        <source>Problems (%1): the exhibit is kept as a draft; publishing needs none</source>
        <translation>问题（%1）：展览保存为草稿；发布前须全部解决</translation>
    </message>
    <message>
        <location filename="../qml/studio/ProblemsPane.qml" line="22"/>
        <source>No problems: the exhibit keeps every rule</source>
        <translation>没有问题：展览符合所有规则</translation>
    </message>
    <message>
        <location filename="../qml/studio/ProblemsPane.qml" line="34"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../qml/studio/ProblemsPane.qml" line="45"/>
        <location filename="../qml/studio/ProblemsPane.qml" line="48"/>
        <source>Warning: %1</source>
        <translation>提醒：%1</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../qml/studio/PublishDialog.qml" line="26"/>
        <source>Fix the %n problem(s) first: only an exhibit without problems is published.</source>
        <translation>
            <numerusform>请先修正 %n 个问题：只有没有问题的展览才能发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="28"/>
        <source>Nothing has changed since the live version.</source>
        <translation>与正在使用的版本相比，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="29"/>
        <source>Say what changed and who you are, for the history.</source>
        <translation>请写明改了什么以及您的姓名，以便记入历史。</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="33"/>
        <source>Publish to the kiosks</source>
        <translation>发布到展台</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/PublishDialog.qml" line="63"/>
        <source>To %1, with the media in %2. Fields changed since it was published: %n.</source>
        <translation>
            <numerusform>发布到 %1，媒体文件在 %2。自上次发布以来改动的字段：%n。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="66"/>
        <source>No live database is known for this working copy: choose it under Changes since live.</source>
        <translation>尚不知道此工作副本对应的线上数据库：请在“自线上版本以来的改动”中选择。</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="78"/>
        <source>What changed</source>
        <translation>改动内容</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="87"/>
        <source>Battles: the dates of both sieges corrected</source>
        <translation>战役：更正两次围城的日期</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="88"/>
        <source>What changed, for the history</source>
        <translation>改动内容，记入历史</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="93"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="102"/>
        <source>Your name, for the history</source>
        <translation>你的名字，记入历史</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="112"/>
        <source>Check and publish</source>
        <translation>检查并发布</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="123"/>
        <source>Cancel publishing</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="129"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="188"/>
        <location filename="../qml/studio/PublishDialog.qml" line="201"/>
        <source>Published versions</source>
        <translation>已发布的版本</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="215"/>
        <source>Version %1, %2, %3 by %4: %5</source>
        <translation>版本 %1，%2，由 %4 %3：%5</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="216"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="221"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="228"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="237"/>
        <source>live</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="246"/>
        <source>Roll back to the version before…</source>
        <translation>回滚到上一个版本…</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="256"/>
        <source>Roll back?</source>
        <translation>确定回滚？</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="270"/>
        <source>Version %1 is live. The version before it becomes live again; the kiosks show it after their next visit ends.</source>
        <translation>版本 %1 目前在线。它之前的版本将重新上线；展台会在下一位观众离开后显示该版本。</translation>
    </message>
    <message>
        <location filename="../qml/studio/PublishDialog.qml" line="280"/>
        <location filename="../qml/studio/PublishDialog.qml" line="281"/>
        <source>Why, for the history</source>
        <translation>原因，记入历史</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="24"/>
        <source>Exhibit Studio</source>
        <translation>展览工作室</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="32"/>
        <source>Edit the exhibit in a working copy, see every change on the kiosk&apos;s own screens, and publish when it is ready.</source>
        <translation>在工作副本中编辑展览，在展台自己的画面上查看每一处改动，准备好后再发布。</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="42"/>
        <source>Open a working copy…</source>
        <translation>打开工作副本…</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="49"/>
        <source>New working copy from a live database…</source>
        <translation>从线上数据库新建工作副本…</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="68"/>
        <source>Migrate a copy to the current version…</source>
        <translation>将副本迁移到当前版本…</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="75"/>
        <location filename="../qml/studio/StartPage.qml" line="89"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="95"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="106"/>
        <source>Open a working copy</source>
        <translation>打开工作副本</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="107"/>
        <location filename="../qml/studio/StartPage.qml" line="114"/>
        <source>Exhibit databases (*.db *.sqlite)</source>
        <translation>展览数据库 (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="107"/>
        <location filename="../qml/studio/StartPage.qml" line="114"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="113"/>
        <source>Choose the live database to copy</source>
        <translation>选择要复制的线上数据库</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="126"/>
        <source>Save the working copy as</source>
        <translation>将工作副本另存为</translation>
    </message>
    <message>
        <location filename="../qml/studio/StartPage.qml" line="133"/>
        <source>Save the migrated copy as</source>
        <translation>将迁移后的副本另存为</translation>
    </message>
</context>
<context>
    <name>StudioChanges</name>
    <message>
        <location filename="../app/studio/studiochanges.cpp" line="31"/>
        <source>No live database is known for this working copy: choose the one the kiosks read to compare with it.</source>
        <translation>尚不知道此工作副本对应的线上数据库：请选择展台读取的那个数据库来对照。</translation>
    </message>
</context>
<context>
    <name>StudioDocument</name>
    <message>
        <location filename="../app/studio/studiodocument.cpp" line="240"/>
        <source>Add a timeline event</source>
        <translation>添加时间线事件</translation>
    </message>
    <message>
        <location filename="../app/studio/studiodocument.cpp" line="249"/>
        <source>Add a person</source>
        <translation>添加人物</translation>
    </message>
    <message>
        <location filename="../app/studio/studiodocument.cpp" line="275"/>
        <source>Remove the timeline event %1</source>
        <translation>删除时间线事件 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/studiodocument.cpp" line="278"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../app/studio/studiodocument.cpp" line="280"/>
        <source>%1 is no timeline event or person of this exhibit</source>
        <translation>%1 不是本展览的时间线事件或人物</translation>
    </message>
</context>
<context>
    <name>StudioFields</name>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="142"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="143"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="144"/>
        <source>Call to action</source>
        <translation>提示语</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="145"/>
        <source>Teaser (on the menu)</source>
        <translation>导语（菜单上）</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="146"/>
        <source>Picture caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="147"/>
        <source>Picture description</source>
        <translation>图片描述</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="148"/>
        <source>In brief (easy read)</source>
        <translation>简明版（易读）</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="149"/>
        <source>Text (paragraphs)</source>
        <translation>正文（段落）</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="150"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="151"/>
        <source>Narration recording</source>
        <translation>解说录音</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="152"/>
        <source>Narration captions</source>
        <translation>解说字幕</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="153"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="154"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="155"/>
        <source>Told in chapter</source>
        <translation>所在章节</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="156"/>
        <source>Reign era</source>
        <translation>年号</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="157"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="158"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="159"/>
        <source>Lifespan</source>
        <translation>生卒年</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="160"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="161"/>
        <source>Biography</source>
        <translation>生平</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="162"/>
        <source>Portrait description</source>
        <translation>画像描述</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="163"/>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="164"/>
        <source>Name in pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="165"/>
        <source>Told in chapters</source>
        <translation>所在章节</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="166"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../app/studio/studiofields.cpp" line="167"/>
        <source>The map in words</source>
        <translation>地图的文字描述</translation>
    </message>
</context>
<context>
    <name>StudioOutline</name>
    <message>
        <location filename="../app/studio/studiooutline.cpp" line="97"/>
        <source>Exhibit</source>
        <translation>展览</translation>
    </message>
    <message>
        <location filename="../app/studio/studiooutline.cpp" line="99"/>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../app/studio/studiooutline.cpp" line="101"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../app/studio/studiooutline.cpp" line="103"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../app/studio/studiooutline.cpp" line="105"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>StudioPublisher</name>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="27"/>
        <source>A publish is under way already.</source>
        <translation>已有一次发布正在进行。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="31"/>
        <source>Choose the live database to publish to first (Changes since live → Live database…).</source>
        <translation>请先选择要发布到的线上数据库（自线上版本以来的改动 → 线上数据库…）。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="37"/>
        <source>%1 is not in %2: install Exhibit Kiosk whole</source>
        <translation>%2 中没有 %1：请完整安装 Exhibit Kiosk</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="46"/>
        <source>Checking the exhibit and its media…</source>
        <translation>正在检查展览及其媒体文件…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="69"/>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="79"/>
        <source>%1 stopped unexpectedly; nothing was published.</source>
        <translation>%1 意外停止；没有发布任何内容。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="89"/>
        <source>The exhibit has problems, so nothing was published: fix them first.</source>
        <translation>展览有问题，因此没有发布：请先解决。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="95"/>
        <source>Drawing every screen in every language, orientation and text size…</source>
        <translation>正在以每种语言、方向和字号绘制每个画面…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="112"/>
        <source>Some screens do not show everything, so nothing was published: fix what the previews found.</source>
        <translation>有些画面不能完整显示，因此没有发布：请解决预览发现的问题。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="118"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="129"/>
        <source>Not published; the live database is as it was.</source>
        <translation>未发布；线上数据库保持不变。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="135"/>
        <source>Published.</source>
        <translation>已发布。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="137"/>
        <source>Published as version %1. The kiosks show it after their next visit ends.</source>
        <translation>已发布为版本 %1。展台会在下一位观众离开后显示它。</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="154"/>
        <source>Drawing every screen in every language, orientation and text size: %1 of %2…</source>
        <translation>正在以每种语言、方向和字号绘制每个画面：第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <location filename="../app/studio/studiopublisher.cpp" line="172"/>
        <source>Cancelled; nothing was published.</source>
        <translation>已取消；没有发布任何内容。</translation>
    </message>
</context>
<context>
    <name>StudioSession</name>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="153"/>
        <source>There is no file to migrate.</source>
        <translation>没有需要迁移的文件。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="176"/>
        <source>%1 is not in both the live exhibit and the working copy: undo, or remove the item, instead</source>
        <translation>%1 并不同时存在于线上展览和工作副本中：请改用撤销或删除该项</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="192"/>
        <source>Changes to %1 since %2</source>
        <translation>%1 自 %2 以来的改动</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="195"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="266"/>
        <source>The exhibit has problems (see Problems): publishing needs none.</source>
        <translation>展览有问题（见“问题”）：发布前须全部解决。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="294"/>
        <source>No live database is known for this working copy.</source>
        <translation>尚不知道此工作副本对应的线上数据库。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="296"/>
        <source>A publish is under way.</source>
        <translation>正在发布。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="303"/>
        <source>Version %1 is live again. The kiosks return to it after their next visit ends; the changes since live are counted against it.</source>
        <translation>版本 %1 已重新上线。展台会在下一位观众离开后回到该版本；“自线上版本以来的改动”将以它为准。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="371"/>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="375"/>
        <source>%1 is copied into the media folder as %2.</source>
        <translation>%1 已复制到媒体文件夹，名为 %2。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="377"/>
        <source>%1 is copied into the media folder as %2, but: %3</source>
        <translation>%1 已复制到媒体文件夹，名为 %2，但是：%3</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="405"/>
        <source>To make a draft narration, install %1 (Debian packages).</source>
        <translation>要生成草稿解说，请安装 %1（Debian 软件包）。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="415"/>
        <source>%1 is no chapter&apos;s narration</source>
        <translation>%1 不是章节的解说</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="458"/>
        <source>Draft narration</source>
        <translation>草稿解说</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="463"/>
        <source>A draft narration of the chapter&apos;s words is made: %1 and %2. Play it on the preview; a recording replaces it with Choose….</source>
        <translation>已根据本章文字生成草稿解说：%1 和 %2。可在预览中播放；正式录音可通过“选择…”替换。</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="475"/>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="478"/>
        <source>Recordings (*.opus *.ogg *.oga *.flac *.wav *.mp3)</source>
        <translation>录音 (*.opus *.ogg *.oga *.flac *.wav *.mp3)</translation>
    </message>
    <message>
        <location filename="../app/studioapp/studiosession.cpp" line="480"/>
        <source>WebVTT captions (*.vtt)</source>
        <translation>WebVTT 字幕 (*.vtt)</translation>
    </message>
</context>
<context>
    <name>StudioToolBar</name>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="32"/>
        <source>Exhibit Studio</source>
        <translation>展览工作室</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="46"/>
        <location filename="../qml/studio/StudioToolBar.qml" line="48"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="48"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="56"/>
        <location filename="../qml/studio/StudioToolBar.qml" line="58"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="58"/>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="68"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="70"/>
        <source>Kept as a draft until the problems are fixed</source>
        <translation>问题解决前保存为草稿</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="71"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="76"/>
        <source>Changes since live (%1)</source>
        <translation>自线上版本以来的改动（%1）</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="85"/>
        <source>Translation (%1)</source>
        <translation>翻译（%1）</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="85"/>
        <location filename="../qml/studio/StudioToolBar.qml" line="88"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="88"/>
        <source>Translation: %1 texts need work</source>
        <translation>翻译：%1 条文本待处理</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="93"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="103"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioToolBar.qml" line="104"/>
        <source>Publish to the kiosks</source>
        <translation>发布到展台</translation>
    </message>
</context>
<context>
    <name>StudioTranslation</name>
    <message>
        <location filename="../app/studio/studiotranslation.cpp" line="101"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="102"/>
        <source>Wrote %n text(s) from %1 into %2 to %3.</source>
        <translation>
            <numerusform>已将 %n 条文本（%1 译为 %2）写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/studiotranslation.cpp" line="111"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/studio/studiotranslation.cpp" line="117"/>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
    <message>
        <location filename="../app/studio/studiotranslation.cpp" line="121"/>
        <source>Import the translation %1</source>
        <translation>导入译文 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="123"/>
        <source>Imported %n translation(s) into %1 from %2</source>
        <translation>
            <numerusform>已从 %2 导入 %n 条 %1 译文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="125"/>
        <source>%n changed.</source>
        <translation>
            <numerusform>%n 条有改动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../qml/studio/StudioWindow.qml" line="17"/>
        <source>%1 — Exhibit Studio</source>
        <translation>%1 — 展览工作室</translation>
    </message>
    <message>
        <location filename="../qml/studio/StudioWindow.qml" line="18"/>
        <source>Exhibit Studio</source>
        <translation>展览工作室</translation>
    </message>
</context>
<context>
    <name>TranslationPane</name>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="28"/>
        <source>Translation from %1 into</source>
        <translation>翻译：从 %1 译为</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="35"/>
        <source>The language translated into</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="42"/>
        <source>%1 to translate, %2 to review, %3 translated</source>
        <translation>%1 条待翻译，%2 条待审校，%3 条已翻译</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="62"/>
        <source>Only what needs work</source>
        <translation>仅导出待处理的文本</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="67"/>
        <source>Export for translation…</source>
        <translation>导出供翻译…</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="69"/>
        <source>Export the texts as an XLIFF file for a translator</source>
        <translation>将文本导出为供译者使用的 XLIFF 文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="74"/>
        <source>Import translation…</source>
        <translation>导入译文…</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="76"/>
        <source>Import a translator&apos;s XLIFF file</source>
        <translation>导入译者的 XLIFF 文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="105"/>
        <source>Texts to translate or review</source>
        <translation>待翻译或待审校的文本</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="117"/>
        <source>to translate</source>
        <translation>待翻译</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="117"/>
        <source>to review</source>
        <translation>待审校</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="120"/>
        <source>%1, %2: “%3”</source>
        <translation>%1，%2：“%3”</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="158"/>
        <source>Export for translation as</source>
        <translation>导出供翻译的文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="161"/>
        <location filename="../qml/studio/TranslationPane.qml" line="168"/>
        <source>XLIFF 1.2 files (*.xlf *.xliff)</source>
        <translation>XLIFF 1.2 文件 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="167"/>
        <source>Import a translator&apos;s file</source>
        <translation>导入译者的文件</translation>
    </message>
    <message>
        <location filename="../qml/studio/TranslationPane.qml" line="168"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
</TS>
