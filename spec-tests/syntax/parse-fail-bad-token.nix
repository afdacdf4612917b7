# a character that is not a Nix token
1 + ` 
