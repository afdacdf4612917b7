# an error deep inside the printed result
{ a = { b = [ 1 2 (throw "deep in output") ]; }; }
