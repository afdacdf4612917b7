# a search path lookup gives a path
builtins.typeOf <sp>
