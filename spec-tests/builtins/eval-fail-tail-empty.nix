# tail of an empty list
builtins.tail [ ]
