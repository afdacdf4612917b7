# a <path> missing from the search path is raised as a throw, so tryEval catches it
(builtins.tryEval <no-such-entry-in-the-search-path>).success
