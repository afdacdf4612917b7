# fromJSON numbers: integers beyond 64 bits below zero or above u64 become floats, exponents are floats
map builtins.fromJSON [ "-0" "-0.0" "1E2" "1.5e-3" "-9223372036854775808" "-9223372036854775809" "99999999999999999999" "1e-400" ]
