# The kiosk's C++ in layers: one static library per folder of app/, each
# linking only the areas below it. Every include names its folder
# ("models/contentstore.h"); tests/lint/include-layers.py fails the build's
# tests if one reaches up or across (docs/ARCHITECTURE.md draws the layers).
#
#   base         helpers with no exhibit knowledge: a worker thread, the problem log
#   content      the exhibit's data: JSON, SQLite, validation, publishing
#   config       kiosk.ini: its keys, ranges and checks; opening hours; the PIN's stored form
#   models       what QML lists: chapters, timeline, map, figures, and the store holding them
#   media        narration playing, captions, media checks
#   controllers  the visit's state and decisions: navigation, language, narration, idle, hours
#   analytics    visits recorded and summarised
#   keypad       keypad and keyboard use, spoken labels, the screen reader
#   staff        PIN access and the admin panel
#   previews     what a curator's preview checks: text that does not fit or is faint, controls out of reach or unnamed, pictures undescribed
#   translation  the exhibit's texts out to translators as XLIFF 1.2, and back
#   curator      exhibit-curator's commands
#   kiosk        the wiring (KioskServices), the QML module Exhibit, the executables' parts
#   studio       Exhibit Studio: the working copy a curator edits, undo, drafts
#   studioapp    Exhibit Studio's wiring: the session and the preview QML sees, the module ExhibitStudio
#
# exhibit_add_area(NAME USES AREA... PARTS STEM... [QT MODULE...]): app/NAME/STEM.h
# and STEM.cpp (whichever exist) into the library exhibit_NAME.
set(EXHIBIT_LAYERS "") # "area=uses,uses" for each area, for tests/lint/include-layers.py
function(exhibit_add_area name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "USES;PARTS;QT")
    set(sources)
    foreach(part IN LISTS arg_PARTS)
        set(found FALSE)
        foreach(extension h cpp)
            if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/app/${name}/${part}.${extension})
                list(APPEND sources app/${name}/${part}.${extension})
                set(found TRUE)
            endif()
        endforeach()
        if(NOT found)
            message(FATAL_ERROR "exhibit_add_area(${name}): no app/${name}/${part}.h or .cpp")
        endif()
    endforeach()
    # The kiosk's library already exists: it is the QML module, made first.
    set(made_here FALSE)
    if(NOT TARGET exhibit_${name})
        qt_add_library(exhibit_${name} STATIC)
        set(made_here TRUE)
    endif()
    target_sources(exhibit_${name} PRIVATE ${sources})
    target_include_directories(exhibit_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app)
    # Product code spells out every string conversion; tests may use literals freely.
    target_compile_definitions(exhibit_${name} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING)
    set(links)
    foreach(area IN LISTS arg_USES)
        list(APPEND links exhibit_${area})
    endforeach()
    foreach(module IN LISTS arg_QT)
        list(APPEND links Qt6::${module})
    endforeach()
    target_link_libraries(exhibit_${name} PUBLIC ${links})
    # The QML module registers some of these classes (app/kiosk/qmltypes.h):
    # it reads their properties and enums from this file.
    if(made_here)
        qt_extract_metatypes(exhibit_${name})
    endif()
    string(JOIN "," uses ${arg_USES})
    set(EXHIBIT_LAYERS ${EXHIBIT_LAYERS} "${name}=${uses}" PARENT_SCOPE)
endfunction()

exhibit_add_area(base QT Core Qml
    PARTS problemlog workerthread)

exhibit_add_area(content USES base QT Core Sql Network
    PARTS logging sqlitefile sqlstatement filecopy privatefolder mediaroot narrationsource textfingerprint narrationtext
        exhibitdocument jsonsourcemap jsonfieldreader exhibitjson contentfield contentfields
        territorymap territorymapjson territorymapvalidator territorymaptables territorymapfields
        keyfigurejson keyfigurevalidator keyfigurefields translationsources
        contentdatabase contenttables contentfile contentreading contentpublisher contentwatcher)
# The sqlite3 library Qt's SQL driver uses, to open every database as untrusted (content/sqlitefile.cpp).
find_package(SQLite3 REQUIRED)
target_link_libraries(exhibit_content PUBLIC SQLite::SQLite3)
qt_add_resources(exhibit_content "content_schema"
    PREFIX /
    FILES content/schema.sql content/migrations/0002.sql content/migrations/0003.sql
        content/migrations/0004.sql content/migrations/0005.sql content/migrations/0006.sql content/migrations/0007.sql
        content/migrations/0008.sql)

exhibit_add_area(config USES base QT Core Network
    PARTS logging configkey inifile kioskconfig bundledpaths operatinghours pinhash)

exhibit_add_area(models USES content QT Core Gui Qml
    PARTS eventdate localizedlistmodel chaptermodel timelinemodel territorymapmodel keyfiguremodel
        welcometextmodel timelineeventdetail keyfiguredetail contentstore)

exhibit_add_area(media USES content QT Core Gui Multimedia
    PARTS logging captiontrack audiofile decodedaudiodevice audiotrackplayer narrationplayer mediachecker)
# Narration is decoded by libsndfile (Ogg Opus and Vorbis, FLAC, WAV, MP3) and played by
# QAudioSink: no GStreamer pipeline in the kiosk (media/audiofile.cpp).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SndFile REQUIRED IMPORTED_TARGET sndfile>=1.1)
target_link_libraries(exhibit_media PRIVATE PkgConfig::SndFile)

exhibit_add_area(controllers USES config models media QT Core Gui Qml
    PARTS logging scriptfonts languagecontroller accessibilitycontroller navigationcontroller narrationcontroller
        idlecontroller schedulecontroller)

exhibit_add_area(analytics USES controllers QT Core Sql
    PARTS logging listeningtracker visitrecord visitrecorder analyticsdatabase analyticswriter analyticsstore
        analyticssummary analyticsreport)

exhibit_add_area(keypad USES controllers QT Core Gui Qml Quick TextToSpeech
    PARTS logging keypadattached keypad keypadaction spatialfocus flickablescroll visiblescene speechworker windowinputitem keypadnavigator labelspeaker
        touchgestures screenreader)

exhibit_add_area(staff USES analytics QT Core Qml
    PARTS logging pinattempts staffaccesscontroller admincontroller)

exhibit_add_area(previews USES keypad QT Core Quick
    PARTS previewfinding previewshot controlcheck textoverflow accessibilitycheck previewindex)

exhibit_add_area(translation USES content QT Core
    PARTS translationunit translationunits xliffwriter xliffreader translationimport)

exhibit_add_area(curator USES analytics translation QT Core Sql
    PARTS curatorcommand curatorcommands publishcommands analyticscommands checkcommands fieldcommands
        translationcommands languagecommands)

exhibit_add_area(studio USES content media translation QT Core Gui
    PARTS draftfile fieldedit fieldchange workingcopy studiodocument studiooutline studiofields studioproblems studiosearch
        mediaimport itemchange studiochanges studiotranslation draftnarration studiohistory studiopublisher)
