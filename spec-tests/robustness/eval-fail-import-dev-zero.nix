import /dev/zero
