#include "kiosk/logging.h"

Q_LOGGING_CATEGORY(lcKiosk, "exhibit.kiosk", QtInfoMsg)
