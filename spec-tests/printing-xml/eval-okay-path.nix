# an absolute path in XML
/a/b
