# an absolute path literal prints as itself
/usr/local/bin
