# A path with a newline in its name: the message's second line is indented.
builtins.toJSON { p = /a/${"more\n"}; }
