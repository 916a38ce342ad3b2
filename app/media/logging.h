#pragma once

#include <QLoggingCategory>

// The media area's logging, so technicians can filter with QT_LOGGING_RULES or journalctl.
Q_DECLARE_LOGGING_CATEGORY(lcNarration)
