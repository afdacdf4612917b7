# getContext takes a string, not a path.
builtins.getContext ./.
