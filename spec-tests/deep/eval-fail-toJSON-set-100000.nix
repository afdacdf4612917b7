builtins.stringLength (builtins.toJSON (builtins.foldl' (acc: _: { a = acc; }) 0 (builtins.genList (x: x) 100000)))
