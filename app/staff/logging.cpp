#include "staff/logging.h"

Q_LOGGING_CATEGORY(lcStaff, "exhibit.staff", QtInfoMsg)
