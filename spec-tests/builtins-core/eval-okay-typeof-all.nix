# typeOf of every value type
map builtins.typeOf [ 1 1.5 "s" true null /a [ ] { } (x: x) builtins.add (builtins.add 1) ]
