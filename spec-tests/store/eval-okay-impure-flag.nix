# --impure undoes --pure-eval
builtins ? currentTime
