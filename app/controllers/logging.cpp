#include "controllers/logging.h"

Q_LOGGING_CATEGORY(lcIdle, "exhibit.idle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "exhibit.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVisitor, "exhibit.visitor", QtInfoMsg)
