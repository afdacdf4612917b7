builtins.stringLength (builtins.toXML (builtins.foldl' (acc: _: [ acc ]) 0 (builtins.genList (x: x) 1000)))
