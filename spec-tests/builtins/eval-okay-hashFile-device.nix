# hashFile reads as many bytes as the file's status gives as its size: none for a device
builtins.hashFile "sha256" /dev/zero
