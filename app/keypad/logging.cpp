#include "keypad/logging.h"

Q_LOGGING_CATEGORY(lcKeypad, "exhibit.keypad", QtInfoMsg)
