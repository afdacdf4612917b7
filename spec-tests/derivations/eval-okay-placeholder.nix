# placeholder gives the hash of the output's name.
[ (builtins.placeholder "out") (builtins.placeholder "dev") (builtins.placeholder "") ]
