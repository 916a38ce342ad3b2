#pragma once

#include <QLoggingCategory>

// The analytics area's logging, so technicians can filter with QT_LOGGING_RULES or journalctl.
Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)
