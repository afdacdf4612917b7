# an interpolated path is still a path
builtins.typeOf /a/${"b"}
