# a path literal cannot end with a slash
./foo/
