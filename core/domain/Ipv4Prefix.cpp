#include "Ipv4Prefix.h"
