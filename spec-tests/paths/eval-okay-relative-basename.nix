# baseNameOf a relative path gives its last component
[ (baseNameOf ./foo.nix) (baseNameOf ./dir/bar) (baseNameOf ./.) ]
