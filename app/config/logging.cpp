#include "config/logging.h"

Q_LOGGING_CATEGORY(lcConfig, "exhibit.config", QtInfoMsg)
