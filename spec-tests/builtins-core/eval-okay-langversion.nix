# the language version number
builtins.langVersion
