# toString of an absolute path
toString /a/./b/../c
