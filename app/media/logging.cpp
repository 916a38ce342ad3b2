#include "media/logging.h"

Q_LOGGING_CATEGORY(lcNarration, "exhibit.narration", QtInfoMsg)
