#include "LeaseDuration.h"
