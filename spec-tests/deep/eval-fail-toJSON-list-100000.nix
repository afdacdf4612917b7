builtins.stringLength (builtins.toJSON (builtins.foldl' (acc: _: [ acc ]) 0 (builtins.genList (x: x) 100000)))
