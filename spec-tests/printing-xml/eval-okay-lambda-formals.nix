# a lambda with formals, defaults, ellipsis and @
args@{ a, b ? 1, ... }: a
