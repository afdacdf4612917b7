# nixPath lists the -I entries as { path; prefix; }; an entry without = has an empty prefix
builtins.nixPath
