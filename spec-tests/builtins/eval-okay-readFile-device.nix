# readFile reads as many bytes as the file's status gives as its size: none for a device
builtins.readFile /dev/zero
