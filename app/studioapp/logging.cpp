#include "studioapp/logging.h"

Q_LOGGING_CATEGORY(lcStudio, "exhibit.studio", QtInfoMsg)
