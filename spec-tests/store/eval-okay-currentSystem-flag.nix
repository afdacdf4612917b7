# --system sets builtins.currentSystem
builtins.currentSystem
