# a URI literal is a string
builtins.typeOf http://example.org
