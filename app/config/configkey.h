#pragma once

/** Every key kiosk.ini may hold, by name in code: KioskConfig's table gives
 *  each its "section/key" name, type, default and range once
 *  (kiosk-config/kiosk.ini documents them), so a misspelt key is a compile
 *  error rather than a value read as 0. */
enum class ConfigKey {
    Fullscreen,
    DefaultLanguage,
    HideCursor,
    ContentDatabase,
    MediaRoot,
    LastGoodCopy,
    NarrationAutoplay,
    NarrationVolume,
    SpokenLabels,
    SpeechEngine,
    IdleTimeout,
    IdleWarning,
    PauseIdleWhileNarrating,
    StatusFile,
    MetricsFile,
    Heartbeat,
    QuietRestartAfter,
    RestartAboveMegabytes,
    PinHash,
    AnalyticsDatabase,
    AnalyticsRetentionDays,
    ScheduleOpen,
    ScheduleClose,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
};
