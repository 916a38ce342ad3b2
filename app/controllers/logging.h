#pragma once

#include <QLoggingCategory>

// The controllers area's logging, so technicians can filter with QT_LOGGING_RULES or journalctl.
Q_DECLARE_LOGGING_CATEGORY(lcIdle)
Q_DECLARE_LOGGING_CATEGORY(lcSchedule)
Q_DECLARE_LOGGING_CATEGORY(lcVisitor)
