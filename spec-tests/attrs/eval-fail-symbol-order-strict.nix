# --strict forces `b` before `a`: `b` was created first. (Printing sorts by name.)
{ b = throw "b first"; a = abort "a"; }
