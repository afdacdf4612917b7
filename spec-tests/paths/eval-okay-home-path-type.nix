# ~/ paths are paths (the value depends on HOME, only the type is checked)
builtins.typeOf ~/some/file
