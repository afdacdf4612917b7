# groupBy requires a function
builtins.groupBy "f" [ ]
