import /proc/self/mem
