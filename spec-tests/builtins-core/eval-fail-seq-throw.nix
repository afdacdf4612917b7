# seq propagates errors from its first argument
builtins.seq (throw "from seq") null
