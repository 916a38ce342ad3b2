#pragma once

#include <QLoggingCategory>

// One category per area, so technicians can filter with QT_LOGGING_RULES or journalctl.
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcNarration)
Q_DECLARE_LOGGING_CATEGORY(lcIdle)
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)
Q_DECLARE_LOGGING_CATEGORY(lcKeypad)
Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)
