#include "Ipv4Address.h"
