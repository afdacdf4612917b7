# toString of an absolute path is the path text
toString /a/b/../c
