# fromTOML of an empty document and of comments only
[ (builtins.fromTOML "") (builtins.fromTOML "# just a comment\n") ]
