# pathExists on a relative path literal
[ (builtins.pathExists ../../fixtures/paths/data.txt) (builtins.pathExists ./does-not-exist) ]
