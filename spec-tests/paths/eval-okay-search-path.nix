# <name> looks up the search path given with -I
builtins.readFile <sp/hello.txt>
