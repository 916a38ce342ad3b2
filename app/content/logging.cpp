#include "content/logging.h"

Q_LOGGING_CATEGORY(lcContent, "exhibit.content", QtInfoMsg)
