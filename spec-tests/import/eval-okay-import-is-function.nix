# import is a builtin function
[ (builtins.isFunction import) (builtins.typeOf scopedImport) ]
