# bitXor checks its second argument too
builtins.bitXor 1 "2"
