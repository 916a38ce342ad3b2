#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "exhibit.content")
Q_LOGGING_CATEGORY(lcConfig, "exhibit.config")
Q_LOGGING_CATEGORY(lcKiosk, "exhibit.kiosk")
