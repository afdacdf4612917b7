# fromTOML refuses local times too
builtins.fromTOML "t = 07:32:00"
