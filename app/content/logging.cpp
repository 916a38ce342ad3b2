#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "exhibit.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "exhibit.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKiosk, "exhibit.kiosk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNarration, "exhibit.narration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdle, "exhibit.idle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaff, "exhibit.staff", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "exhibit.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeypad, "exhibit.keypad", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "exhibit.analytics", QtInfoMsg)
