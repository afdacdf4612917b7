# an absolute path literal cannot end with a slash
/a/b/
