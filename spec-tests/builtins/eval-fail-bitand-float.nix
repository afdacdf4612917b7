# bitAnd requires integers (no float promotion)
builtins.bitAnd 1.0 1
