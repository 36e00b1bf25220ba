#include "OptionCode.h"
