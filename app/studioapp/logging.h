#pragma once

#include <QLoggingCategory>

// Exhibit Studio's logging (exhibit.studio): what was opened, recovered or refused, and why.
Q_DECLARE_LOGGING_CATEGORY(lcStudio)
