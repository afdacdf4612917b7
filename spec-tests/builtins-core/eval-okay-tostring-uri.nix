# toString of a URI literal
toString http://a.b/c
