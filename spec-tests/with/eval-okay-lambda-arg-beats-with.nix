# a lambda argument takes precedence over with
(a: with { a = "with"; }; a) "arg"
