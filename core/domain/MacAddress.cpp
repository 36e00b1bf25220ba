#include "MacAddress.h"
