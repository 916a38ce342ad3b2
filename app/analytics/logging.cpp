#include "analytics/logging.h"

Q_LOGGING_CATEGORY(lcAnalytics, "exhibit.analytics", QtInfoMsg)
