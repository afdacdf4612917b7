# a start of 2^32 + 1 passes the 32-bit check and fails in std::string_view::substr
builtins.substring 4294967297 1 "abc"
