# toJSON forces everything
builtins.toJSON { a = [ (throw "deep") ]; }
