#include "Ipv4Range.h"
