# substring in the normal range, and past the end
[ (builtins.substring 0 3 "nixos") (builtins.substring 3 100 "nixos") (builtins.substring 1 2 "nixos") (builtins.substring 5 1 "nixos") (builtins.substring 10 1 "nixos") (builtins.substring 0 0 "nixos") ]
