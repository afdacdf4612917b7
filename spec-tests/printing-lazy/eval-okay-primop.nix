# a builtin function prints as <PRIMOP>
builtins.add
